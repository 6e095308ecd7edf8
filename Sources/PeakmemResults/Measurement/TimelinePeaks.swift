/// The largest value of each ``Sample`` figure over every tick of a sampler run, in bytes —
/// including ticks that the timeline's decimation later dropped from its sample list.
///
/// Sampled figures: a peak shorter than the sampling interval can fall between two ticks and
/// be missed. The exact peaks are the ledger's (`peak_increment`) and the kernel's VmHWM.
public struct TimelinePeaks: Sendable, Hashable, Codable {
    /// The largest sampled jemalloc `stats.allocated`.
    public var jemallocAllocated: Int
    /// The largest sampled jemalloc `stats.resident`.
    public var jemallocResident: Int
    /// The largest sampled resident set size (`VmRSS`).
    public var rss: Int
    /// The largest sampled ledger live bytes.
    public var ledgerLive: Int

    /// Creates peaks from their figures.
    public init(jemallocAllocated: Int, jemallocResident: Int, rss: Int, ledgerLive: Int) {
        self.jemallocAllocated = jemallocAllocated
        self.jemallocResident = jemallocResident
        self.rss = rss
        self.ledgerLive = ledgerLive
    }

    /// Peaks equal to one sample's figures.
    package init(_ sample: Sample) {
        self.init(jemallocAllocated: sample.jemallocAllocated, jemallocResident: sample.jemallocResident,
                  rss: sample.rss, ledgerLive: sample.ledgerLive)
    }

    /// Raises each peak to `sample`'s figure where that is larger.
    package mutating func include(_ sample: Sample) {
        jemallocAllocated = Swift.max(jemallocAllocated, sample.jemallocAllocated)
        jemallocResident = Swift.max(jemallocResident, sample.jemallocResident)
        rss = Swift.max(rss, sample.rss)
        ledgerLive = Swift.max(ledgerLive, sample.ledgerLive)
    }

    private enum CodingKeys: String, CodingKey {
        case jemallocAllocated = "jemalloc_allocated"
        case jemallocResident = "jemalloc_resident"
        case rss
        case ledgerLive = "ledger_live"
    }
}
