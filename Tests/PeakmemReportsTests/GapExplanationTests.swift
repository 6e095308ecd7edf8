import PeakmemReports
import PeakmemResults
import PeakmemRunner
import Testing

/// The scenario page's explanation of the gap between a variant's RSS and exact increments.
@Suite("Gap explanations: RSS against the exact figures")
struct GapExplanationTests {
    /// A fixture variant with its figures replaced.
    private func variant(exact: Double, rss: Double, allocated: Double, resident: Double, liveAtStart: Int) throws -> VariantResult {
        var variant = try Fixture.results().scenarios[0].variants[0]
        variant.figures = ["peak_increment": exact, "rss_increment": rss,
                           "jemalloc_allocated_peak": allocated, "jemalloc_resident_peak": resident]
        variant.runs[0].baseline.ledgerLive = liveAtStart
        return variant
    }

    @Test("out= buffers made in the setup and first written in the run: RSS grows, jemalloc's resident figure does not")
    func firstTouchOfArraysLiveAtTheStart() throws {
        let text = try #require(GapExplanation.explain(try variant(exact: 0, rss: 160_000_000, allocated: 0, resident: 0,
                                                                    liveAtStart: 320_000_000)))
        #expect(text.contains("152.59 MiB of pages that became resident without jemalloc's resident figure growing: arrays made before the run and first written during it (305.18 MiB of arrays were live at its start"))
    }

    @Test("with no arrays live at the start the growth is memory outside malloc")
    func outsideMalloc() throws {
        let text = try #require(GapExplanation.explain(try variant(exact: 0, rss: 8_000_000, allocated: 0, resident: 0, liveAtStart: 0)))
        #expect(text.contains("7.63 MiB outside malloc (OpenBLAS work buffers mapped by BLAS itself"))
    }

    @Test("untouched pages make RSS lower; equal figures agree")
    func lowerAndEqual() throws {
        let lower = try #require(GapExplanation.explain(try variant(exact: 8_000_000, rss: 0, allocated: 8_000_000,
                                                                     resident: 8_000_000, liveAtStart: 0)))
        #expect(lower.contains("RSS is lower: 7.63 MiB of allocated pages that never became resident"))
        let equal = try #require(GapExplanation.explain(try variant(exact: 8_000_000, rss: 8_000_000, allocated: 8_000_000,
                                                                     resident: 8_000_000, liveAtStart: 0)))
        #expect(equal.hasSuffix("They agree to within page rounding: every array byte was touched and nothing else grew."))
    }

    @Test("jemalloc's size-class rounding of the arrays live at the peak is told apart from other heap memory")
    func sizeClassRounding() throws {
        // The 3.12 GB array of the seed's case: jemalloc's class is 3 221 225 472 B (+96.54 MiB);
        // 4 MiB more allocated heap is the interpreter's.
        let bytes = 3_120_000_000, rounded = 3_221_225_472
        var subject = try variant(exact: Double(bytes), rss: Double(rounded + 4_194_304), allocated: Double(rounded + 4_194_304),
                                  resident: Double(rounded + 4_194_304), liveAtStart: 0)
        subject.peakAnatomy = PeakAnatomy(liveBytes: bytes, allocations: [
            PeakAllocation(bytes: bytes, dtype: "float64", shape: [390_000_000], role: .result, name: "Y",
                           site: AllocationSite(line: 3, column: 1, call: 1, callLine: 3, callColumn: 5, operation: "numpy.ones"),
                           setup: false),
        ])
        let text = try #require(GapExplanation.explain(subject))
        #expect(text.contains("RSS is higher: 96.54 MiB of jemalloc's size-class rounding of the arrays live at the peak (each buffer occupies its size class, e.g. 3,120,000,000 B to 3,221,225,472 B); 4.00 MiB of heap memory other than arrays"),
                "\(text)")
        // Without an anatomy the whole difference is heap memory other than arrays, as before.
        subject.peakAnatomy = nil
        #expect(try #require(GapExplanation.explain(subject)).contains("RSS is higher: 100.54 MiB of heap memory other than arrays"))
    }
}
