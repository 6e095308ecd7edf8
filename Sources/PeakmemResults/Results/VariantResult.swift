
/// Everything measured for one variant: its runs, their summary, its verdicts.
public struct VariantResult: Sendable, Codable, Hashable {
    /// How the variant's runs ended.
    public enum Status: String, Sendable, Codable, Hashable {
        /// Every run completed.
        case ok
        /// At least one run failed (see `failure`).
        case failed
    }

    public var name: String
    public var semantics: String
    public var status: Status
    /// The first failure, when a run failed.
    public var failure: RunFailure?
    /// The measured runs, in order (the timeline is kept for the first only).
    public var runs: [MeasurementResult]
    /// The exact figures, identical over the runs unless `deterministic` is false (then the
    /// maximum), and the other figures' maximum over the runs.
    public var figures: [String: Double]
    /// Wall and CPU time over the runs.
    public var wallTime: TimeStatistics?
    public var cpuTime: TimeStatistics?
    /// True when every exact figure was identical in every run.
    public var deterministic: Bool
    /// The exact figures that differed between runs, when any did.
    public var nondeterministicMetrics: [String]
    public var expectations: [ExpectationVerdict]
    /// The variant's result array, and whether it agrees with the reference variant's.
    public var result: ResultDescription?
    public var agreement: Agreement?
    /// Ratios to the reference variant (`peak_increment`, `wall_time`, ...).
    public var ratios: [String: Double]
    /// The figures the scenario's source documents for this variant (`documented:`), by key
    /// (`memit_peak`, `memit_increment`, `time` or a metric name), in bytes or seconds. Absent
    /// in results written before reports read them.
    public var documented: [String: Double]? = nil
    /// The scenario's absolute `limits:` for this variant, by metric name, in the metric's unit.
    /// The gate checks them whether or not a baseline exists.
    public var limits: [String: Double]? = nil
    /// True when this variant ran in a shard (`--shard i/n`) only as the reference of the
    /// shard's other variants of its scenario; `peakmem merge` keeps the copy from the shard
    /// that owns it.
    public var referenceOnly: Bool? = nil

    /// The einsum calls of the measured run that planned a contraction path (`np.einsum` with
    /// `optimize=`, `np.einsum_path`, a lazy einsum's products), identical calls collapsed with
    /// a count; nil when there were none (and in results written before runs recorded them).
    /// Taken from the first run (every run executes the same code).
    public var einsumPaths: [EinsumPathRecord]? = nil
    /// The buffers live at the exact high-water mark of the measured run, biggest first, with
    /// where and why each was made (Swift engine; nil for results written before it existed).
    public var peakAnatomy: PeakAnatomy? = nil
    /// The line-by-line figures of the first measured run (`--lines`, Swift engine), by line.
    public var lines: [LineFigures]? = nil

    /// The engine whose figures the fields above hold: nil for Swift, `numpy` with `--engine numpy`.
    public var engine: EngineSelection? = nil
    /// The NumPy engine's figures and the fidelity verdict, with `--engine numpy|both`.
    public var numpy: NumpyEngineResult? = nil
    /// The code the variant ran (setup and run); absent in results written before reports
    /// showed it, and when the variant's parameters could not be resolved.
    public var code: VariantCode? = nil
    /// Why the Swift engine did not run this variant although the engine selection includes
    /// it (code outside the Swift engine's subset, with the checker's position; `engines:`
    /// without swift; an asv-style benchmark); its figures are then NumPy's.
    public var swiftSkipReason: String? = nil
    /// The asv-style benchmark the variant measured (module, class, function, parameters).
    public var benchmark: BenchmarkTarget? = nil

    public init(name: String, semantics: String, status: Status, failure: RunFailure? = nil, runs: [MeasurementResult], figures: [String: Double], wallTime: TimeStatistics? = nil, cpuTime: TimeStatistics? = nil, deterministic: Bool, nondeterministicMetrics: [String], expectations: [ExpectationVerdict], result: ResultDescription? = nil, agreement: Agreement? = nil, ratios: [String: Double], documented: [String: Double]? = nil, limits: [String: Double]? = nil, referenceOnly: Bool? = nil, einsumPaths: [EinsumPathRecord]? = nil, engine: EngineSelection? = nil, numpy: NumpyEngineResult? = nil) {
        self.name = name
        self.semantics = semantics
        self.status = status
        self.failure = failure
        self.runs = runs
        self.figures = figures
        self.wallTime = wallTime
        self.cpuTime = cpuTime
        self.deterministic = deterministic
        self.nondeterministicMetrics = nondeterministicMetrics
        self.expectations = expectations
        self.result = result
        self.agreement = agreement
        self.ratios = ratios
        self.documented = documented
        self.limits = limits
        self.referenceOnly = referenceOnly
        self.einsumPaths = einsumPaths
        self.engine = engine
        self.numpy = numpy
    }

    enum CodingKeys: String, CodingKey {
        case name, semantics, status, failure, runs, figures, deterministic, expectations, result, agreement, ratios, engine, numpy, code
        case documented, limits
        case einsumPaths = "einsum_paths"
        case peakAnatomy = "peak_anatomy"
        case lines
        case swiftSkipReason = "swift_skip_reason"
        case benchmark
        case referenceOnly = "reference_only"
        case wallTime = "wall_time"
        case cpuTime = "cpu_time"
        case nondeterministicMetrics = "nondeterministic_metrics"
    }
}

/// Whether a variant's result agrees with the reference variant's.
public struct Agreement: Sendable, Codable, Hashable {
    public var agrees: Bool
    /// The variant compared with.
    public var reference: String
    /// The largest absolute difference, when shapes match.
    public var maxAbsoluteDifference: Double?
    public var rtol: Double
    public var atol: Double
    /// Why they disagree, in words.
    public var detail: String?

    public init(agrees: Bool, reference: String, maxAbsoluteDifference: Double? = nil, rtol: Double, atol: Double, detail: String? = nil) {
        self.agrees = agrees
        self.reference = reference
        self.maxAbsoluteDifference = maxAbsoluteDifference
        self.rtol = rtol
        self.atol = atol
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case agrees, reference, rtol, atol, detail
        case maxAbsoluteDifference = "max_absolute_difference"
    }
}
