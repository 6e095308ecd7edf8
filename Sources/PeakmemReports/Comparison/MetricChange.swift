import PeakmemResults


/// One figure of one variant in an old and a new run.
package struct MetricChange: Sendable, Hashable {
    /// `SCENARIO/VARIANT`.
    package var variant: String
    /// The figure's name (a ``Metric`` raw value, or another figure of the results).
    package var figure: String
    package var old: Double
    package var new: Double
    /// The change the figure may show between runs of the same code (0 for exact figures;
    /// set by ``ResultsComparison``).
    package var noise: Double = 0

    /// True for an exact figure (deterministic: any change is real).
    package var isExact: Bool { metric.map { $0.kind == .exact } ?? !figure.hasSuffix("_mib") }

    /// True when the change is larger than ``noise``.
    package var isSignificant: Bool { abs(new - old) > noise }

    /// `exact`, or the kind of a figure that varies between runs with its noise (`sampled ±4.00 MiB`).
    package var kindText: String {
        guard !isExact else { return "exact" }
        let kind = metric.map { $0.kind.rawValue.replacingOccurrences(of: "_", with: "-") } ?? "page-level"
        return noise > 0 ? "\(kind) ±\(format(noise))" : kind
    }

    package init(variant: String, figure: String, old: Double, new: Double) {
        self.variant = variant
        self.figure = figure
        self.old = old
        self.new = new
    }

    /// The metric, when the figure is one.
    package var metric: Metric? { Metric(rawValue: figure) }

    package var delta: Double { new - old }

    /// `(new − old) / old`; nil when old is 0.
    package var relative: Double? { old == 0 ? nil : (new - old) / abs(old) }

    /// The figure's values in its unit.
    package func format(_ value: Double) -> String {
        if let metric { return FigureFormatting.value(value, of: metric) }
        if figure.hasSuffix("_mib") { return FigureFormatting.mebibytes(value) }
        return FigureFormatting.exactBytes(value)
    }

    /// The difference in the figure's unit, signed.
    package var formattedDelta: String {
        if let metric { return FigureFormatting.change(delta, of: metric) }
        return (delta >= 0 ? "+" : "−") + format(abs(delta))
    }
}
