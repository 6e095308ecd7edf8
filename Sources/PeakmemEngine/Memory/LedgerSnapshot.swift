/// The figures of a ``Ledger`` at one instant. All byte counts are exact.
public struct LedgerSnapshot: Sendable, Hashable, Codable {
    /// Bytes held by live array buffers.
    public var live: Int = 0
    /// The largest `live` since the ledger's last `resetPeak()`.
    public var peak: Int = 0
    /// Buffers allocated since the process started.
    public var allocations: Int = 0
    /// Buffers freed since the process started.
    public var deallocations: Int = 0
    /// Bytes ever allocated since the process started.
    public var allocatedTotal: Int = 0
    /// Bytes of files mapped into memory by live file-backed arrays (`np.memmap`): page-cache
    /// pages, in RSS when touched, never heap buffers, so not in `live`.
    public var mappedLive: Int = 0
    /// The largest `mappedLive` since the ledger's last `resetPeak()`.
    public var mappedPeak: Int = 0

    public init() {}
}
