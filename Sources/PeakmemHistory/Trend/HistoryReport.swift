import PeakmemResults
import PeakmemReports

/// What `peakmem report --history` adds to a reports directory, for one series:
///
/// - `history.md`: every change of an exact figure, with its commit, and the charts;
/// - `charts/history/SCENARIO-VARIANT-METRIC.svg`: a ``TrendChart`` per variant and charted
///   metric (``chartedMetrics``), marking the runs where an exact figure of the variant changed.
package struct HistoryReport: Sendable {
    /// The metrics drawn as trends: the exact peak increment, the RSS peak and the wall time.
    package static let chartedMetrics: [Metric] = [.peakIncrement, .rssPeak, .wallTime]

    /// The page's file name in the reports directory.
    package static let pageName = "history.md"

    package var view: HistoryView

    package init(view: HistoryView) { self.view = view }

    /// The path of a trend chart, relative to the reports directory.
    package static func chartPath(key: String, metric: String) -> String {
        "charts/history/\(ReportSet.slug(key.replacingOccurrences(of: "/", with: "-")))-\(metric).svg"
    }

    /// The files by path relative to the reports directory.
    package func files() throws(HistoryStoreError) -> [String: String] {
        var files: [String: String] = [:]
        var entries: [HistoryPage.Entry] = []
        var charts: [(key: String, files: [(metric: String, path: String)])] = []
        for key in try view.keys() {
            let exact = try view.exactTrends(key: key)
            entries += exact.flatMap { trend in trend.changes.map { HistoryPage.Entry(trend: trend, change: $0) } }
            let marked = HistoryView.changeRuns(exact)
            var drawn: [(metric: String, path: String)] = []
            for metric in Self.chartedMetrics {
                let trend = try view.trend(key: key, metric: metric.rawValue)
                guard trend.points.contains(where: { $0.value != nil }) else { continue }
                let path = Self.chartPath(key: key, metric: metric.rawValue)
                files[path] = TrendChart(trend: trend, markedRuns: marked).render()
                drawn.append((metric.rawValue, path))
            }
            if !drawn.isEmpty { charts.append((key, drawn)) }
        }
        files[Self.pageName] = HistoryPage(series: view.series, runCount: view.runs.count, entries: entries, charts: charts).render()
        return files
    }
}
