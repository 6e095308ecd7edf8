import Testing
@testable import PeakmemReports

/// `compare` separates exact figures, which change only when the code does, from sampled ones,
/// judged against the spread of their repeats; significant changes come first.
@Suite("compare: exact changes first, sampled ones against the spread of repeats")
struct ComparisonNoiseTests {
    static func table(_ figures: [String: Double], spreads: [String: Double]? = nil) -> FigureTable {
        var table = FigureTable(variants: ["s/a": figures])
        table.spreads = spreads.map { ["s/a": $0] }
        return table
    }

    @Test("a sampled change within the larger spread of repeats is noise; beyond it, or an exact change, is significant")
    func spreads() {
        let old = Self.table(["jemalloc_allocated_peak": 8_500_000, "rss_peak": 40_000_000, "peak_increment": 8_000_000],
                             spreads: ["jemalloc_allocated_peak": 300_000, "rss_peak": 100_000])
        let new = Self.table(["jemalloc_allocated_peak": 8_700_000, "rss_peak": 41_000_000, "peak_increment": 8_000_001],
                             spreads: ["jemalloc_allocated_peak": 100_000, "rss_peak": 200_000])
        let comparison = ResultsComparison(old: old, new: new)
        #expect(comparison.significant.map(\.figure) == ["peak_increment", "rss_peak"])
        #expect(comparison.withinNoise.map(\.figure) == ["jemalloc_allocated_peak"])
        #expect(comparison.changed.map(\.figure) == ["peak_increment", "rss_peak", "jemalloc_allocated_peak"])
        #expect(comparison.summary == "3 figures compared: 1 exact change, 1 sampled change beyond the noise of repeats, 1 within it")
    }

    @Test("without repeats a sampled figure is judged against the gate's default allowance (10 %, at least 4 MiB)")
    func noRepeats() {
        let old = Self.table(["rss_peak": 100_000_000, "jemalloc_resident_peak": 10_000_000])
        let new = Self.table(["rss_peak": 111_000_000, "jemalloc_resident_peak": 14_000_000])
        let comparison = ResultsComparison(old: old, new: new)
        #expect(comparison.significant.map(\.figure) == ["rss_peak"])
        #expect(comparison.withinNoise.map(\.figure) == ["jemalloc_resident_peak"])
    }
}
