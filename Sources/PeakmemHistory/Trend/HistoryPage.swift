import PeakmemResults
import PeakmemReports

/// `history.md`: every change of an exact figure over the commits of a series, with the
/// commit that made it, then the trend charts of each variant.
package struct HistoryPage: Sendable {
    /// One change of an exact figure: the variant, the metric's trend and the change.
    package struct Entry: Sendable {
        package var trend: FigureTrend
        package var change: FigureTrend.Change
        package var run: RecordedRun { trend.points[change.index].run }
    }

    package var series: HistorySeries
    package var runCount: Int
    /// Every change, in variant then metric then history order.
    package var entries: [Entry]
    /// The charts per variant: key → [(metric, relative path)].
    package var charts: [(key: String, files: [(metric: String, path: String)])]

    /// The page text.
    package func render() -> String {
        var out = "# peakmem history\n\n"
        out += "Series: \(series) — \(FigureFormatting.counted(runCount, "recorded run")). "
        out += "Exact figures are the ledger's: the same on every machine, so every change below is a change of the code "
        out += "(or of peakmem) at that commit.\n\n"
        out += "## Changes of exact figures\n\n"
        if entries.isEmpty {
            out += "No exact figure changed over these runs.\n"
        } else {
            var table = MarkdownTable(header: ["variant", "metric", "commit", "date", "subject", "old", "new", "change"],
                                      rightAligned: [5, 6, 7])
            for entry in entries {
                let commit = entry.run.commit
                let metric = Metric(rawValue: entry.trend.metric)
                func format(_ value: Double) -> String { metric.map { FigureFormatting.value(value, of: $0) } ?? FigureFormatting.exactBytes(value) }
                table.rows.append(["`\(entry.trend.key)`", entry.trend.metric, "`\(commit.shortHash)`" + (commit.dirty ? " (dirty)" : ""),
                                   String(commit.date.prefix(10)), commit.subject, format(entry.change.old),
                                   format(entry.change.new),
                                   metric.map { FigureFormatting.change(entry.change.delta, of: $0) } ?? format(entry.change.delta)])
            }
            out += table.render()
        }
        out += "\n## Trends\n"
        for (key, files) in charts {
            out += "\n### `\(key)`\n\n"
            for file in files { out += "![\(key) \(file.metric)](\(file.path))\n" }
        }
        return out
    }
}
