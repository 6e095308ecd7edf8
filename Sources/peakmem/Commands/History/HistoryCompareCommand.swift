import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemReports
import PeakmemResults

/// `peakmem history compare REV1 REV2`: `peakmem compare` on two stored runs.
struct HistoryCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two recorded runs, as `peakmem compare` compares two results files.",
        discussion: """
            REV is #ID (a run of `history list`), or a git revision (branch, tag, HEAD~2, hash or \
            hash prefix) at which a run was recorded; of several runs at one commit, the newest one \
            of the --scale and --engine given is used.
            """
    )

    @Argument(help: ArgumentHelp("The old run.", valueName: "REV1"))
    var old: String

    @Argument(help: ArgumentHelp("The new run.", valueName: "REV2"))
    var new: String

    @Option(help: ArgumentHelp("Only runs at this scale.", valueName: "SCALE"))
    var scale: String?

    @Option(help: ArgumentHelp("Only runs of this engine (swift, numpy, both).", valueName: "ENGINE"))
    var engine: String?

    @Option(help: ArgumentHelp("Also write the comparison as Markdown.", valueName: "FILE"))
    var markdown: String?

    @Flag(help: "List unchanged figures too.")
    var all = false

    @OptionGroup var history: HistoryStoreOptions

    func run() throws {
        let store = try history.open()
        let before = try select(old, in: store), after = try select(new, in: store)
        if before.series.scale != after.series.scale {
            FileHandle.standardError.write(Data("peakmem history compare: \(old) is at scale '\(before.series.scale)', \(new) at '\(after.series.scale)': the figures differ by size too\n".utf8))
        }
        do {
            let comparison = ResultsComparison(old: try store.figures(ofRun: before.id), new: try store.figures(ofRun: after.id))
            try CompareCommand.report(comparison, oldLabel: Self.label(before), newLabel: Self.label(after), all: all, markdown: markdown)
        } catch { throw CommandError.badInput("\(error)") }
    }

    /// `#ID (HASH)`.
    static func label(_ run: RecordedRun) -> String { "#\(run.id) (\(run.commit.shortHash))" }

    /// The run `revision` names (the newest of several), or fails (exit 2).
    func select(_ revision: String, in store: HistoryStore) throws(CommandError) -> RecordedRun {
        var runs: [RecordedRun]
        do { runs = try store.runs(matching: revision, repository: history.git) } catch { throw CommandError.badInput("\(error)") }
        runs = runs.filter { (scale == nil || $0.series.scale == scale) && (engine == nil || $0.series.machineClass.engine == engine) }
        guard let chosen = runs.max(by: { $0.id < $1.id }) else {
            throw CommandError.badInput("no recorded run at '\(revision)'" + (scale != nil || engine != nil ? " with the --scale/--engine given" : ""))
        }
        if runs.count > 1 {
            FileHandle.standardError.write(Data("peakmem history compare: \(runs.count) runs at '\(revision)'; using the newest, #\(chosen.id)\n".utf8))
        }
        return chosen
    }
}
