import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemResults

/// `--record` for `peakmem run` and `peakmem gate`: also record the results in the history store.
struct RecordOptions: ParsableArguments {
    @Flag(help: "Record the results in the history store, keyed by the git commit checked out (see `peakmem history`).")
    var record = false

    @OptionGroup var history: HistoryStoreOptions

    /// What recording needs, read before the run so that a bad store or a missing repository
    /// fails (exit 2) before any measurement, and the commit is the one the run started at.
    struct Recorder {
        var store: HistoryStore
        var commit: CommitInfo

        /// Records `results` and says so on standard error.
        func record(_ results: RunResults) throws(CommandError) {
            do {
                let run = try store.record(results, commit: commit)
                FileHandle.standardError.write(Data("recorded run #\(run.id) at \(commit.shortHash)\(commit.dirty ? " (dirty)" : "") in \(store.path)\n".utf8))
            } catch { throw CommandError.badInput("\(error)") }
        }
    }

    /// The recorder when `--record` is given.
    func recorder() throws(CommandError) -> Recorder? {
        guard record else { return nil }
        let commit = try history.head()
        return Recorder(store: try history.open(), commit: commit)
    }
}
