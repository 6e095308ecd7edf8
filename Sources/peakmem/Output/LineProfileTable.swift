import Foundation
import PeakmemReports
import PeakmemResults

/// The line-by-line table of `--lines`, in memory_profiler's layout (`Line #  Mem usage
/// Increment  Occurrences  Line Contents`) with the exact figures beside the RSS ones:
/// - Mem usage: the process's RSS after the line (its largest over the occurrences), MiB
///   (2^20 bytes) with three decimals, as memory_profiler prints it;
/// - Increment: exact, the ledger's live bytes after minus before the line, summed over the
///   occurrences (all lines add up to `retained`);
/// - RSS increment: the same difference of the RSS, MiB;
/// - Peak in line: exact, the most live bytes above the line's start while it ran;
/// - Occurrences: how many times a statement started on the line.
enum LineProfileTable {
    /// The table of `lines`, with a title naming the variant.
    static func render(_ lines: [LineFigures], variant: String) -> String {
        var table = TextTable(header: ["Line #", "Mem usage", "Increment", "RSS increment", "Peak in line", "Occurrences", "Line Contents"])
        table.rightAligned = [0, 1, 2, 3, 4, 5]
        for entry in lines {
            table.rows.append([String(entry.line), mebibytes(entry.memUsage), FigureFormatting.grouped(entry.increment) + " B",
                               mebibytes(entry.rssIncrement), FigureFormatting.grouped(entry.peak) + " B",
                               String(entry.occurrences), entry.text])
        }
        let rendered = table.render()
        let width = rendered.split(separator: "\n").first.map(\.count) ?? 0
        let rule = String(repeating: "=", count: width)
        var out = "Line-by-line (\(variant)): Increment and Peak in line are exact (array buffers); Mem usage and RSS increment are the process's RSS\n"
        let parts = rendered.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        out += parts[0] + "\n" + rule + "\n" + (parts.count > 1 ? parts[1] : "")
        return out
    }

    /// `bytes` as memory_profiler's `38.816 MiB`.
    static func mebibytes(_ bytes: Int) -> String {
        String(format: "%.3f MiB", Double(bytes) / 1_048_576)
    }

    /// The tables of every variant of `results` that has line figures.
    static func render(_ results: RunResults) -> String? {
        let tables = results.scenarios.flatMap { scenario in
            scenario.variants.compactMap { variant in
                variant.lines.map { render($0, variant: "\(scenario.name)/\(variant.name)") }
            }
        }
        return tables.isEmpty ? nil : tables.joined(separator: "\n")
    }
}
