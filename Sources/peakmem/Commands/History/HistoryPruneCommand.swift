import ArgumentParser
import Foundation
import PeakmemHistory

/// `peakmem history prune`: deletes runs from the store.
struct HistoryPruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete recorded runs: the oldest, those before a date, dirty ones, or by id; then compact the file.",
        discussion: "A run is deleted when any criterion given selects it. --dry-run lists them without deleting."
    )

    @Option(name: .customLong("keep-last"), help: ArgumentHelp("Keep the runs of the newest N commits of each series; delete older ones.", valueName: "N"))
    var keepLast: Int?

    @Option(help: ArgumentHelp("Delete runs of commits dated before this day.", valueName: "YYYY-MM-DD"))
    var before: String?

    @Flag(help: "Delete runs recorded with uncommitted changes.")
    var dirty = false

    @Option(name: .customLong("run"), help: ArgumentHelp("Delete this run (repeatable).", valueName: "ID"))
    var ids: [Int64] = []

    @Flag(name: .customLong("dry-run"), help: "List what would be deleted; delete nothing.")
    var dryRun = false

    @OptionGroup var history: HistoryStoreOptions

    func validate() throws {
        if keepLast == nil, before == nil, !dirty, ids.isEmpty {
            throw ValidationError("say what to prune: --keep-last N, --before DATE, --dirty or --run ID")
        }
        if let keepLast, keepLast < 1 { throw ValidationError("--keep-last expects a positive count") }
        if let before, before.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil {
            throw ValidationError("--before expects a day as YYYY-MM-DD, got '\(before)'")
        }
    }

    func run() throws {
        let store = try history.open()
        do {
            let runs = try store.runs()
            let doomed = Self.selection(runs, keepLast: keepLast, before: before, dirty: dirty, ids: Set(ids))
            for run in doomed {
                print("\(dryRun ? "would delete" : "delete") #\(run.id) \(run.commit.shortHash)\(run.commit.dirty ? "+" : "") \(run.commit.date.prefix(10)) \(run.series)")
            }
            if dryRun {
                print("\(doomed.count) of \(runs.count) runs would be deleted")
                return
            }
            let deleted = try store.delete(runs: doomed.map(\.id))
            if deleted > 0 { try store.compact() }
            print("deleted \(deleted) of \(runs.count) runs")
        } catch { throw CommandError.badInput("\(error)") }
    }

    /// The runs (in history order) that the criteria select.
    static func selection(_ runs: [RecordedRun], keepLast: Int?, before: String?, dirty: Bool, ids: Set<Int64>) -> [RecordedRun] {
        var doomed = Set<Int64>()
        if let keepLast {
            for series in Set(runs.map(\.series)) {
                var commits: [String] = []
                for run in runs.reversed() where run.series == series && !commits.contains(run.commit.hash) {
                    commits.append(run.commit.hash)
                }
                let kept = Set(commits.prefix(keepLast))
                doomed.formUnion(runs.filter { $0.series == series && !kept.contains($0.commit.hash) }.map(\.id))
            }
        }
        if let before { doomed.formUnion(runs.filter { $0.commit.date.prefix(10) < before }.map(\.id)) }
        if dirty { doomed.formUnion(runs.filter(\.commit.dirty).map(\.id)) }
        doomed.formUnion(ids.filter { id in runs.contains { $0.id == id } })
        return runs.filter { doomed.contains($0.id) }
    }
}
