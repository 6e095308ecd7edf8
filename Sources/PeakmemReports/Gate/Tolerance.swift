import Foundation
import PeakmemResults
import PeakmemScenario

/// How far a metric may move before the gate calls it a regression: a relative part of the
/// baseline value, an absolute amount in the metric's unit, or both (the larger allowance
/// wins). `off` means the metric is reported but never gated.
package struct Tolerance: Sendable, Hashable, CustomStringConvertible {
    /// Fraction of the baseline value (0.1 = 10 %).
    package var relative: Double?
    /// Amount in the metric's unit (bytes, count, seconds).
    package var absolute: Double?
    /// False for `off`.
    package var gated: Bool

    package init(relative: Double? = nil, absolute: Double? = nil, gated: Bool = true) {
        self.relative = relative
        self.absolute = absolute
        self.gated = gated
    }

    package static let off = Tolerance(gated: false)
    package static let exact = Tolerance(absolute: 0)

    /// The allowed rise over `old`.
    package func allowance(for old: Double) -> Double {
        max((relative ?? 0) * abs(old), absolute ?? 0)
    }

    /// Parses `10%`, `0`, `1MiB`, `4096`, `50ms`, `10%,1MiB` or `off`; nil for anything else,
    /// negative, infinite or NaN amounts, and amounts past ``Quantity/largestValue``.
    package init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "off" { self = .off; return }
        var relative: Double?, absolute: Double?
        for part in trimmed.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if part.hasSuffix("%") {
                guard relative == nil, let value = Double(part.dropLast().trimmingCharacters(in: .whitespaces)), value >= 0,
                      Quantity.rangeProblem(value / 100) == nil else { return nil }
                relative = value / 100
            } else {
                guard absolute == nil, let value = Self.amount(part), value >= 0 else { return nil }
                absolute = value
            }
        }
        guard relative != nil || absolute != nil else { return nil }
        self.init(relative: relative, absolute: absolute)
    }

    /// A number with an optional size or time unit (a scenario ``Quantity``), in bytes or seconds.
    static func amount(_ text: String) -> Double? {
        Quantity(parsing: text).flatMap { $0.rangeProblem == nil ? $0.value : nil }
    }

    package var description: String {
        guard gated else { return "off" }
        var parts: [String] = []
        if let relative { parts.append(SVGDocument.number(relative * 100) + " %") }
        if let absolute { parts.append(SVGDocument.number(absolute)) }
        return parts.joined(separator: " or ")
    }

    /// The tolerance in words for `metric`: `0 B`, `10 % (at least 4.00 MiB)`, `off`.
    package func text(for metric: Metric) -> String {
        guard gated else { return "off" }
        let amount = absolute.map { FigureFormatting.value($0, of: metric) }
        switch (relative, amount) {
        case let (r?, a?): return SVGDocument.number(r * 100) + " % (at least \(a))"
        case let (r?, nil): return SVGDocument.number(r * 100) + " %"
        case let (nil, a?): return a
        default: return "off"
        }
    }
}
