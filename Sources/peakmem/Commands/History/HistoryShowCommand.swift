import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemResults
import PeakmemReports

/// `peakmem history show SCENARIO/VARIANT [--metric M]`: one figure of one variant over commits.
struct HistoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one figure of one variant over the recorded commits, marking where it changed.",
        discussion: "One table per series (machine class and scale); runs where the variant failed show the failure."
    )

    @Argument(help: ArgumentHelp("The variant, as SCENARIO/VARIANT (SCENARIO/VARIANT@numpy for the NumPy engine's figures of --engine both).", valueName: "SCENARIO/VARIANT"))
    var variant: String

    @Option(help: ArgumentHelp("The figure: a metric name (peak_increment, temporaries, rss_peak, wall_time, ...).", valueName: "METRIC"))
    var metric: String = Metric.peakIncrement.rawValue

    @OptionGroup var history: HistoryStoreOptions

    func run() throws {
        let store = try history.open()
        do {
            let keys = try store.keys()
            guard keys.contains(variant) else {
                throw CommandError.badInput("no variant '\(variant)' recorded in \(history.store)"
                                    + (keys.isEmpty ? "" : " (recorded: \(keys.prefix(8).joined(separator: ", "))\(keys.count > 8 ? ", ..." : ""))"))
            }
            for series in try HistoryView.series(in: store).all {
                let view = try HistoryView(store: store, series: series)
                let trend = try view.trend(key: variant, metric: metric)
                guard !trend.points.isEmpty else { continue }
                print(Self.table(trend, exactChanges: try view.exactChangeRuns(key: variant), records: try store.variantRecords(key: variant)))
            }
        } catch { throw CommandError.badInput("\(error)") }
    }

    /// The table of a trend: one row per run with the change from the previous value; runs
    /// where an exact figure of the variant changed (`exactChanges`) are marked `◀ changed`
    /// for an exact metric, `◀ exact figures changed` for the others.
    static func table(_ trend: FigureTrend, exactChanges: Set<Int64>, records: [Int64: VariantRecord]) -> String {
        let metric = Metric(rawValue: trend.metric)
        func format(_ value: Double) -> String { metric.map { FigureFormatting.value(value, of: $0) } ?? FigureFormatting.exactBytes(value) }
        let changes = Dictionary(uniqueKeysWithValues: trend.changes.map { ($0.index, $0) })
        var table = TextTable(header: ["run", "commit", "date", "branch", "subject", trend.metric, "change", ""])
        table.rightAligned = [0, 5, 6]
        for (index, point) in trend.points.enumerated() {
            let commit = point.run.commit
            var value = "—", change = "", mark = ""
            if let figure = point.value {
                value = format(figure)
                if let found = changes[index] {
                    change = metric.map { FigureFormatting.change(found.delta, of: $0) } ?? format(found.delta)
                }
                if exactChanges.contains(point.run.id) { mark = trend.isExact ? (changes[index] == nil ? "" : "◀ changed") : "◀ exact figures changed" }
            } else if let record = records[point.run.id], record.status != "ok" {
                value = "failed"
                change = record.failure ?? ""
            }
            table.rows.append(["#\(point.run.id)", commit.shortHash + (commit.dirty ? "+" : ""), String(commit.date.prefix(10)),
                               commit.branch ?? "—", String(commit.subject.prefix(50)), value, change, mark])
        }
        let exact = trend.isExact ? ", \(FigureFormatting.counted(trend.changes.count, "change"))" : ""
        return "\(trend.key) \(trend.metric) — \(trend.series): \(FigureFormatting.counted(trend.points.count, "run"))\(exact)\n" + table.render()
    }
}
