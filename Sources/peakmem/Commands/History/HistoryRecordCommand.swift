import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemReports
import PeakmemResults

/// `peakmem history record RESULTS.json`: records a results file at the current commit.
struct HistoryRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a results file in the store, keyed by the git commit checked out (or --commit REV)."
    )

    @Argument(help: ArgumentHelp("A results file (schema peakmem-results/1).", valueName: "RESULTS.json"))
    var results: String

    @Option(help: ArgumentHelp("Key the run by this commit instead of the one checked out (its branch is not known, it is not dirty).", valueName: "REV"))
    var commit: String?

    @OptionGroup var history: HistoryStoreOptions

    func run() throws {
        let loaded: RunResults
        do { loaded = try ResultsFile.load(from: results) } catch { throw CommandError.badInput("\(error)") }
        let info: CommitInfo
        if let commit {
            do { info = try history.git.commit(commit) } catch { throw CommandError.badInput("unknown commit '\(commit)': \(error)") }
        } else {
            info = try history.head()
        }
        let store = try history.open()
        let run: RecordedRun
        do { run = try store.record(loaded, commit: info) } catch { throw CommandError.badInput("\(error)") }
        print("recorded run #\(run.id): \(info.shortHash)\(info.dirty ? " (dirty)" : "") \(info.subject) — "
              + "\(run.series), \(FigureFormatting.counted(run.variantCount, "variant"))"
              + (run.failedCount > 0 ? " (\(run.failedCount) failed)" : ""))
    }
}
