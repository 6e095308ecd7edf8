import PeakmemResults

/// What the ledger keeps about one buffer while it lives: its size, the array it was made for,
/// where and why (typed values only: no text is built while code runs).
struct BufferProvenance: Sendable {
    /// The buffer's number in the ledger (1, 2, … in allocation order).
    let serial: Int
    let bytes: Int
    let dtype: DType?
    let shape: [Int]?
    let site: AllocationSite
    let role: AllocationRole
    /// The first name its array was bound to.
    var name: String?
    /// How many times an operator computed into it in place (temporary elision), and the last.
    var reuses = 0
    var reusedBy: AllocationSite?

    /// The results' record of the buffer; `setup` when it was made before the run began.
    func peakAllocation(setup: Bool) -> PeakAllocation {
        PeakAllocation(bytes: bytes, dtype: dtype?.description, shape: shape, role: role, name: name, site: site,
                       setup: setup, reuses: reuses, reusedBy: reusedBy)
    }
}

/// The ledger's account of which buffers exist and which were live at the high-water mark,
/// kept in O(1) per allocation and release.
///
/// A buffer was live at the last peak exactly when its serial is at most ``peakSerial`` (it
/// existed then) and it was not freed before the peak. Live ones are in ``live``; those freed
/// since the peak move to ``freedSincePeak`` (only those with serial ≤ ``peakSerial``), which a
/// new peak empties. So the peak's buffers are always `live[serial ≤ peakSerial] ∪ freedSincePeak`.
struct ProvenanceBook: Sendable {
    /// The site the interpreter set last (``Ledger/allocationSite``).
    var site = AllocationSite.unknown
    /// The role the engine set for the allocations it is making (``Ledger/withRole(_:_:)``).
    var role = AllocationRole.result
    var nextSerial = 1
    var live: [Int: BufferProvenance] = [:]
    var peakSerial = 0
    var freedSincePeak: [BufferProvenance] = []
    /// The first serial of the measured run (set by ``Ledger/resetPeak()``).
    var runStartSerial = 1
    /// The highest live bytes since the last line event (``Ledger/enterStatement(_:)``).
    var windowPeak = 0
    /// The line-by-line account, while one is kept (``Ledger/startLineProfile(rss:)``).
    var lines: LineAccount?

    /// Records a new buffer; returns its serial.
    mutating func allocate(bytes: Int, dtype: DType?, shape: [Int]?) -> Int {
        let serial = nextSerial
        nextSerial += 1
        live[serial] = BufferProvenance(serial: serial, bytes: bytes, dtype: dtype, shape: shape, site: site, role: role)
        return serial
    }

    /// The buffer `serial` made the new peak: nothing freed before it was live then.
    mutating func markPeak(at serial: Int) {
        peakSerial = serial
        freedSincePeak.removeAll(keepingCapacity: true)
    }

    /// The buffer `serial` was freed.
    mutating func release(_ serial: Int) {
        guard let record = live.removeValue(forKey: serial) else { return }
        if serial <= peakSerial { freedSincePeak.append(record) }
    }

    /// The peak is now the present: every live buffer is at it; the run starts with the next.
    mutating func resetPeak() {
        peakSerial = nextSerial - 1
        freedSincePeak.removeAll(keepingCapacity: true)
        runStartSerial = nextSerial
    }

    /// The buffers live at the last peak.
    func peakBuffers() -> [BufferProvenance] {
        live.values.filter { $0.serial <= peakSerial } + freedSincePeak
    }
}
