import Foundation

/// One variant's Swift ÷ NumPy wall time over the repeats of a `--engine both` run, whose
/// rounds interleave the engines (round *i*: a Swift run, then a NumPy run), so that load on
/// the machine hits both halves of a round alike.
///
/// Each round gives one ratio rᵢ = swiftᵢ ÷ numpyᵢ; the figure is their median and the spread
/// their minimum and maximum. Against a goal g (Swift at most g times NumPy's time) the
/// verdict is **met** when every round met it (max rᵢ ≤ g), **not met** when none did
/// (min rᵢ > g), and **within noise** when the rounds straddle it. With one round (or only the
/// medians known, ``init(ratio:)``) the spread is that one figure and the verdict met or not met.
package struct PairedTimeRatio: Sendable, Hashable {
    /// The verdict against a goal, as the bench table prints it.
    package enum Verdict: String, Sendable, Hashable, CaseIterable {
        case met
        case notMet = "not met"
        case withinNoise = "within noise"
    }

    /// The median of the per-round ratios (of an even count, the mean of the middle two).
    package var ratio: Double
    /// The smallest per-round ratio.
    package var low: Double
    /// The largest per-round ratio.
    package var high: Double
    /// The number of rounds paired.
    package var rounds: Int

    /// The ratios of rounds paired by position: `swift[i] ÷ numpy[i]`. Nil unless both have
    /// the same non-zero count and every time is finite and positive (a round without its
    /// partner is not a paired measurement).
    package init?(swift: [Double], numpy: [Double]) {
        guard !swift.isEmpty, swift.count == numpy.count,
              (swift + numpy).allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
        let ratios = zip(swift, numpy).map { $0 / $1 }.sorted()
        let middle = ratios.count / 2
        ratio = ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
        low = ratios[0]
        high = ratios[ratios.count - 1]
        rounds = ratios.count
    }

    /// A single ratio without a spread (when the rounds cannot be paired).
    package init(ratio: Double) {
        self.ratio = ratio
        low = ratio
        high = ratio
        rounds = 1
    }

    /// Met, not met or within noise against `goal` (see the type's description).
    package func verdict(goal: Double) -> Verdict {
        if high <= goal { return .met }
        if low > goal { return .notMet }
        return .withinNoise
    }

    /// `0.93× (0.88–1.01)`, or `0.93×` when there is no spread.
    package var formatted: String {
        let point = FigureFormatting.ratio(ratio)
        guard low != high else { return point }
        return point + " (" + String(format: "%.2f–%.2f", low, high) + ")"
    }

    /// The geometric mean (∏ rᵢ)^(1/n), computed as exp(mean(log rᵢ)); nil for no ratios or a
    /// ratio that is not finite and positive.
    package static func geometricMean(_ ratios: [Double]) -> Double? {
        guard !ratios.isEmpty, ratios.allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
        return exp(ratios.map { log($0) }.reduce(0, +) / Double(ratios.count))
    }
}
