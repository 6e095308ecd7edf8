import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemReports
import PeakmemResults
import PeakmemRunner

/// `peakmem report RESULTS.json [-o DIR] [--history]`: renders a report from results without
/// running; with `--history`, adds the trends of the history store.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the Markdown/SVG report of a results file without running anything.",
        discussion: """
            --history adds history.md (every change of an exact figure over the recorded commits, \
            with its commit) and a trend chart per variant and metric (exact peak increment, RSS \
            peak, wall time) under charts/history/, marking the commits where an exact figure \
            changed. They cover one series of the store: the machine class and scale of \
            RESULTS.json, or without it those of the newest recorded run.
            """
    )

    @Argument(help: ArgumentHelp("A results file (schema peakmem-results/1); optional with --history.", valueName: "RESULTS.json"))
    var results: String?

    @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("The report directory.", valueName: "DIR"))
    var out: String = ReportLocation.defaultDirectory

    @Flag(help: "Add the trends over commits from the history store.")
    var history = false

    @Option(help: ArgumentHelp("The history store (SQLite).", valueName: "PATH"))
    var store: String = HistoryStore.defaultPath

    func validate() throws {
        if results == nil, !history { throw ValidationError("give a results file (RESULTS.json), or --history") }
    }

    func run() throws {
        var loaded: RunResults?
        if let results {
            do { loaded = try ResultsFile.load(from: results) } catch { throw CommandError.badInput("\(error)") }
        }
        var files: [String: String] = [:]
        if let loaded {
            do { files = try ReportSet(results: loaded).files() } catch { throw CommandError.badInput("\(error)") }
        }
        if history {
            do {
                let store = try HistoryStore(path: store)
                var series = try HistoryView.series(in: store).newest
                if let loaded { series = HistorySeries(machineClass: MachineClass(loaded), scale: loaded.scale) }
                guard let series else { throw CommandError.badInput("no runs recorded in \(self.store): nothing to draw (record with `peakmem history record` or `run --record`)") }
                let view = try HistoryView(store: store, series: series)
                files.merge(try HistoryReport(view: view).files()) { _, history in history }
                files["REPORT.md"]? += "\n## History\n\n[\(HistoryReport.pageName)](\(HistoryReport.pageName)): "
                    + "\(FigureFormatting.counted(view.runs.count, "recorded run")) of \(series), with the trend of every variant.\n"
            } catch let error as CommandError {
                throw error
            } catch { throw CommandError.badInput("\(error)") }
        }
        do { try AtomicFileWriter.write(files, into: out) } catch { throw CommandError.badInput("\(error)") }
        let index = loaded == nil ? HistoryReport.pageName : "REPORT.md"
        print("report written to \(out)/\(index)" + (loaded.map { " (\(FigureFormatting.counted($0.scenarios.count, "scenario")))" } ?? ""))
    }
}
