import Foundation
import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// The memory the library functions document, measured exactly with the harness's ledger.
///
/// `a` is a float64 array of shape (10, 100): `N` = 8000 bytes.
@Suite("Library functions allocate what they document")
struct LibraryMemoryTests {
    static let N = 8000

    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("a = np.ones((10, 100))\n")
        return h
    }

    @Test func conversionsCopyOnlyWhenTheyMust() throws {
        // "the result's nbytes (nothing when an existing array is returned as it is)"
        let h = try harness()
        #expect(try h.measure("b = np.asarray(a)") == (0, 0))
        #expect(try h.measure("c = np.array(a, copy=False)") == (0, 0))
        #expect(try h.measure("d = np.array(a)") == (Self.N, Self.N))
        #expect(try h.measure("e = np.copy(a)") == (Self.N, Self.N))
        #expect(try h.measure("f = np.asarray(a, dtype=np.float32)") == (Self.N / 2, Self.N / 2))
        #expect(try h.measure("g = a.astype(np.float64, copy=False)") == (0, 0))
        #expect(try h.measure("k = np.asfortranarray(a.T)") == (0, 0))
    }

    @Test func arrayLiteralsAllocateOnlyTheResult() throws {
        // "exactly one buffer, the result's"
        let h = try harness()
        #expect(try h.measure("x = np.array([[1.0, 2.0], [3.0, 4.0]])") == (32, 32))
        #expect(try h.measure("y = np.array([a, a])") == (2 * Self.N, 2 * Self.N))
        #expect(try h.measure("z = np.array(range(4), dtype=np.int32)") == (16, 16))
    }

    @Test func creationAllocatesItsResult() throws {
        let h = try harness()
        #expect(try h.measure("z = np.zeros_like(a)") == (Self.N, Self.N))
        #expect(try h.measure("e = np.empty((10, 100), dtype=np.uint8)") == (1000, 1000))
        #expect(try h.measure("f = np.full((10, 100), 7.0)") == (Self.N, Self.N))
        // A list fill value is converted to an array first, which lives until the fill is done.
        #expect(try h.measure("g = np.full((10, 100), list(range(100)))") == (Self.N + 800, Self.N))
    }

    @Test func saveAllocatesNothingAndLoadOneBuffer() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-mem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let h = try harness()
        #expect(try h.measure("np.save('\(directory.path)/a', a.T)") == (0, 0))
        #expect(try h.measure("b = np.load('\(directory.path)/a.npy')") == (Self.N, Self.N))
    }

    @Test func outArgumentsAllocateNothingAndKeepNothing() throws {
        // "with out= nothing, and it returns out itself"
        let h = try harness()
        #expect(try h.measure("r = np.multiply(a, 2, out=a)\ns = np.negative(a, out=(a,))\n") == (0, 0))
        #expect(try h.array("r").storage === h.array("a").storage)
        #expect(try h.array("s").storage === h.array("a").storage)
    }

    @Test func comparisonsOfWholeArraysAllocateNothing() throws {
        let h = try harness()
        #expect(try h.measure("q = np.array_equal(a, a)\n") == (0, 0))
        // np.allclose makes np.isclose's temporaries (no elision below 256 KiB): at most
        // |a - b|, |b| and rtol·|b| (or atol + rtol·|b|) at once, 3·N (NumPy 2.4.6: tracemalloc
        // peak 24 000 bytes of data plus Python objects).
        #expect(try h.measure("p = np.allclose(a, a.T.T)\n") == (3 * Self.N, 0))
    }
}
