import PeakmemEngine
import PeakmemMeasurement
import PeakmemResults

/// A worker's answer: the figures of its measured run, or why it failed.
package struct WorkerReply: Sendable, Codable, Hashable {
    /// The figures, when the run completed.
    package var measurement: MeasurementResult?
    /// Why the run did not complete (an error in the code, the memory limit, ...).
    package var failure: RunFailure?
    /// The expectations of the variant, evaluated after the run.
    package var expectations: [ExpectationVerdict]
    /// The result array's dtype and shape, when the scenario names a result.
    package var result: ResultDescription?
    /// Versions read inside the worker.
    package var openblasVersion: String
    package var jemallocVersion: String
    /// The NumPy driver's figures (its `measurement` is nil).
    package var numpy: NumpyMeasurement?
    /// The einsum calls of the measured run that planned a contraction path, identical calls
    /// collapsed with a count; nil when there were none.
    package var einsumPaths: [EinsumPathRecord]?
    /// NumPy engine: the tail of what the measured code printed (standard output and error).
    package var output: String?
    /// NumPy engine: why the variant was skipped (an asv benchmark whose setup raised
    /// NotImplementedError).
    package var skipped: String?

    package init(measurement: MeasurementResult?, failure: RunFailure?, expectations: [ExpectationVerdict] = [],
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
