import Foundation
import PeakmemEngine
import PeakmemLanguage
import PeakmemMeasurement
import PeakmemResults
import PeakmemRuntime
import PeakmemScenario

/// The inside of a worker process: carries out one ``WorkerRequest`` with the protocol of
/// DESIGN §2 and answers with a ``WorkerReply``.
///
/// 1. take the request's ``VariantProgram`` (resolved by the parent: the worker reads no
///    scenario file) and parse its code; apply the
///    worker's half of ``WorkerHeapPolicy`` (freed buffers under 32 MiB stay with the
///    allocator for reuse until the quiesce purges them, as in NumPy's glibc heap);
/// 2. run the scenario's setup, then the variant's (not measured);
/// 3. warm-up executions of `run`, each followed by restoring the post-setup bindings;
/// 4. the measurement: quiesce, baselines, peak resets, sampler, the timed `run`, collection;
/// 5. the expectations, evaluated against the measured figures;
/// 6. the result array written to `resultPath` as `.npy`.
///
/// Every failure becomes a ``RunFailure`` in the reply; a worker only dies on a crash.
public struct ScenarioWorker {
    public let request: WorkerRequest

    public init(request: WorkerRequest) {
        self.request = request
    }

    /// Carries out the request.
    public func run() -> WorkerReply {
        let versions = Self.versions()
        do {
            let (measurement, expectations, result, paths) = try execute()
            var reply = WorkerReply(measurement: measurement, failure: nil, expectations: expectations, result: result,
                                    openblasVersion: versions.openblas, jemallocVersion: versions.jemalloc)
            reply.einsumPaths = paths.isEmpty ? nil : paths
            return reply
        } catch let failure as RunFailure {
            return WorkerReply(measurement: nil, failure: failure, openblasVersion: versions.openblas,
                               jemallocVersion: versions.jemalloc)
        } catch {
            return WorkerReply(measurement: nil, failure: RunFailure(kind: .error, message: "\(error)"),
                               openblasVersion: versions.openblas, jemallocVersion: versions.jemalloc)
        }
    }

    /// The environment variable naming the directory scenario code runs in (set by the parent
    /// for each worker).
    public static let workDirectoryVariable = "PEAKMEM_WORKER_DIRECTORY"

    private func execute() throws -> (MeasurementResult, [ExpectationVerdict], ResultDescription?, [EinsumPathRecord]) {
        guard let program = request.program else {
            throw RunFailure(kind: .worker, message: "the request for \(request.file) variant '\(request.variant)' carries no program")
        }
        // Scenario code runs in the directory the parent made for this worker (relative file
        // names of np.memmap, np.save land there and are removed with it).
        if let directory = ProcessInfo.processInfo.environment[Self.workDirectoryVariable] {
            guard FileManager.default.changeCurrentDirectoryPath(directory) else {
                throw RunFailure(kind: .worker, message: "cannot enter the worker's directory \(directory)")
            }
        }
        do {
            try WorkerHeapPolicy.apply(to: Jemalloc())
        } catch {
            throw RunFailure(kind: .worker, message: "the worker's heap policy could not be applied: \(error)")
        }
        let setup: [Program], run: Program
        do {
            setup = try program.setup.map { code throws(LanguageError) in try code.parse() }
            run = try program.run.parse()
        } catch {
            throw RunFailure(kind: .error, message: error.description)
        }
        let context = RuntimeContext(semantics: program.semantics,
                                     output: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) })
        if let directory = ProcessInfo.processInfo.environment[Self.workDirectoryVariable] {
            context.files = .confined(workspace: directory, data: program.data)
        }
                let environment = Environment.standard(parameters: program.parameters.mapValues(Self.value))
        let interpreter = Interpreter(context: context, environment: environment)
        Ledger.shared.limit = request.memoryLimit
        WorkerSupervisor.announceScenarioCode()

        for block in setup { try self.run(interpreter, block) }
        if request.warmup > 0 {
            let bindings = environment.boundNames.map { ($0, environment[$0]!) }
            for _ in 0..<request.warmup {
                try self.run(interpreter, run)
                environment.removeAll()
                for (name, value) in bindings { environment.bind(name, value) }
            }
        }

        let measurement: MemoryMeasurement
        do {
            measurement = try MemoryMeasurement(configuration: .init(samplingInterval: .nanoseconds(Int64(request.interval * 1e9))))
        } catch {
            throw RunFailure(kind: .worker, message: "the measurement could not start: \(error)")
        }
        let measured: Measured<Void>
        // The einsum paths are recorded during the measured run only (the log's few small
        // records are Swift allocations, outside the ledger).
        let paths = EinsumPathLog()
        context.einsumPaths = paths
        defer { context.einsumPaths = nil }
        let profilesLines = request.lines == true
        var lineFigures: [LineFigures]?
        do {
            measured = try measurement.measure {
                let process = measurement.process
                let readRSS: @Sendable () -> Int = { (try? process.status().vmRSS) ?? 0 }
                if profilesLines { Ledger.shared.startLineProfile(rss: readRSS(), readRSS: readRSS) }
                try self.run(interpreter, run)
                if profilesLines { lineFigures = Ledger.shared.finishLineProfile(rss: readRSS()) }
            }
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(kind: .worker, message: "the measurement failed: \(error)")
        }
        var figures = measured.result
        figures.lines = lineFigures.map { Self.withText($0, from: [run] + setup) }
        let verdicts = program.expectations.map { ExpectationEvaluator(environment: environment).verdict($0, figures) }
        let result = try writeResult(program.result, environment: environment)
        return (figures, verdicts, result, paths.records)
    }

    /// `figures` with each line's text from the program whose block holds it.
    static func withText(_ figures: [LineFigures], from programs: [Program]) -> [LineFigures] {
        figures.map { entry in
            var entry = entry
            for program in programs {
                let origin = program.source.origin
                if let text = program.source.fileLineText(entry.line - origin.firstLine + 1), entry.line >= origin.firstLine {
                    entry.text = text
                    break
                }
            }
            return entry
        }
    }

    /// Runs one program; an error in it becomes the run's failure (a memory-limit error its
    /// own kind).
    private func run(_ interpreter: Interpreter, _ program: Program) throws(RunFailure) {
        do {
            try interpreter.run(program)
        } catch {
            let kind = Self.failureKind(of: error)
            var failure = RunFailure(kind: kind, message: error.description)
            failure.limit = kind == .memoryLimit ? .ledger : nil
            throw failure
        }
    }

    /// The kind of run failure `error` is: ``RunFailure/Kind/memoryLimit`` when the engine
    /// refused an allocation past `--memory-limit`, else ``RunFailure/Kind/error``.
    static func failureKind(of error: LanguageError) -> RunFailure.Kind {
        switch (error.cause as? RuntimeError)?.cause {
        case .engine(.memoryLimitExceeded)?: .memoryLimit
        default: .error
        }
    }

    /// Writes the variable named by `result:` as `.npy` for the parent's agreement check.
    private func writeResult(_ name: String?, environment: Environment) throws(RunFailure) -> ResultDescription? {
        guard let name else { return nil }
        guard let value = environment[name] else {
            throw RunFailure(kind: .error, message: "\(request.file): error: the variant '\(request.variant)' did not bind the result '\(name)'")
        }
        let array: NDArray
        do {
            array = try value.asArray(for: "the result '\(name)'")
        } catch {
            throw RunFailure(kind: .error, message: "\(request.file): error: the result '\(name)' is not an array: \(error)")
        }
        if let path = request.resultPath {
            Ledger.shared.limit = nil
            do { try NPYFormat.save(array, to: path) } catch {
                throw RunFailure(kind: .worker, message: "cannot write the result: \(error)")
            }
        }
        return ResultDescription(name: name, dtype: array.dtype.rawValue, shape: array.shape)
    }

    static func value(_ parameter: ParameterValue) -> Value {
        switch parameter {
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        case .bool(let b): .bool(b)
        case .string(let s): .string(s)
        }
    }

    static func versions() -> (openblas: String, jemalloc: String) {
        let openblas = (try? OpenBLASInfo.current().version) ?? "unknown"
        let jemalloc = (try? Jemalloc().version) ?? "unknown"
        return (openblas, jemalloc)
    }
}
