import PeakmemEngine
import PeakmemMeasurement
import PeakmemResults

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
    /// NumPy engine: the tail of what the measured code printed (standard output and error).
    public var output: String?
    /// NumPy engine: why the variant was skipped (an asv benchmark whose setup raised
    /// NotImplementedError).
    public var skipped: String?

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
        case measurement, failure, expectations, result, numpy, output, skipped
        case einsumPaths = "einsum_paths"
        case openblasVersion = "openblas_version"
        case jemallocVersion = "jemalloc_version"
    }
}
