/// One tick of the ``Sampler``: the memory figures of the process at one instant.
///
/// All four byte counts are read within a few microseconds of each other, not atomically
/// together.
public struct Sample: Sendable, Hashable, Codable {
    /// Seconds since the sampler started (`CLOCK_MONOTONIC`), when the tick began.
    public var time: Double
    /// jemalloc's `stats.allocated` after advancing the epoch, in bytes: all live heap
    /// allocations of the process, rounded to size classes, touched or not.
    public var jemallocAllocated: Int
    /// jemalloc's `stats.resident` after advancing the epoch, in bytes: an upper bound on the
    /// heap's resident pages (untouched pages of live allocations and unpurged dirty pages
    /// included).
    public var jemallocResident: Int
    /// The kernel's resident set size of the whole process (`/proc/self/statm`, = `VmRSS`),
    /// in bytes: touched pages only, OpenBLAS buffers, stacks and code included.
    public var rss: Int
    /// The ledger's live bytes: array buffers alive at this instant, exact.
    public var ledgerLive: Int

    /// Creates a sample from its figures.
    public init(time: Double, jemallocAllocated: Int, jemallocResident: Int, rss: Int, ledgerLive: Int) {
        self.time = time
        self.jemallocAllocated = jemallocAllocated
        self.jemallocResident = jemallocResident
        self.rss = rss
        self.ledgerLive = ledgerLive
    }

    private enum CodingKeys: String, CodingKey {
        case time
        case jemallocAllocated = "jemalloc_allocated"
        case jemallocResident = "jemalloc_resident"
        case rss
        case ledgerLive = "ledger_live"
    }
}
