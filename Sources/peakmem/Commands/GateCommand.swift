import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// `peakmem gate`: fails a CI build whose memory figures regressed against a baseline or broke
/// a scenario's limits.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Check results against a baseline and the scenarios' limits (CI gate).",
        discussion: """
            Compares every figure of every variant with the baseline: exact metrics (peak_increment, \
            temporaries, retained, allocations, allocated_total) with tolerance 0; RSS and jemalloc \
            figures with 10 % (at least 4 MiB); times are not gated unless --tolerance time=20%. \
            A scenario's `limits:` are absolute and always checked. Without RESULTS, runs the \
            baseline's scenario files at the baseline's scale and options (its --filter patterns \
            included) first. --record records the results checked (given or run) in the history \
            store (`peakmem history`). A variant of the baseline that RESULTS lacks is missing only when \
            its scenario ran and the run's recorded --filter patterns select it.

            Exit status: 0 pass; 1 a regression, an exceeded limit, a failed run or a variant \
            missing from the results; 2 bad input or usage; 3 the baseline is missing or was made \
            at another scale, with other parameters or on another machine class (OS/architecture/engine). \
            With a missing baseline, the limits of the given RESULTS are still checked (exit 1 \
            when one is exceeded).
            """
    )

    @Argument(help: ArgumentHelp("Results to check (default: run the scenarios now).", valueName: "RESULTS.json"))
    var results: String?

    @Option(help: ArgumentHelp("The baseline file.", valueName: "FILE"))
    var baseline: String = "reports/baseline.json"

    @Option(name: .customLong("tolerance"),
            help: ArgumentHelp("A metric's tolerance: METRIC=10%, =4096, =1MiB, =20ms, =10%,1MiB or =off; METRIC may be exact, rss, sampled, memory or time (repeatable).", valueName: "METRIC=VALUE"))
    var tolerances: [String] = []

    @Option(help: ArgumentHelp("Also write the summary as Markdown to this file ($GITHUB_STEP_SUMMARY is appended to when set).", valueName: "FILE"))
    var markdown: String?

    @Option(help: ArgumentHelp("Write JUnit XML (one test case per variant and metric).", valueName: "FILE"))
    var junit: String?

    @Option(name: .customLong("scenarios"), help: ArgumentHelp("Scenario files or directories to run when no RESULTS is given (default: the baseline's files).", valueName: "PATH"))
    var scenarioPaths: [String] = []

    @Option(help: ArgumentHelp("The array engine when no RESULTS is given: swift, numpy or both (default: the baseline's).", valueName: "ENGINE"))
    var engine: EngineSelection?

    @Option(help: ArgumentHelp("The NumPy engine's Python interpreter when no RESULTS is given (default: $PEAKMEM_PYTHON, else python3).", valueName: "PATH"))
    var python: String?

    @OptionGroup var recording: RecordOptions

    @Flag(name: .customLong("allow-partial"), help: "Gate results that hold only some shards of a split (a shard's file, or merge --allow-partial).")
    var allowPartial = false

    @Flag(help: "Print only the verdict table.")
    var quiet = false

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress line, even on a terminal.")
    var noProgress = false

    func run() throws {
        try CommandSupport.checkWritable(files: [markdown, junit])
        let recorder = try recording.recorder()
        var policy = GatePolicy.standard
        for specification in tolerances {
            do { try policy.apply(specification) } catch { throw CommandError.badInput("\(error)") }
        }
        let reference: Baseline
        do { reference = try Baseline.load(from: baseline) } catch let error as Baseline.LoadError {
            guard case .missing = error else { throw CommandError.badInput("\(error)") }
            FileHandle.standardError.write(Data("peakmem gate: \(error)\n".utf8))
            // The scenarios' limits hold without a baseline: check them when there are results.
            var summary = "## peakmem gate: ❌ no baseline\n\n\(error)\n"
            var limitsPassed = true
            if let results {
                let measured: RunResults
                measured = try CommandSupport.loadWholeResults(results, allowPartial: allowPartial)
                try recorder?.record(measured)
                let limits = GateEvaluation(results: measured, baseline: nil, policy: policy)
                print(Self.text(limits), terminator: "")
                summary += "\nThe scenarios' limits alone: \(limits.verdict).\n"
                limitsPassed = limits.passed
            }
            try writeSummary(summary)
            throw limitsPassed ? ExitCode.baselineUnusable : .regression
        }
        let measured: RunResults
        if let results {
            measured = try CommandSupport.loadWholeResults(results, allowPartial: allowPartial)
        } else {
            measured = try runScenarios(for: reference)
        }
        try recorder?.record(measured)
        if let reason = reference.incompatibility(with: measured) {
            FileHandle.standardError.write(Data("peakmem gate: cannot use \(baseline): \(reason)\n".utf8))
            try writeSummary("## peakmem gate: ❌ baseline not comparable\n\nCannot use `\(baseline)`: \(reason).\n")
            throw ExitCode.baselineUnusable
        }
        let evaluation = GateEvaluation(results: measured, baseline: reference, policy: policy)
        print(Self.text(evaluation), terminator: "")
        try writeSummary(evaluation.markdown(baselineDescription: reference.summary(path: baseline), results: measured))
        if let junit {
            do { try AtomicFileWriter.write(JUnitReport(evaluation: evaluation, results: measured).render(), to: junit) } catch {
                throw CommandError.badInput("\(error)")
            }
        }
        if !evaluation.passed { throw ExitCode.regression }
    }

    /// Writes the Markdown summary to `--markdown` and appends it to `$GITHUB_STEP_SUMMARY`
    /// when set — also when the gate cannot run (exit 3), so that a CI job page says why.
    func writeSummary(_ summary: String) throws(CommandError) {
        if let markdown {
            do { try AtomicFileWriter.write(summary, to: markdown) } catch { throw CommandError.badInput("\(error)") }
        }
        if let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
            try CommandSupport.append(summary, to: path)
        }
    }

    /// The table of every notable check, then the verdict line.
    static func text(_ evaluation: GateEvaluation) -> String {
        var table = TextTable(header: GateEvaluation.tableHeader)
        table.rows = evaluation.notable.map(evaluation.row)
        return (table.rows.isEmpty ? "" : table.render()) + evaluation.verdict + "\n"
    }

    /// Runs the baseline's scenarios (or `--scenarios`) with the baseline's scale and options.
    func runScenarios(for reference: Baseline) throws -> RunResults {
        guard let scale = Scale(rawValue: reference.scale) else {
            throw CommandError.badInput("\(baseline): unknown scale '\(reference.scale)'")
        }
        let paths = scenarioPaths.isEmpty ? Array(Set(reference.files.values)).sorted() : scenarioPaths
        let overrides = reference.options.overrides
        let options = reference.options
        var configuration = try CommandSupport.configuration(interval: options.interval, timeout: options.timeout,
                                                         memoryLimit: options.memoryLimit, warmup: options.warmup)
        configuration.timeoutDisabled = options.timeoutDisabled ?? false
        configuration.scale = scale
        configuration.overrides = overrides
        configuration.filters = reference.options.filters ?? []
        configuration.repeats = reference.options.repeats
        var engineOptions = EngineOptions()
        engineOptions.engine = engine ?? EngineSelection(rawValue: reference.machineClass.engine) ?? .swift
        engineOptions.python = python
        let suite = try CommandSupport.loadScenarios(paths.isEmpty ? ["scenarios"] : paths, scale: scale, overrides: overrides,
                                                    engine: engineOptions, sandbox: configuration.sandbox.option)
        try engineOptions.apply(to: &configuration, suite: suite)
        return try SuiteRun(scenarios: suite.scenarios, configuration: configuration, shard: nil, quiet: quiet,
                            progress: !noProgress).run()
    }
}
