/// The figures a measured run reports, by the names used in results JSON, in scenario
/// `expect:`/`limits:` keys and by the gate.
///
/// Each metric states its unit and its ``Kind``: exact (deterministic, machine-independent: the
/// ledger's), page-level (the kernel's RSS), sampled (jemalloc statistics read by the sampler)
/// or a timing — and its ``Polarity``: which direction of change is an improvement (for every
/// metric here, a smaller value). The gate reads both.
public enum Metric: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// Ledger peak − ledger live before the run: the largest extra array memory at any
    /// instant of the run. Exact; the gate's default metric.
    case peakIncrement = "peak_increment"
    /// Ledger live after the run − before: array memory the run left allocated. Exact.
    case retained
    /// `peak_increment − retained`: memory used only while the run was going. Exact.
    case temporaries
    /// Array buffers allocated during the run. Exact.
    case allocations
    /// Bytes of all array buffers allocated during the run, freed or not. Exact.
    case allocatedTotal = "allocated_total"
    /// Sampled jemalloc `stats.allocated` peak − its value before the run.
    case jemallocAllocatedPeak = "jemalloc_allocated_peak"
    /// Sampled jemalloc `stats.resident` peak − its value before the run.
    case jemallocResidentPeak = "jemalloc_resident_peak"
    /// The kernel's VmHWM after the run (reset before it): the process's peak RSS.
    case rssPeak = "rss_peak"
    /// `rss_peak` − VmRSS before the run.
    case rssIncrement = "rss_increment"
    /// The most bytes of files mapped at once by file-backed arrays (`np.memmap`) during the
    /// run (absolute; 0 when the run maps none). Exact: the ledger's mapped account.
    case mapped
    /// Wall-clock seconds of the run (``MeasuredTime/wall``).
    case wallTime = "wall_time"
    /// CPU seconds of the run, all threads but the sampler's (``MeasuredTime/cpu``).
    case cpuTime = "cpu_time"

    public var description: String { rawValue }

    /// How a metric's value is obtained, which decides how far it can be trusted.
    public enum Kind: String, Sendable, Codable {
        /// From the ledger: identical on every run and machine for the same code and inputs.
        case exact
        /// From the kernel's page accounting: machine- and allocator-dependent.
        case pageLevel = "page_level"
        /// From the sampler's ticks: may miss a peak shorter than the interval.
        case sampled
        /// A duration.
        case timing
    }

    /// The unit of a metric's values.
    public enum Unit: String, Sendable, Codable {
        case bytes, count, seconds
    }

    /// Which direction of change is better.
    public enum Polarity: String, Sendable, Codable {
        /// A smaller value is an improvement, a larger one a regression.
        case prefersSmaller = "prefers_smaller"
        /// A larger value is an improvement (throughput-like figures).
        case prefersLarger = "prefers_larger"
    }

    /// Every memory, count and time figure here prefers smaller values.
    public var polarity: Polarity { .prefersSmaller }

    /// True when going from `old` to `new` is a regression beyond `tolerance` (in the metric's
    /// unit): a rise for ``Polarity/prefersSmaller``, a fall for ``Polarity/prefersLarger``.
    public func isRegression(from old: Double, to new: Double, tolerance: Double = 0) -> Bool {
        switch polarity {
        case .prefersSmaller: new - old > tolerance
        case .prefersLarger: old - new > tolerance
        }
    }

    public var kind: Kind {
        switch self {
        case .peakIncrement, .retained, .temporaries, .allocations, .allocatedTotal, .mapped: .exact
        case .rssPeak, .rssIncrement: .pageLevel
        case .jemallocAllocatedPeak, .jemallocResidentPeak: .sampled
        case .wallTime, .cpuTime: .timing
        }
    }

    public var unit: Unit {
        switch self {
        case .allocations: .count
        case .wallTime, .cpuTime: .seconds
        default: .bytes
        }
    }
}
