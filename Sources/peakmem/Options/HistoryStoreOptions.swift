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

    /// Opens the store, or fails (exit 2) saying why.
    func open() -> HistoryStore {
        do { return try HistoryStore(path: store) } catch { CommandSupport.fail("\(error)") }
    }

    /// The commit checked out in the repository, or fails (exit 2): history is keyed by commit.
    func head() -> CommitInfo {
        do { return try git.head() } catch {
            CommandSupport.fail("cannot read the git commit of \(repository) (history records are keyed by commit; --repository DIR names the repository): \(error)")
        }
    }
}
