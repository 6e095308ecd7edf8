import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemReports
import PeakmemResults

/// `peakmem history list`: the recorded runs in history order.
struct HistoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the recorded runs, oldest commit first."
    )

    @Option(help: ArgumentHelp("Only the newest N runs.", valueName: "N"))
    var last: Int?

    @OptionGroup var history: HistoryStoreOptions

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last expects a positive count") }
    }

    func run() throws {
        var runs: [RecordedRun]
        do { runs = try history.open().runs() } catch { throw CommandError.badInput("\(error)") }
        if let last { runs = Array(runs.suffix(last)) }
        guard !runs.isEmpty else {
            print("no runs recorded in \(history.store)")
            return
        }
        var table = TextTable(header: ["run", "commit", "date", "branch", "subject", "series", "peakmem", "variants", "recorded"])
        table.rightAligned = [0, 7]
        for run in runs {
            table.rows.append(["#\(run.id)", run.commit.shortHash + (run.commit.dirty ? "+" : ""), String(run.commit.date.prefix(10)),
                               run.commit.branch ?? "—", String(run.commit.subject.prefix(50)), run.series.description,
                               run.peakmemVersion, run.failedCount > 0 ? "\(run.variantCount) (\(run.failedCount) failed)" : "\(run.variantCount)",
                               String(run.recorded.prefix(19))])
        }
        print(table.render(), terminator: "")
        print("\(FigureFormatting.counted(runs.count, "run")) (+ after a commit: recorded with uncommitted changes)")
    }
}
