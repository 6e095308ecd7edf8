/// The buffers live at the exact high-water mark of a measured run, biggest first
/// (`peak_anatomy` of a variant in the results, docs/results-format.md).
///
/// The ledger's peak is the first instant its live bytes reached their largest value during the
/// run; ``liveBytes`` is that value (absolute: buffers made before the run included, marked
/// ``PeakAllocation/setup``), so `liveBytes − baseline live bytes` is the run's
/// `peak_increment`. At most ``listedLimit`` buffers are listed; the rest are counted in
/// ``otherBuffers`` and ``otherBytes``.
public struct PeakAnatomy: Sendable, Hashable, Codable {
    /// The ledger's live bytes at the high-water mark.
    public var liveBytes: Int
    /// The biggest buffers live then, biggest first (ties: in the order they were made).
    public var allocations: [PeakAllocation]
    /// How many live buffers are not listed.
    public var otherBuffers: Int
    /// Their bytes.
    public var otherBytes: Int

    /// The most buffers listed.
    public static let listedLimit = 32

    /// An anatomy of `allocations` (sorted and cut to ``listedLimit`` here).
    public init(liveBytes: Int, allocations: [PeakAllocation]) {
        let sorted = allocations.enumerated().sorted { ($0.element.bytes, -$0.offset) > ($1.element.bytes, -$1.offset) }.map(\.element)
        self.liveBytes = liveBytes
        self.allocations = Array(sorted.prefix(PeakAnatomy.listedLimit))
        let rest = sorted.dropFirst(PeakAnatomy.listedLimit)
        self.otherBuffers = rest.count
        self.otherBytes = rest.reduce(0) { $0 + $1.bytes }
    }

    /// The buffers made by the measured run (not before it).
    public var runAllocations: [PeakAllocation] { allocations.filter { !$0.setup } }

    /// The biggest avoidable buffer made by the run (a copy, scratch, intermediate or
    /// temporary; see ``PeakAllocation/isAvoidable``), if any.
    public var biggestAvoidable: PeakAllocation? { runAllocations.first(where: \.isAvoidable) }

    enum CodingKeys: String, CodingKey {
        case allocations
        case liveBytes = "live_bytes"
        case otherBuffers = "other_buffers"
        case otherBytes = "other_bytes"
    }
}
