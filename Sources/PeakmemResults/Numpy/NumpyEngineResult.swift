/// What the NumPy engine measured for one variant (results JSON `numpy`, with
/// `--engine numpy|both`).
public struct NumpyEngineResult: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable, Hashable {
        case ok, failed
        /// Not run on NumPy: the variant uses peakmem-only features (see `skip_reason`).
        case skipped
    }

    public var status: Status
    public var skipReason: String?
    public var failure: RunFailure?
    /// The runs, in order (the timeline kept for the first only).
    public var runs: [NumpyMeasurement]
    /// The maximum of each figure over the runs (``NumpyMeasurement/figures``).
    public var figures: [String: Double]
    /// Which tool gave which figure.
    public var figureSources: [String: String]
    public var wallTime: TimeStatistics?
    public var cpuTime: TimeStatistics?
    public var expectations: [ExpectationVerdict]
    public var result: ResultDescription?
    /// The NumPy result compared with the Swift engine's result of the same variant
    /// (`reference: "swift"`), with `--engine both`.
    public var agreement: Agreement?
    /// Swift against NumPy, with `--engine both`, when both ran.
    public var fidelity: FidelityVerdict?
    /// The tail of what the measured code printed in its last run (standard output and error).
    public var output: String? = nil

    public init(skipped reason: String) {
        self.init(status: .skipped, skipReason: reason, failure: nil, runs: [], figures: [:], figureSources: [:],
                  wallTime: nil, cpuTime: nil, expectations: [], result: nil, agreement: nil, fidelity: nil)
    }

    public init(status: Status, skipReason: String?, failure: RunFailure?, runs: [NumpyMeasurement],
                figures: [String: Double], figureSources: [String: String], wallTime: TimeStatistics?,
                cpuTime: TimeStatistics?, expectations: [ExpectationVerdict], result: ResultDescription?,
                agreement: Agreement?, fidelity: FidelityVerdict?) {
        self.status = status
        self.skipReason = skipReason
        self.failure = failure
        self.runs = runs
        self.figures = figures
        self.figureSources = figureSources
        self.wallTime = wallTime
        self.cpuTime = cpuTime
        self.expectations = expectations
        self.result = result
        self.agreement = agreement
        self.fidelity = fidelity
    }

    enum CodingKeys: String, CodingKey {
        case status, failure, runs, figures, expectations, result, agreement, fidelity, output
        case skipReason = "skip_reason"
        case figureSources = "figure_sources"
        case wallTime = "wall_time"
        case cpuTime = "cpu_time"
    }
}
