import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemRunner

/// `peakmem compare OLD NEW`: the changes of every figure per variant between two runs.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show the changes per variant and metric between two results (or baseline) files.",
        discussion: """
            Each file may be a results file or a baseline. Exact figures are listed when they \
            change at all; sampled, page-level and timing figures only when they change by more \
            than the spread of their repeats (run with -r 3 or more), or without repeats by more \
            than the gate's default allowance (10 %, at least 4 MiB; times 20 %). Exit status 0, \
            or 2 for bad input.
            """
    )

    @Argument(help: ArgumentHelp("The old results or baseline.", valueName: "OLD.json"))
    var old: String

    @Argument(help: ArgumentHelp("The new results or baseline.", valueName: "NEW.json"))
    var new: String

    @Option(help: ArgumentHelp("Also write the comparison as Markdown.", valueName: "FILE"))
    var markdown: String?

    @Flag(help: "List the changes within the noise of repeats and the unchanged figures too.")
    var all = false

    func run() throws {
        let (oldFigures, oldScale) = try Self.figures(old), (newFigures, newScale) = try Self.figures(new)
        if oldScale != newScale {
            FileHandle.standardError.write(Data("peakmem compare: \(old) is at scale '\(oldScale)', \(new) at '\(newScale)': the figures differ by size too\n".utf8))
        }
        try Self.report(ResultsComparison(old: oldFigures, new: newFigures), oldLabel: old, newLabel: new, all: all, markdown: markdown)
    }

    /// Prints the table of changed figures (every figure with `all`) and the counts line, and
    /// writes the Markdown report to `markdown` when given: what `peakmem compare` and
    /// `peakmem history compare` print.
    static func report(_ comparison: ResultsComparison, oldLabel: String, newLabel: String, all: Bool, markdown: String?) throws(CommandError) {
        // Significant changes first (exact, then sampled beyond the noise of repeats); the
        // changes within the noise, and unchanged figures, with --all.
        var table = TextTable(header: ["variant", "metric", "kind", "old", "new", "change", "relative", ""])
        table.rightAligned = [3, 4, 5, 6]
        let unchanged = comparison.changes.filter { $0.old == $0.new }
        for change in all ? comparison.changed + unchanged : comparison.significant {
            table.rows.append([change.variant, change.figure, change.kindText, change.format(change.old), change.format(change.new),
                               change.formattedDelta, FigureFormatting.percent(change.relative),
                               change.old == change.new ? "" : (change.isSignificant ? "" : "within noise")])
        }
        if !table.rows.isEmpty { print(table.render(), terminator: "") }
        for line in comparison.explanationLines { print(line.replacingOccurrences(of: "`", with: "")) }
        print(comparison.summary + (all || comparison.withinNoise.isEmpty ? "" : " (--all lists them)")
              + (comparison.added.isEmpty ? "" : "; only in \(newLabel): \(comparison.added.joined(separator: ", "))")
              + (comparison.removed.isEmpty ? "" : "; only in \(oldLabel): \(comparison.removed.joined(separator: ", "))"))
        if let markdown {
            do { try AtomicFileWriter.write(comparison.markdown(oldLabel: oldLabel, newLabel: newLabel), to: markdown) } catch {
                throw CommandError.badInput("\(error)")
            }
        }
    }

    /// The figures of a results file, or of a baseline, and their scale.
    static func figures(_ path: String) throws(CommandError) -> (FigureTable, scale: String) {
        do {
            if Baseline.declaresSchema(atPath: path) {
                let baseline = try Baseline.load(from: path)
                return (FigureTable(variants: baseline.variants, anatomies: baseline.anatomies), baseline.scale)
            }
            let results = try ResultsFile.load(from: path)
            return (FigureTable(results), results.scale)
        } catch { throw CommandError.badInput("\(error)") }
    }
}
