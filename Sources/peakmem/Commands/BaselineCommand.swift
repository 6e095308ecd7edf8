import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// `peakmem baseline`: manages the gate's baseline file.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Manage the gate's baseline (docs/baseline-format.md).",
        subcommands: [Update.self]
    )

    /// `peakmem baseline update [RESULTS.json]`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Write the baseline from results (or from a run of the scenarios), atomically.",
            discussion: """
                Records every figure of every successful variant, with the scale, parameters, \
                options, versions, machine and machine class. Without RESULTS, runs the scenarios \
                (default scenarios/) at --scale first. Refuses results with a failed run, a \
                disagreeing result or an unmerged shard (exit 1 / 2).
                """
        )

        @Argument(help: ArgumentHelp("Results to record (default: run the scenarios now).", valueName: "RESULTS.json"))
        var results: String?

        @Option(help: ArgumentHelp("The baseline file to write.", valueName: "FILE"))
        var baseline: String = "reports/baseline.json"

        @Option(help: "The scale to run at when no RESULTS is given.")
        var scale: Scale = .quick

        @Option(name: .customLong("scenarios"), help: ArgumentHelp("Scenario files or directories to run when no RESULTS is given.", valueName: "PATH"))
        var scenarioPaths: [String] = []

        @OptionGroup var measurement: MeasurementOptions

        @OptionGroup var engine: EngineOptions

        @Flag(name: .customLong("allow-partial"), help: "Record results that hold only some shards of a split (a shard's file, or merge --allow-partial).")
        var allowPartial = false

        @Flag(help: "Print only the summary.")
        var quiet = false

        func run() throws {
            try CommandSupport.checkWritable(files: [baseline])
            let measured: RunResults
            if let results {
                measured = try CommandSupport.loadWholeResults(results, allowPartial: allowPartial)
            } else {
                let suite = try CommandSupport.loadScenarios(scenarioPaths.isEmpty ? ["scenarios"] : scenarioPaths,
                                                            scale: scale, overrides: [:], engine: engine,
                                                            sandbox: measurement.sandboxOption)
                var configuration = try CommandSupport.configuration(measurement, defaults: .single)
                configuration.scale = scale
                try engine.apply(to: &configuration, suite: suite)
                measured = try SuiteRun(scenarios: suite.scenarios, configuration: configuration, shard: nil, quiet: quiet,
                                        progress: false).run()
            }
            if let shard = measured.options.shard, !allowPartial {
                throw CommandError.badInput("the results are shard \(shard) only: merge the shards first (peakmem merge)")
            }
            let failed = measured.scenarios.flatMap { s in
                s.variants.filter { $0.status != .ok || $0.agreement?.agrees == false }.map { FigureTable.key(s.name, $0.name) }
            }
            guard failed.isEmpty else {
                FileHandle.standardError.write(Data("peakmem baseline update: not recording a baseline with failed or disagreeing variants: \(failed.joined(separator: ", "))\n".utf8))
                throw ExitCode.runFailed
            }
            let written = Baseline(results: measured)
            do { try written.write(to: baseline) } catch { throw CommandError.badInput("\(error)") }
            let filtered = written.options.filters.map { " (only the variants of --filter \($0.map { "'\($0)'" }.joined(separator: " ")))" } ?? ""
            print("wrote \(baseline): \(FigureFormatting.counted(written.variants.count, "variant")), scale \(written.scale), "
                  + "machine class \(written.machineClass)\(filtered)")
        }
    }
}
