import Foundation

/// A linear axis from 0 (or a lower bound) to a "nice" upper bound, with round tick values
/// (1, 2 or 5 × 10ⁿ apart).
package struct AxisScale: Sendable, Equatable {
    package var lower: Double
    package var upper: Double
    package var step: Double

    /// An axis covering `lower...maximum` with about `targetTicks` ticks.
    package init(lower: Double = 0, maximum: Double, targetTicks: Int = 5) {
        let span = max(maximum - lower, 1e-9)
        let raw = span / Double(max(targetTicks, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        step = nice * magnitude
        self.lower = (lower / step).rounded(.down) * step
        upper = max((maximum / step).rounded(.up) * step, self.lower + step)
    }

    /// An axis spanning exactly `lower...upper` (a time axis that should end where the data
    /// does), with round ticks inside it.
    package init(tightLower lower: Double, upper: Double, targetTicks: Int = 5) {
        let nice = AxisScale(lower: lower, maximum: upper, targetTicks: targetTicks)
        self.lower = lower
        self.upper = max(upper, lower + 1e-9)
        step = nice.step
    }

    /// The tick values: the multiples of `step` from lower to upper.
    package var ticks: [Double] {
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// `value`'s position between `start` (at `lower`) and `end` (at `upper`).
    package func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// A tick label: no decimals when the step is whole.
    package func label(_ value: Double) -> String {
        let value = value == 0 ? 0 : value  // no "-0"
        return step >= 1 ? String(format: "%.0f", value) : SVGDocument.number(value)
    }
}
