import PeakmemEngine

/// The ledger's counters as the probe reports them (snake_case JSON), all exact.
public struct LedgerFigures: Sendable, Hashable, Codable {
    /// Bytes held by live array buffers.
    public var live: Int
    /// The largest `live` since the ledger's last peak reset (or the process start).
    public var peak: Int
    /// Array buffers allocated since the process started.
    public var allocations: Int
    /// Array buffers freed since the process started.
    public var deallocations: Int
    /// Bytes of all array buffers ever allocated.
    public var allocatedTotal: Int

    /// Copies the counters of a ledger snapshot.
    public init(_ snapshot: LedgerSnapshot) {
        live = snapshot.live
        peak = snapshot.peak
        allocations = snapshot.allocations
        deallocations = snapshot.deallocations
        allocatedTotal = snapshot.allocatedTotal
    }

    private enum CodingKeys: String, CodingKey {
        case live, peak, allocations, deallocations
        case allocatedTotal = "allocated_total"
    }
}
