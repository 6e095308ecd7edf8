import PeakmemResults


/// One figure of one variant in an old and a new run.
public struct MetricChange: Sendable, Hashable {
    /// `SCENARIO/VARIANT`.
    public var variant: String
    /// The figure's name (a ``Metric`` raw value, or another figure of the results).
    public var figure: String
    public var old: Double
    public var new: Double

    public init(variant: String, figure: String, old: Double, new: Double) {
        self.variant = variant
        self.figure = figure
        self.old = old
        self.new = new
    }

    /// The metric, when the figure is one.
    public var metric: Metric? { Metric(rawValue: figure) }

    public var delta: Double { new - old }

    /// `(new − old) / old`; nil when old is 0.
    public var relative: Double? { old == 0 ? nil : (new - old) / abs(old) }

    /// The figure's values in its unit.
    public func format(_ value: Double) -> String {
        if let metric { return FigureFormatting.value(value, of: metric) }
        if figure.hasSuffix("_mib") { return FigureFormatting.mebibytes(value) }
        return FigureFormatting.exactBytes(value)
    }

    /// The difference in the figure's unit, signed.
    public var formattedDelta: String {
        if let metric { return FigureFormatting.change(delta, of: metric) }
        return (delta >= 0 ? "+" : "−") + format(abs(delta))
    }
}
