import PeakmemEngine
import PeakmemMeasurement

/// A worker's answer: the figures of its measured run, or why it failed.
public struct WorkerReply: Sendable, Codable, Hashable {
    /// The figures, when the run completed.
    public var measurement: MeasurementResult?
    /// Why the run did not complete (an error in the code, the memory limit, ...).
    public var failure: RunFailure?
    /// The expectations of the variant, evaluated after the run.
    public var expectations: [ExpectationVerdict]
    /// The result array's dtype and shape, when the scenario names a result.
    public var result: ResultDescription?
    /// Versions read inside the worker.
    public var openblasVersion: String
    public var jemallocVersion: String
    /// The NumPy driver's figures (its `measurement` is nil).
    public var numpy: NumpyMeasurement?
    /// The einsum calls of the measured run that planned a contraction path, identical calls
    /// collapsed with a count; nil when there were none.
    public var einsumPaths: [EinsumPathRecord]?

    public init(measurement: MeasurementResult?, failure: RunFailure?, expectations: [ExpectationVerdict] = [],
                result: ResultDescription? = nil, openblasVersion: String, jemallocVersion: String) {
        self.measurement = measurement
        self.failure = failure
        self.expectations = expectations
        self.result = result
        self.openblasVersion = openblasVersion
        self.jemallocVersion = jemallocVersion
    }

    enum CodingKeys: String, CodingKey {
        case measurement, failure, expectations, result, numpy
        case einsumPaths = "einsum_paths"
        case openblasVersion = "openblas_version"
        case jemallocVersion = "jemalloc_version"
    }
}

/// Why a run failed.
public struct RunFailure: Error, Sendable, Codable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The scenario code raised an error (its message has the file position).
        case error
        /// The run allocated past `--memory-limit`.
        case memoryLimit = "memory_limit"
        /// The worker was killed after `--timeout`.
        case timeout
        /// The worker died (a signal, or an exit without a reply).
        case crash
        /// The worker could not be started or answered something unreadable.
        case worker
    }

    /// Which limit of `--memory-limit` ended a ``Kind/memoryLimit`` run.
    public enum Limit: String, Sendable, Codable, Hashable {
        /// The live array bytes counted by the Swift engine's ledger.
        case ledger
        /// The resident memory of the worker and every process it started (the supervisor's
        /// watchdog; both engines): Python objects, strings, memory-mapped pages written...
        case resident
    }

    public var kind: Kind
    public var message: String
    /// The last lines the worker wrote to standard error, for crashes.
    public var stderrTail: String?
    /// For a memory-limit failure: which limit fired.
    public var limit: Limit?

    public init(kind: Kind, message: String, stderrTail: String? = nil) {
        self.kind = kind
        self.message = message
        self.stderrTail = stderrTail
    }

    public var description: String { message }

    enum CodingKeys: String, CodingKey {
        case kind, message, limit
        case stderrTail = "stderr_tail"
    }
}

/// The dtype and shape of a variant's result array.
public struct ResultDescription: Sendable, Codable, Hashable {
    public var name: String
    public var dtype: String
    public var shape: [Int]

    public init(name: String, dtype: String, shape: [Int]) {
        self.name = name
        self.dtype = dtype
        self.shape = shape
    }
}

/// One `expect:` claim, evaluated.
public struct ExpectationVerdict: Sendable, Codable, Hashable {
    public var metric: Metric
    public var comparison: String
    public var expression: String
    /// The expression's value (bytes, count or seconds), nil when it could not be evaluated.
    public var expected: Double?
    /// The measured figure.
    public var measured: Double
    public var passed: Bool
    /// Why the expression could not be evaluated.
    public var error: String?

    public init(metric: Metric, comparison: String, expression: String, expected: Double?, measured: Double,
                passed: Bool, error: String? = nil) {
        self.metric = metric
        self.comparison = comparison
        self.expression = expression
        self.expected = expected
        self.measured = measured
        self.passed = passed
        self.error = error
    }
}
