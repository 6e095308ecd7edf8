import PeakmemResults

/// One figure of one variant over the runs of a series, in history order, and the points
/// where it changed.
public struct FigureTrend: Sendable {
    /// One run of the series: the figure's value, or nil when the variant failed there or the
    /// run did not have it.
    public struct Point: Sendable, Hashable {
        public var run: RecordedRun
        public var value: Double?
    }

    /// A change of the figure: the point where the new value first appears, and the values.
    public struct Change: Sendable, Hashable {
        /// The index in ``FigureTrend/points`` of the first run with the new value.
        public var index: Int
        public var old: Double
        public var new: Double
        public var delta: Double { new - old }

        public init(index: Int, old: Double, new: Double) {
            self.index = index
            self.old = old
            self.new = new
        }
    }

    /// `SCENARIO/VARIANT`.
    public var key: String
    /// The figure's name (a ``Metric`` raw value or another figure of the results).
    public var metric: String
    public var series: HistorySeries
    public var points: [Point]

    public init(key: String, metric: String, series: HistorySeries, points: [Point]) {
        self.key = key
        self.metric = metric
        self.series = series
        self.points = points
    }

    /// Every point whose value differs from the previous point that has one (runs without a
    /// value are skipped, so a failed run in between is not a change).
    public var changes: [Change] {
        var changes: [Change] = []
        var previous: Double?
        for (index, point) in points.enumerated() {
            guard let value = point.value else { continue }
            if let previous, previous != value { changes.append(Change(index: index, old: previous, new: value)) }
            previous = value
        }
        return changes
    }

    /// True when the figure is exact (the ledger's): every change is a real change of the code.
    public var isExact: Bool { Metric(rawValue: metric)?.kind == .exact }
}
