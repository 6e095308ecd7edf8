import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemReports
import PeakmemResults

/// `peakmem history export`: the store as JSON or CSV.
struct HistoryExportCommand: ParsableCommand {
    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the recorded runs and their figures as JSON (peakmem-history-export/1) or CSV.",
        discussion: "The formats are documented in docs/history.md."
    )

    @Option(help: "The format: json or csv.")
    var format: Format = .json

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file (default: standard output).", valueName: "FILE"))
    var output: String?

    @Option(name: [.customLong("variant"), .customLong("filter")],
            help: ArgumentHelp("Only the variants matching this glob, as VARIANT or SCENARIO/VARIANT (repeatable).", valueName: "PATTERN"))
    var filters: [String] = []

    @Option(name: .customLong("metric"), help: ArgumentHelp("Only this figure (repeatable).", valueName: "METRIC"))
    var metrics: [String] = []

    @OptionGroup var history: HistoryStoreOptions

    func run() throws {
        try CommandSupport.checkWritable(files: [output])
        let selection = VariantSelection(filters)
        let export: HistoryExport
        do {
            export = try HistoryExport(store: try history.open(), keyMatches: { key in
                let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
                return parts.count == 2 && selection.selects(scenario: parts[0], variant: parts[1])
            }, metrics: metrics.isEmpty ? nil : Set(metrics))
        } catch { throw CommandError.badInput("\(error)") }
        let text: String
        switch format {
        case .json:
            do { text = try export.json() } catch { throw CommandError.badInput("\(error)") }
        case .csv: text = export.csv()
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try AtomicFileWriter.write(text, to: output) } catch { throw CommandError.badInput("\(error)") }
    }
}
