import PeakmemResults
import PeakmemReports

/// The store seen as one series: its runs in history order and the trends of their figures.
package struct HistoryView: Sendable {
    package var series: HistorySeries
    /// The runs of the series, in history order.
    package var runs: [RecordedRun]
    let store: HistoryStore

    /// The runs of `series` in `store`.
    package init(store: HistoryStore, series: HistorySeries) throws(HistoryStoreError) {
        self.store = store
        self.series = series
        runs = try store.runs().filter { $0.series == series }
    }

    /// Every series recorded, and the newest run's series (by the order runs were recorded).
    package static func series(in store: HistoryStore) throws(HistoryStoreError) -> (all: [HistorySeries], newest: HistorySeries?) {
        let runs = try store.runs()
        return (Array(Set(runs.map(\.series))).sorted(), runs.max { $0.id < $1.id }?.series)
    }

    /// The figure `metric` of `key` over the series.
    package func trend(key: String, metric: String) throws(HistoryStoreError) -> FigureTrend {
        let values = try store.values(key: key, metric: metric)
        let recorded = try store.variantRecords(key: key)
        let points = runs.filter { recorded[$0.id] != nil }.map { FigureTrend.Point(run: $0, value: values[$0.id]) }
        return FigureTrend(key: key, metric: metric, series: series, points: points)
    }

    /// The `SCENARIO/VARIANT` keys with at least one run in the series, sorted.
    package func keys() throws(HistoryStoreError) -> [String] { try store.keys(inRuns: runs.map(\.id)) }

    /// The trends of every exact metric of `key` (``Metric/Kind/exact``), in metric order.
    package func exactTrends(key: String) throws(HistoryStoreError) -> [FigureTrend] {
        var trends: [FigureTrend] = []
        for metric in Metric.allCases where metric.kind == .exact {
            let trend = try trend(key: key, metric: metric.rawValue)
            if trend.points.contains(where: { $0.value != nil }) { trends.append(trend) }
        }
        return trends
    }

    /// The runs of `key` where any exact figure changed, by run id.
    package func exactChangeRuns(key: String) throws(HistoryStoreError) -> Set<Int64> {
        Self.changeRuns(try exactTrends(key: key))
    }

    /// The runs where any of `trends` changed.
    package static func changeRuns(_ trends: [FigureTrend]) -> Set<Int64> {
        Set(trends.flatMap { trend in trend.changes.map { trend.points[$0.index].run.id } })
    }
}
