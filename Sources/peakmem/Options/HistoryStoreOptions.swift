import ArgumentParser
import Foundation
import PeakmemHistory

/// `--store PATH` and `--repository DIR`: the history store and the git repository whose
/// commits key it.
struct HistoryStoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The history store (SQLite).", valueName: "PATH"))
    var store: String = HistoryStore.defaultPath

    @Option(help: ArgumentHelp("A directory of the git repository whose commits key the runs (default: the current directory).", valueName: "DIR"))
    var repository: String = "."

    var git: GitRepository { GitRepository(directory: repository) }

    /// Opens the store, or throws why (exit 2).
    func open() throws(CommandError) -> HistoryStore {
        do { return try HistoryStore(path: store) } catch { throw CommandError.badInput("\(error)") }
    }

    /// The commit checked out in the repository, or throws (exit 2): history is keyed by commit.
    func head() throws(CommandError) -> CommitInfo {
        do { return try git.head() } catch {
            throw CommandError.badInput("cannot read the git commit of \(repository) (history records are keyed by commit; --repository DIR names the repository): \(error)")
        }
    }
}
