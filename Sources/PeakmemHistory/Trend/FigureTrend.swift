import PeakmemResults

/// One figure of one variant over the runs of a series, in history order, and the points
/// where it changed.
package struct FigureTrend: Sendable {
    /// One run of the series: the figure's value, or nil when the variant failed there or the
    /// run did not have it.
    package struct Point: Sendable, Hashable {
        package var run: RecordedRun
        package var value: Double?
    }

    /// A change of the figure: the point where the new value first appears, and the values.
    package struct Change: Sendable, Hashable {
        /// The index in ``FigureTrend/points`` of the first run with the new value.
        package var index: Int
        package var old: Double
        package var new: Double
        package var delta: Double { new - old }

        package init(index: Int, old: Double, new: Double) {
            self.index = index
            self.old = old
            self.new = new
        }
    }

    /// `SCENARIO/VARIANT`.
    package var key: String
    /// The figure's name (a ``Metric`` raw value or another figure of the results).
    package var metric: String
    package var series: HistorySeries
    package var points: [Point]

    package init(key: String, metric: String, series: HistorySeries, points: [Point]) {
        self.key = key
        self.metric = metric
        self.series = series
        self.points = points
    }

    /// Every point whose value differs from the previous point that has one (runs without a
    /// value are skipped, so a failed run in between is not a change).
    package var changes: [Change] {
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
    package var isExact: Bool { Metric(rawValue: metric)?.kind == .exact }
}
