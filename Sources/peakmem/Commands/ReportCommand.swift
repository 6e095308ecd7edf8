import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner

/// `peakmem report RESULTS.json [-o DIR]`: renders a report from results without running.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the Markdown/SVG report of a results file without running anything."
    )

    @Argument(help: ArgumentHelp("A results file (schema peakmem-results/1).", valueName: "RESULTS.json"))
    var results: String

    @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("The report directory.", valueName: "DIR"))
    var out: String = ReportLocation.defaultDirectory

    func run() throws {
        let loaded: RunResults
        do { loaded = try ResultsFile.load(from: results) } catch { throw CommandError.badInput("\(error)") }
        do { try ReportSet(results: loaded).write(to: out) } catch { throw CommandError.badInput("\(error)") }
        print("report written to \(out)/REPORT.md (\(FigureFormatting.counted(loaded.scenarios.count, "scenario")))")
    }
}
