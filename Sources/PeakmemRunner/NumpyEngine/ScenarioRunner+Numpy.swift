import Foundation
import PeakmemEngine
import PeakmemResults
import PeakmemScenario

extension ScenarioRunner {
    /// The NumPy driver's worker (the driver written into the run's workspace), or the failure
    /// every NumPy run reports when the environment was not checked or the driver could not be
    /// written.
    func numpyWorkerProcess() -> Result<WorkerProcess, RunFailure> {
        guard let environment = configuration.numpyEnvironment else {
            return .failure(RunFailure(kind: .error, message: "the NumPy engine was selected without a checked python3 environment"))
        }
        do {
            let driver = try NumpyDriver.install(in: workspace)
            // The real interpreter (sys.executable), not a wrapper script the sandbox would refuse.
            let command = NumpyDriver.command(python: environment.interpreter, driver: driver)
            return .success(WorkerProcess(executable: command.executable, arguments: command.arguments, timeout: configuration.timeout))
        } catch {
            return .failure(RunFailure(kind: .error, message: "cannot write the NumPy driver into \(workspace.path): \(error.localizedDescription)"))
        }
    }

    /// One measured run of a variant's `program` on NumPy (a program that could not be resolved
    /// is the run's failure), its result file beside the Swift run's when `besideSwift`.
    func runNumpy(_ worker: WorkerProcess, _ resolution: Result<VariantProgram, ScenarioError>, index: Int, first: Bool,
                  besideSwift: Bool) -> WorkerReply {
        let program: VariantProgram
        switch resolution {
        case .success(let resolved): program = resolved
        case .failure(let error): return WorkerProcess.failed(.error, error.description)
        }
        // Beside the Swift run's result with `both`, in its place with `numpy`.
        let resultPath = program.result != nil && first
            ? Self.resultFile(in: workspace, index: index, variant: program.variant, numpy: besideSwift).path
            : nil
        var request = WorkerRequest(file: program.file, variant: program.variant, scale: configuration.scale,
                                    overrides: configuration.overrides, warmup: configuration.warmup,
                                    interval: configuration.interval, memoryLimit: nil, resultPath: resultPath)
        request.numpy = NumpyProgram(program)
        return worker.run(request)
    }

    /// The figures that must be identical in every NumPy run of deterministic code.
    static let numpyExactFigures = ["peak_increment", "traced_peak_increment", "retained", "temporaries",
                                    "allocations", "allocated_total"]

    /// Summarizes the NumPy runs of one variant (or its skip).
    static func summarizeNumpy(_ variant: Variant, skip: String?, _ replies: [WorkerReply]) -> NumpyEngineResult {
        if let skip { return NumpyEngineResult(skipped: skip) }
        if let skipped = replies.compactMap(\.skipped).first {
            var result = NumpyEngineResult(skipped: skipped)
            result.output = replies.compactMap(\.output).last
            return result
        }
        var runs = replies.compactMap(\.numpy)
        for index in runs.indices.dropFirst() { runs[index].timeline = [] }
        let failure = replies.compactMap(\.failure).first
            ?? (runs.isEmpty ? RunFailure(kind: .worker, message: "no NumPy run") : nil)
        var figures: [String: Double] = [:]
        for run in runs {
            for (key, value) in run.figures { figures[key] = max(figures[key] ?? value, value) }
        }
        var expectations: [ExpectationVerdict] = []
        if let first = runs.first {
            let evaluator = ExpectationEvaluator(arrays: first.arrays)
            expectations = variant.expectations.map { expectation in
                let measured: Double? = switch expectation.metric {
                case .wallTime: first.time.wall
                case .cpuTime: first.time.cpu
                default: first.figures[expectation.metric.rawValue]
                }
                guard let measured else {
                    return ExpectationVerdict(metric: expectation.metric, comparison: expectation.comparison,
                                              expression: expectation.expression, expected: nil, measured: 0, passed: false,
                                              error: "\(expectation.metric) is not measured by the NumPy engine")
                }
                return evaluator.verdict(expectation, measured: measured)
            }
        }
        var result = NumpyEngineResult(status: failure == nil ? .ok : .failed, skipReason: nil, failure: failure, runs: runs,
                                       figures: figures, figureSources: NumpyMeasurement.figureSources,
                                       wallTime: TimeStatistics(runs.map(\.time.wall)), cpuTime: TimeStatistics(runs.map(\.time.cpu)),
                                       expectations: expectations, result: replies.first?.result, agreement: nil, fidelity: nil)
        result.output = replies.compactMap(\.output).last
        return result
    }

    /// With `--engine numpy`: the NumPy figures in the variant's own fields.
    static func numpyOnly(_ variant: Variant, semantics: String, _ numpy: NumpyEngineResult) -> VariantResult {
        let unstable = numpyExactFigures.filter { key in Set(numpy.runs.map { $0.figures[key] }).count > 1 }
        var result = VariantResult(name: variant.name, semantics: semantics, status: numpy.status == .failed ? .failed : .ok,
                                   failure: numpy.failure, runs: [], figures: numpy.figures, wallTime: numpy.wallTime,
                                   cpuTime: numpy.cpuTime, deterministic: unstable.isEmpty, nondeterministicMetrics: unstable,
                                   expectations: numpy.expectations, result: numpy.result, agreement: nil, ratios: [:])
        result.engine = .numpy
        result.numpy = numpy
        return result
    }

    /// With `--engine both`: the NumPy result beside the Swift one, its agreement with the
    /// Swift result and the fidelity verdict.
    static func withNumpy(_ swift: VariantResult, _ numpy: NumpyEngineResult?, index: Int, workspace: URL) -> VariantResult {
        guard var numpy else { return swift }
        var result = swift
        if numpy.status == .ok, swift.status == .ok {
            if let swiftPeak = swift.figures["peak_increment"], let numpyPeak = numpy.figures["peak_increment"] {
                numpy.fidelity = FidelityVerdict(swiftPeak: swiftPeak, numpyPeak: numpyPeak,
                                                 numpyTracedPeak: numpy.figures["traced_peak_increment"] ?? 0,
                                                 swiftTime: swift.wallTime?.median, numpyTime: numpy.wallTime?.median)
            }
            let swiftFile = resultFile(in: workspace, index: index, variant: swift.name).path
            let numpyFile = resultFile(in: workspace, index: index, variant: swift.name, numpy: true).path
            if let expected = try? NPYFormat.load(from: swiftFile), let actual = try? NPYFormat.load(from: numpyFile) {
                numpy.agreement = ResultComparison(reference: "swift", declared: nil).compare(actual, expected)
            }
        }
        result.numpy = numpy
        return result
    }
}
