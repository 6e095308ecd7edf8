/// The figures taken just before the measured code runs, after quiescing (thread cache
/// flushed, arenas purged), in bytes. The increments of a ``MeasurementResult`` are relative
/// to these.
public struct MeasurementBaseline: Sendable, Hashable, Codable {
    /// Ledger live bytes: array buffers alive before the run (the inputs made by the setup).
    public var ledgerLive: Int
    /// jemalloc `stats.allocated` (epoch advanced).
    public var jemallocAllocated: Int
    /// jemalloc `stats.active`.
    public var jemallocActive: Int
    /// jemalloc `stats.resident`.
    public var jemallocResident: Int
    /// The kernel's `VmRSS`, read just before `VmHWM` was reset to it.
    public var rss: Int

    /// Creates a baseline from its figures.
    public init(ledgerLive: Int, jemallocAllocated: Int, jemallocActive: Int, jemallocResident: Int, rss: Int) {
        self.ledgerLive = ledgerLive
        self.jemallocAllocated = jemallocAllocated
        self.jemallocActive = jemallocActive
        self.jemallocResident = jemallocResident
        self.rss = rss
    }

    private enum CodingKeys: String, CodingKey {
        case ledgerLive = "ledger_live"
        case jemallocAllocated = "jemalloc_allocated"
        case jemallocActive = "jemalloc_active"
        case jemallocResident = "jemalloc_resident"
        case rss
    }
}
