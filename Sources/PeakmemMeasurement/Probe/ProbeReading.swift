import PeakmemEngine
import PeakmemResults

/// Every probe's current figures at once: what `peakmem probe` prints.
public struct ProbeReading: Sendable, Hashable, Codable {
    /// The ledger's counters (exact, array buffers only).
    public var ledger: LedgerFigures
    /// jemalloc's statistics, epoch advanced just before (bytes).
    public var jemalloc: JemallocStatistics
    /// jemalloc's version string.
    public var jemallocVersion: String
    /// The kernel's `VmRSS` and `VmHWM` (bytes).
    public var process: ProcessMemoryStatus
    /// jemalloc's `thread.peak.read` for the reading thread since it started (bytes,
    /// approximate).
    public var threadPeak: Int
    /// The linked OpenBLAS.
    public var openBLAS: OpenBLASInfo

    /// Creates a reading from its parts.
    public init(ledger: LedgerFigures, jemalloc: JemallocStatistics, jemallocVersion: String,
                process: ProcessMemoryStatus, threadPeak: Int, openBLAS: OpenBLASInfo) {
        self.ledger = ledger
        self.jemalloc = jemalloc
        self.jemallocVersion = jemallocVersion
        self.process = process
        self.threadPeak = threadPeak
        self.openBLAS = openBLAS
    }

    /// Reads every probe now, on the calling thread.
    ///
    /// - Throws: the first probe's failure, as a ``MeasurementError``; no figure is defaulted.
    public static func read(ledger: Ledger = .shared) throws(MeasurementError) -> ProbeReading {
        let jemalloc = try jemallocCall(try Jemalloc())
        let statistics = try jemallocCall(try jemalloc.statistics())
        let threadPeak = try jemallocCall(try jemalloc.threadPeak())
        let status = try processCall(try ProcessMemory().status())
        return ProbeReading(ledger: LedgerFigures(ledger.snapshot()), jemalloc: statistics,
                            jemallocVersion: jemalloc.version, process: status, threadPeak: threadPeak,
                            openBLAS: try OpenBLASInfo.current())
    }

    private enum CodingKeys: String, CodingKey {
        case ledger, jemalloc
        case jemallocVersion = "jemalloc_version"
        case process
        case threadPeak = "thread_peak"
        case openBLAS = "openblas"
    }
}
