import Foundation
import PeakmemReports
import Testing

/// The bench verdict's statistics: per-round Swift ÷ NumPy ratios, their spread, the verdict
/// against a goal, and the geometric mean of the summary line.
@Suite("Paired time ratio: spread, verdict, geometric mean")
struct PairedTimeRatioTests {
    @Test("the median and the min–max of the per-round ratios")
    func spread() throws {
        // Rounds: 0.9/1.0, 2.2/2.0, 1.0/1.0 → ratios 0.9, 1.1, 1.0.
        let time = try #require(PairedTimeRatio(swift: [0.9, 2.2, 1.0], numpy: [1.0, 2.0, 1.0]))
        #expect(time.rounds == 3)
        #expect(time.low == 0.9 && abs(time.high - 1.1) < 1e-12)
        #expect(time.ratio == 1.0)
        #expect(time.formatted == "1.00× (0.90–1.10)")
        // An even count: the mean of the middle two (0.8 and 1.2).
        let even = try #require(PairedTimeRatio(swift: [0.6, 0.8, 1.2, 1.4], numpy: [1, 1, 1, 1]))
        #expect(even.ratio == 1.0 && even.low == 0.6 && even.high == 1.4)
        // Not pairable: no rounds, unequal counts, a zero time.
        #expect(PairedTimeRatio(swift: [], numpy: []) == nil)
        #expect(PairedTimeRatio(swift: [1, 2], numpy: [1]) == nil)
        #expect(PairedTimeRatio(swift: [1], numpy: [0]) == nil)
        #expect(PairedTimeRatio(ratio: 2.5).formatted == "2.50×")
    }

    @Test("met when every round meets the goal, not met when none does, else within noise")
    func verdicts() throws {
        let fast = try #require(PairedTimeRatio(swift: [0.8, 0.95, 1.0], numpy: [1, 1, 1]))
        let slow = try #require(PairedTimeRatio(swift: [1.3, 1.01, 1.25], numpy: [1, 1, 1]))
        let straddling = try #require(PairedTimeRatio(swift: [0.97, 1.03, 1.0], numpy: [1, 1, 1]))
        #expect(fast.verdict(goal: 1) == .met)
        #expect(slow.verdict(goal: 1) == .notMet)
        #expect(straddling.verdict(goal: 1) == .withinNoise)
        #expect(slow.verdict(goal: 1.5) == .met)
        #expect(PairedTimeRatio(ratio: 1.03).verdict(goal: 1) == .notMet)
        #expect(PairedTimeRatio.Verdict.allCases.map(\.rawValue) == ["met", "not met", "within noise"])
    }

    @Test("the geometric mean of the summary line")
    func geometricMean() throws {
        let mean = try #require(PairedTimeRatio.geometricMean([0.5, 0.8, 1.6]))
        #expect(String(format: "%.10f", mean) == "0.8617738760")
        let tail = try #require(PairedTimeRatio.geometricMean([0.85, 2.55, 1.0, 0.6]))
        #expect(String(format: "%.10f", tail) == "1.0678926297")
        #expect(PairedTimeRatio.geometricMean([]) == nil)
        #expect(PairedTimeRatio.geometricMean([1, 0]) == nil)
    }
}
