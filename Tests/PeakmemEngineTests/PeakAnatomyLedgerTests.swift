import PeakmemEngine
import PeakmemResults
import Testing

/// The ledger's provenance: which buffers were live at the exact high-water mark, and the
/// site and role each was recorded with.
@Suite("Ledger: peak anatomy")
struct PeakAnatomyLedgerTests {
    @Test("the peak lists the buffers live at the first high-water mark, those freed after it included, not those freed before")
    func peakBuffers() throws {
        let ledger = Ledger()
        try Ledger.$current.withValue(ledger) {
            let kept = try NDArray.zeros([1000])                           // 8 000 B, before the run
            ledger.resetPeak()
            ledger.allocationSite = AllocationSite(line: 2, column: 1, call: 1, callLine: 2, callColumn: 5, operation: "numpy.ones")
            do { _ = try NDArray.ones([500]) }                                 // 4 000 B, freed before the peak
            var big: NDArray? = try NDArray.ones([2000])                      // 16 000 B: the peak's
            var small: NDArray? = try NDArray.ones([10])                      // 80 B: the peak (24 080 B)
            big = nil                                                          // freed after the peak
            _ = try NDArray.ones([100])                                        // 800 B: never at the peak
            let anatomy = ledger.peakAnatomy()
            #expect(anatomy.liveBytes == 24_080)
            #expect(anatomy.allocations.map(\.bytes) == [16_000, 8_000, 80])
            #expect(anatomy.allocations.map(\.setup) == [false, true, false])
            #expect(anatomy.allocations[0].site.operation == "numpy.ones")
            #expect(anatomy.allocations[0].shape == [2000] && anatomy.allocations[0].dtype == "float64")
            #expect(anatomy.otherBuffers == 0 && anatomy.otherBytes == 0)
            small = nil
            _ = (kept, big, small)
        }
    }

    @Test("np.dot (numpy-1.7) on a Fortran-ordered X records the C-order copy of operand 0 and the bound result")
    func dotLayoutCopy() throws {
        let ledger = Ledger()
        try Ledger.$current.withValue(ledger) {
            let x = try NDArray.ones([30, 50], order: .fortran)               // 12 000 B
            let y = try NDArray.ones([50, 20])                                 // 8 000 B
            ledger.resetPeak()
            let s = try NDArray.dot(x, y, semantics: .numpy17)               // copy 12 000 B + S 4 800 B
            s.storage.recordBinding("S")
            let anatomy = ledger.peakAnatomy()
            #expect(anatomy.liveBytes == 12_000 + 8_000 + 12_000 + 4_800)
            let run = anatomy.runAllocations
            #expect(run.map(\.bytes) == [12_000, 4_800])
            #expect(run[0].role == .layoutCopy(operand: 0, order: "C"))
            #expect(run[0].isAvoidable)
            #expect(run[1].role == .result && run[1].name == "S" && !run[1].isAvoidable)
            #expect(anatomy.biggestAvoidable?.bytes == 12_000)
        }
    }

    @Test("a buffer reused by temporary elision records the reuse")
    func elisionReuse() throws {
        let ledger = Ledger()
        try Ledger.$current.withValue(ledger) {
            let a = try NDArray.ones([40_000])                                 // 320 000 B ≥ 256 KiB
            ledger.resetPeak()
            ledger.allocationSite = AllocationSite(line: 1, column: 1, call: 1, callLine: 1, callColumn: 5, operation: "*")
            let temporary = try a * Scalar.float(2)
            ledger.allocationSite = AllocationSite(line: 1, column: 1, call: 2, callLine: 1, callColumn: 5, operation: "+")
            let sum = try TemporaryElision.apply(.add, .array(temporary), aIsTemporary: true, .scalar(.float(1)), bIsTemporary: false)
            let anatomy = ledger.peakAnatomy()
            let made = try #require(anatomy.runAllocations.first)
            #expect(anatomy.runAllocations.count == 1 && made.bytes == 320_000)
            #expect(made.reuses == 1 && made.reusedBy?.operation == "+")
            #expect(made.reason.contains("reused in place by + at line 1, col 5"))
            _ = sum
        }
    }
}
