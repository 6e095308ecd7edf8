import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// `peakmem run`: measures the variants of scenario files, each run in a fresh worker.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scenarios and measure every variant.",
        discussion: """
            Each measured run of a variant happens in a fresh worker process (the scenario's \
            setup, the variant's setup, then the measured `run`). At the end a table per \
            scenario shows the exact peak increment, temporaries, RSS peak, median time, ratios \
            to the reference variant and whether the results agree. Exit status: 0 when every \
            run succeeded, agreed and met its expectations; 1 when a run failed (error, memory \
            limit, timeout, crash), results disagree or an expectation failed; 2 for bad input.

            The report (REPORT.md, one page per scenario, SVG charts, results.json) is written \
            into --out DIR (default .peakmem/report), atomically. --shard i/n runs the i-th of n contiguous \
            shares of the selected variants (plus each touched scenario's reference variant); \
            `peakmem merge` joins the shards' results. --record also records the results in the \
            history store (`peakmem history`), keyed by the git commit checked out.
            """
    )

    @Argument(help: "Scenario files, asv-style benchmark files (*.py) or directories of them (default: scenarios/).")
    var paths: [String] = []

    @Option(help: "The parameter column: quick, doc or large.")
    var scale: Scale = .quick

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a parameter (repeatable).", valueName: "NAME=VALUE"))
    var overrides: [String] = []

    @Option(name: [.customLong("variant"), .customLong("filter")],
            help: ArgumentHelp("Only the variants matching this glob, as VARIANT or SCENARIO/VARIANT (repeatable).", valueName: "PATTERN"))
    var filters: [String] = []

    @OptionGroup var measurement: MeasurementOptions

    @OptionGroup var engine: EngineOptions

    @Option(help: ArgumentHelp("Write the results as JSON (schema peakmem-results/1).", valueName: "FILE"))
    var json: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("Write the report into this directory.", valueName: "DIR"))
    var out: String = ReportLocation.defaultDirectory

    @Flag(name: .customLong("no-report"), help: "Do not write the report directory.")
    var noReport = false

    @Option(help: ArgumentHelp("Run only share i of n of the selected variants (1 ≤ i ≤ n).", valueName: "i/n"))
    var shard: Shard?

    @OptionGroup var recording: RecordOptions

    @Flag(help: "Print only the final tables.")
    var quiet = false

    @Flag(help: "Also print what each variant's code printed on the NumPy engine (always shown for a failed run).")
    var verbose = false

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress line, even on a terminal.")
    var noProgress = false

    func validate() throws {
        for item in overrides where !item.contains("=") {
            throw ValidationError("--set expects NAME=VALUE, got '\(item)'")
        }
    }

    func run() throws {
        try CommandSupport.checkWritable(files: [json], directories: [noReport ? nil : out])
        let suite = try CommandSupport.loadScenarios(paths.isEmpty ? ["scenarios"] : paths, scale: scale,
                                                    overrides: parsedOverrides, engine: engine, sandbox: measurement.sandboxOption)
        let recorder = try recording.recorder()
        var configuration = try CommandSupport.configuration(measurement, defaults: .run)
        configuration.scale = scale
        configuration.overrides = parsedOverrides
        configuration.filters = filters
        try engine.apply(to: &configuration, suite: suite)
        let results = try SuiteRun(scenarios: suite.scenarios, configuration: configuration, shard: shard, quiet: quiet,
                                   progress: !noProgress).run()
        for scenario in results.scenarios {
            print(RunSummary.table(scenario))
            if let comparison = RunSummary.numpyTable(scenario) { print(comparison) }
            if let details = RunSummary.details(scenario, verbose: verbose) { print(details) }
        }
        if let lines = LineProfileTable.render(results) { print(lines) }
        if let json {
            do { try ResultsFile.write(results, to: json) } catch { throw CommandError.badInput("\(error)") }
        }
        try recorder?.record(results)
        if !noReport {
            do { try ReportSet(results: results).write(to: out) } catch {
                throw CommandError.badInput("\(error)")
            }
            if !quiet { FileHandle.standardError.write(Data("report written to \(out)/REPORT.md\n".utf8)) }
        }
        let expectationsFailed = results.scenarios.contains { $0.variants.contains { $0.expectations.contains { !$0.passed } } }
        if results.hasFailures || expectationsFailed { throw ExitCode.runFailed }
    }

    var parsedOverrides: [String: ParameterValue] {
        Dictionary(overrides.map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], ParameterValue(parsing: parts.count > 1 ? parts[1] : ""))
        }, uniquingKeysWith: { _, last in last })
    }
}
