import Foundation
import PeakmemEngine
import PeakmemMeasurement
import PeakmemResults
import PeakmemScenario

/// Runs the selected variants of scenarios, each measured run in a fresh worker process, one
/// at a time (concurrent workers would disturb each other's memory and timing figures), and
/// gathers the results: summaries over repeats, expectation verdicts, agreement of results,
/// ratios to the reference variant.
public final class ScenarioRunner {
    public let configuration: RunConfiguration
    private let progress: (RunProgress) -> Void
    let workspace: URL

    public init(configuration: RunConfiguration, progress: @escaping (RunProgress) -> Void = { _ in }) throws {
        self.configuration = configuration
        self.progress = progress
        // Workspaces and worker directories of runs that were killed are removed here.
        let temporary = FileManager.default.temporaryDirectory
        AbandonedFolders.remove(in: temporary, prefix: "peakmem-run-")
        AbandonedFolders.remove(in: temporary, prefix: WorkerProcess.directoryPrefix)
        workspace = temporary.appendingPathComponent("peakmem-run-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: workspace)
    }

    /// The Swift engine's worker: this executable in worker mode, with the jemalloc options of
    /// ``WorkerHeapPolicy``.
    func swiftWorkerProcess() -> WorkerProcess {
        WorkerProcess(executable: configuration.executable, arguments: configuration.workerArguments,
                      timeout: configuration.timeout, appliesHeapPolicy: true)
    }

    /// Runs every selected variant of `scenarios` and returns the results.
    public func run(_ scenarios: [Scenario]) -> RunResults {
        let worker = swiftWorkerProcess()
        let plans = scenarios.map { scenario in
            scenario.variants.map { variant in
                EnginePlan(scenario, variant, selection: configuration.engine,
                           swiftProblem: configuration.swiftSkips[RunConfiguration.key(scenario.name, variant.name)])
            }
        }
        let numpyWorker = configuration.engine.runsNumpy || plans.joined().contains(where: \.runsNumpy)
            ? numpyWorkerProcess() : nil
        var versions = (openblas: "unknown", jemalloc: "unknown")
        var results: [ScenarioResult] = []
        let started = ISO8601DateFormatter().string(from: Date())
        for (index, scenario) in scenarios.enumerated() {
            let selected = scenario.variants.filter { configuration.selects(scenario: scenario.name, variant: $0.name) }
            guard !selected.isEmpty else { continue }
            var variants: [VariantResult] = []
            for variant in selected {
                let plan = plans[index][scenario.variants.firstIndex(of: variant)!]
                var replies: [WorkerReply] = [], numpyReplies: [WorkerReply] = []
                // Resolved once per variant; every run of either engine gets this program.
                let program: Result<VariantProgram, ScenarioError>
                do {
                    program = .success(try VariantProgram(scenario: scenario, variant: variant, scale: configuration.scale,
                                                          overrides: configuration.overrides))
                } catch {
                    program = .failure(error)
                }
                for repeatIndex in 0..<configuration.repeats {
                    progress(.started(scenarioIndex: index, scenarioCount: scenarios.count, scenario: scenario.name,
                                      variant: variant.name, repeatIndex: repeatIndex, repeats: configuration.repeats))
                    // Interleaved with the Swift runs, so both engines see the same machine load.
                    if let numpyWorker, plan.runsNumpy, numpyReplies.last?.failure == nil, numpyReplies.last?.skipped == nil {
                        switch numpyWorker {
                        case .success(let process):
                            var process = prepared(process, scenario, variant, numpy: true)
                            // An asv-style benchmark's own `timeout` bounds its worker.
                            if let timeout = variant.benchmark?.timeout { process.timeout = timeout }
                            numpyReplies.append(runNumpy(process, program, index: index, first: repeatIndex == 0,
                                                         besideSwift: plan.runsSwift))
                        case .failure(let failure):
                            numpyReplies.append(WorkerProcess.failed(failure.kind, failure.message))
                        }
                    }
                    if plan.runsSwift, replies.last?.failure == nil {
                        let reply = runSwift(prepared(worker, scenario, variant, numpy: false), program, index: index, first: repeatIndex == 0)
                        if reply.openblasVersion != "unknown" { versions = (reply.openblasVersion, reply.jemallocVersion) }
                        replies.append(reply)
                    }
                }
                let semantics = scenario.semantics(of: variant).rawValue
                let numpy = configuration.engine.runsNumpy || plan.runsNumpy
                    ? Self.summarizeNumpy(variant, skip: plan.runsNumpy ? nil : plan.numpySkip, numpyReplies) : nil
                var summary = plan.runsSwift
                    ? Self.withNumpy(Self.summarize(variant, semantics: semantics, replies), numpy, index: index, workspace: workspace)
                    : Self.numpyOnly(variant, semantics: semantics, numpy!)
                summary.swiftSkipReason = plan.swiftSkip
                summary.benchmark = variant.benchmark
                summary.documented = Self.documented(variant)
                if case .success(let resolved) = program {
                    summary.code = VariantCode(setup: resolved.setup.map(\.text), run: resolved.run.text)
                }
                summary.limits = Self.limits(of: variant.name, in: scenario)
                variants.append(summary)
            }
            let reference = scenario.reference.flatMap { name in variants.contains { $0.name == name } ? name : nil }
                ?? variants[0].name
            Self.compareResults(&variants, reference: reference, scenario: scenario, index: index, workspace: workspace)
            VariantResult.computeRatios(&variants, reference: reference)
            for variant in variants { progress(.finished(scenario: scenario.name, variant: variant)) }
            let parameters = (try? scenario.parameterValues(scale: configuration.scale, overrides: configuration.overrides)) ?? [:]
            var result = ScenarioResult(name: scenario.name, file: scenario.file, title: scenario.title,
                                        source: scenario.source, reference: reference, parameters: parameters,
                                        variants: variants)
            result.summary = scenario.summary
            results.append(result)
        }
        var options = RunOptions(repeats: configuration.repeats, warmup: configuration.warmup,
                                 interval: configuration.interval, timeout: configuration.timeout,
                                 memoryLimit: configuration.memoryLimit,
                                 overrides: configuration.overrides)
        options.timeoutDisabled = configuration.timeoutDisabled ? true : nil
        options.defaultTimeout = configuration.timeoutDisabled ? nil : configuration.defaultTimeout
        options.sandbox = configuration.sandbox
        return RunResults(schema: RunResults.schemaIdentifier, peakmemVersion: PeakmemRunner.version, created: started,
                          scale: configuration.scale.rawValue, options: options,
                          machine: .current(openblas: versions.openblas, jemalloc: versions.jemalloc), scenarios: results)
    }

    /// One measured run of a variant's `program` in a Swift worker (a program that could not
    /// be resolved is the run's failure); the first run of a scenario that names a result writes it (``resultFile(in:index:variant:numpy:)``).
    func runSwift(_ worker: WorkerProcess, _ resolution: Result<VariantProgram, ScenarioError>, index: Int, first: Bool) -> WorkerReply {
        let program: VariantProgram
        switch resolution {
        case .success(let resolved): program = resolved
        case .failure(let error): return WorkerProcess.failed(.error, error.description)
        }
        let resultPath = program.result != nil && first
            ? Self.resultFile(in: workspace, index: index, variant: program.variant).path : nil
        var request = WorkerRequest(file: program.file, variant: program.variant, scale: configuration.scale,
                                    overrides: configuration.overrides, warmup: configuration.warmup,
                                    interval: configuration.interval, memoryLimit: configuration.memoryLimit,
                                    resultPath: resultPath, program: program)
        request.lines = configuration.lines ? true : nil
        return worker.run(request)
    }

    /// The `.npy` file in `workspace` the result of a variant's first run goes to:
    /// `INDEX-VARIANT.npy`, or `INDEX-VARIANT.numpy.npy` for a NumPy run beside a Swift one.
    static func resultFile(in workspace: URL, index: Int, variant: String, numpy: Bool = false) -> URL {
        workspace.appendingPathComponent("\(index)-\(variant)\(numpy ? ".numpy" : "").npy")
    }

    /// Summarizes the replies of one variant's runs.
    static func summarize(_ variant: Variant, semantics: String, _ replies: [WorkerReply]) -> VariantResult {
        var runs = replies.compactMap(\.measurement)
        for index in runs.indices.dropFirst() { runs[index].timeline.samples = [] }
        // The anatomy is exact, the same in every run: kept once, for the variant.
        let (anatomy, lines) = (runs.first?.peakAnatomy, runs.first?.lines)
        for index in runs.indices { (runs[index].peakAnatomy, runs[index].lines) = (nil, nil) }
        let failure = replies.compactMap(\.failure).first
        var figures: [String: Double] = [:]
        var unstable: [String] = []
        for metric in Metric.allCases where metric.kind != .timing {
            let values = runs.map { $0.value(of: metric) }
            guard let maximum = values.max() else { continue }
            figures[metric.rawValue] = maximum
            if metric.kind == .exact, Set(values).count > 1 { unstable.append(metric.rawValue) }
        }
        // Absent (nil) when no run completed.
        figures["memit_peak_mib"] = runs.map(\.memitPeakMiB).max()
        figures["memit_increment_mib"] = runs.map(\.memitIncrementMiB).max()
        var result = VariantResult(name: variant.name, semantics: semantics, status: failure == nil ? .ok : .failed,
                                   failure: failure, runs: runs, figures: figures,
                                   wallTime: TimeStatistics(runs.map(\.time.wall)), cpuTime: TimeStatistics(runs.map(\.time.cpu)),
                                   deterministic: unstable.isEmpty, nondeterministicMetrics: unstable,
                                   expectations: replies.first?.expectations ?? [], result: replies.first?.result,
                                   agreement: nil, ratios: [:])
        result.einsumPaths = replies.first?.einsumPaths
        result.peakAnatomy = anatomy
        result.lines = lines
        return result
    }

    /// The variant's documented figures by key, in bytes or seconds; nil when it has none.
    static func documented(_ variant: Variant) -> [String: Double]? {
        variant.documented.isEmpty ? nil
            : Dictionary(variant.documented.map { ($0.key, $0.quantity.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The scenario's limits on `variant` by metric name; nil when it has none.
    static func limits(of variant: String, in scenario: Scenario) -> [String: Double]? {
        let own = scenario.limits.filter { $0.variant == variant }
        return own.isEmpty ? nil : Dictionary(own.map { ($0.metric.rawValue, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Compares each variant's result array with the reference variant's.
    static func compareResults(_ variants: inout [VariantResult], reference: String, scenario: Scenario, index: Int,
                               workspace: URL) {
        guard scenario.result != nil else { return }
        func load(_ name: String) -> NDArray? {
            try? NPYFormat.load(from: resultFile(in: workspace, index: index, variant: name).path)
        }
        guard let base = variants.first(where: { $0.name == reference }), base.status == .ok, let expected = load(reference) else { return }
        for i in variants.indices where variants[i].status == .ok && variants[i].name != reference {
            guard let actual = load(variants[i].name) else { continue }
            let declared = scenario.variant(named: variants[i].name)?.tolerance ?? scenario.tolerance
            variants[i].agreement = ResultComparison(reference: reference, declared: declared).compare(actual, expected)
        }
    }
}

/// The runner's version string, recorded in results.
public enum PeakmemRunner {
    public static let version = "0.1.0"
}
