import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner

/// `peakmem merge A.json B.json ... -o results.json`: joins the results of shards.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the results of shards (peakmem run --shard i/n) into one results file.",
        discussion: "Exit status 0, or 2 when the inputs do not fit together (scale, overrides, machine class, overlapping shards) or, without --allow-partial, lack some shards of their split (named)."
    )

    @Argument(help: ArgumentHelp("Results files of the shards.", valueName: "RESULTS.json"))
    var inputs: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The merged results file.", valueName: "FILE"))
    var output: String

    @Option(name: .customLong("out"), help: ArgumentHelp("Also write the merged report into this directory.", valueName: "DIR"))
    var reportDirectory: String?

    @Flag(name: .customLong("allow-partial"), help: "Merge an incomplete set of shards; the result keeps a shard marker (i+j/n), which gate and baseline update refuse unless told.")
    var allowPartial = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one results file") }
    }

    func run() throws {
        try CommandSupport.checkWritable(files: [output], directories: [reportDirectory])
        var loaded: [(path: String, results: RunResults)] = []
        for path in inputs {
            do { loaded.append((path, try ResultsFile.load(from: path))) } catch { throw CommandError.badInput("\(error)") }
        }
        let merged: RunResults
        do { merged = try ResultsMerge.merge(loaded, allowPartial: allowPartial) } catch { throw CommandError.badInput("\(error)") }
        do { try ResultsFile.write(merged, to: output) } catch { throw CommandError.badInput("\(error)") }
        if let reportDirectory {
            do { try ReportSet(results: merged).write(to: reportDirectory) } catch { throw CommandError.badInput("\(error)") }
        }
        let count = merged.scenarios.reduce(0) { $0 + $1.variants.count }
        print("merged \(FigureFormatting.counted(inputs.count, "file")) into \(output): "
              + "\(FigureFormatting.counted(merged.scenarios.count, "scenario")), \(FigureFormatting.counted(count, "variant"))")
    }
}
