import Testing
@testable import PeakmemEngine
import PeakmemResults

/// Exact byte figures of the ledger for the operations whose memory behaviour NumPy documents.
@Suite("Ledger: exact bytes")
struct LedgerTests {
    @Test("a view allocates 0 bytes")
    func viewsAllocateNothing() throws {
        let x = try NDArray.ones([1000, 500])
        let figures = try ledgerFigures {
            _ = x.T
            _ = try x.transpose([1, 0])
            _ = try x.swapaxes(0, 1)
            _ = try x.view(at: [.slice(start: 1, stop: nil, step: 3), .integer(7)])
            _ = try x.reshape([500, 1000])
            _ = try x.ravel()
            _ = try x.view(at: [.ellipsis, .newAxis])
            _ = try x.asfortranarray().T
        }
        // x.T is Fortran-contiguous, so only `x.asfortranarray()` copies: nothing else may.
        #expect(figures.allocatedTotal == 4_000_000)
        #expect(try allocatedBytes { _ = x.T; _ = try x.reshape([-1]); _ = try x[3] } == 0)
    }

    @Test("asfortranarray of a 1000×500 float64 C array allocates exactly 4 000 000 bytes, of an F array 0")
    func asfortranarray() throws {
        let c = try NDArray.ones([1000, 500])
        var f: NDArray?
        #expect(try allocatedBytes { f = try c.asfortranarray() } == 4_000_000)
        #expect(f?.isFContiguous == true && f?.isCContiguous == false)
        #expect(try allocatedBytes { _ = try f!.asfortranarray() } == 0)
        #expect(try allocatedBytes { _ = try c.ascontiguousarray() } == 0)
        #expect(try allocatedBytes { _ = try f!.ascontiguousarray() } == 4_000_000)
    }

    @Test("(1000,1) + (1,500) float64 allocates exactly 4 000 000 bytes")
    func broadcastAddition() throws {
        let a = try NDArray.ones([1000, 1]), b = try NDArray.ones([1, 500])
        var sum: NDArray?
        let figures = try ledgerFigures { sum = try a + b }
        #expect(figures.allocatedTotal == 4_000_000)
        #expect(figures.allocations == 1)
        #expect(figures.live == 4_000_000)
        #expect(sum?.shape == [1000, 500])
    }

    @Test("a dropped temporary counts in the peak and not in what is retained")
    func temporaries() throws {
        let x = try NDArray.ones([1000, 1000])
        let figures = try ledgerFigures {
            let t = try x * 2.0       // 8 MB temporary
            _ = try t + 1.0          // another 8 MB while t lives; both dropped
        }
        #expect(figures.peak == 16_000_000)
        #expect(figures.live == 0)
        #expect(figures.allocations == 2 && figures.deallocations == 2)
    }

    @Test("mixed dtypes convert block by block: only the result is allocated")
    func bufferedCasting() throws {
        let a = try NDArray.ones([1000, 1000], dtype: .int32)
        let b = try NDArray.ones([1000, 1000], dtype: .float32)
        var r: NDArray?
        #expect(try allocatedBytes { r = try a + b } == 8_000_000)
        #expect(r?.dtype == .float64)
    }

    @Test("in-place operators and out= allocate nothing")
    func inPlace() throws {
        let a = try NDArray.ones([1000, 1000]), b = try NDArray.ones([1000, 1000])
        let out = try NDArray.empty([1000, 1000])
        #expect(try allocatedBytes {
            try a += b
            try a *= 3.0
            _ = try NDArray.apply(.add, .array(a), .array(b), out: out)
        } == 0)
        #expect(try a.element([5, 5], as: Double.self) == 6)
        // An operand overlapping the output through another view is copied first, as NumPy does.
        let s = try NDArray.ones([100, 100])
        #expect(try allocatedBytes { try s += s.T } == 80_000)
    }

    @Test("reshape and ravel copy exactly when NumPy does")
    func reshapeCopies() throws {
        let a = try sequence([2, 3, 4])
        let bytes = a.nbytes
        #expect(try allocatedBytes { _ = try a.T.reshape([24]) } == bytes)
        #expect(try allocatedBytes { _ = try a.T.reshape([24], order: .fortran) } == 0)
        #expect(try allocatedBytes { _ = try a.view(at: [.all, .all, .slice(start: nil, stop: nil, step: 2)]).reshape([6, 2]) } == 0)
        #expect(try allocatedBytes { _ = try a.view(at: [.all, .slice(start: nil, stop: nil, step: 2)]).reshape([2, 8]) } == 128)
        #expect(try allocatedBytes { _ = try a.T.ravel(order: .keep) } == 0)
        #expect(try allocatedBytes { _ = try a.view(at: [.all, .all, .slice(start: nil, stop: nil, step: 2)]).ravel(order: .keep) } == 96)
    }

    @Test("an array without elements allocates 1 byte, as NumPy does")
    func emptyArrays() throws {
        #expect(try allocatedBytes { _ = try NDArray.empty([0, 3]) } == 1)
        #expect(try allocatedBytes { _ = try NDArray.empty([]) } == 8)
    }

    @Test("a buffer is freed when its last view goes away")
    func lifetimes() throws {
        let ledger = Ledger()
        var view: NDArray?
        try Ledger.$current.withValue(ledger) {
            let owner = try NDArray.zeros([1000])
            view = try owner.view(at: [.slice(start: 10, stop: 20, step: nil)])
        }
        #expect(ledger.snapshot().live == 8000)
        view = nil
        #expect(ledger.snapshot().live == 0)
        _ = view
    }
}

@Suite("Ledger: memory limit")
struct LedgerLimitTests {
    @Test("a buffer past the limit is refused with a clear message and nothing recorded")
    func limit() throws {
        let ledger = Ledger()
        ledger.limit = ByteSize(bytes: 10_000_000)
        try Ledger.$current.withValue(ledger) {
            let kept = try NDArray.zeros([1000, 1000])        // 8 000 000 bytes
            #expect(throws: EngineError.memoryLimitExceeded(limit: ByteSize(bytes: 10_000_000), requested: 8_000_000, live: 8_000_000)) {
                _ = try kept * 2.0
            }
            #expect(ledger.snapshot().live == 8_000_000)
            #expect(ledger.snapshot().allocations == 1)
        }
        #expect(EngineError.memoryLimitExceeded(limit: ByteSize(bytes: 10_000_000), requested: 8_000_000, live: 8_000_000).description
                == "exceeded the memory limit of 9.54 MiB: allocating 7.63 MiB with 7.63 MiB of arrays live")
    }
}
