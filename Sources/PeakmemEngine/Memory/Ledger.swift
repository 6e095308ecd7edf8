import Synchronization

/// The exact, thread-safe account of every array buffer the engine allocates.
///
/// Every ``ArrayStorage`` registers its byte count here when it is allocated and again when it
/// is freed, so at any moment the ledger knows
/// - `live`: the bytes held by array buffers that still exist;
/// - `peak`: the largest value `live` has had since the last ``resetPeak()``;
/// - `allocations` / `deallocations`: how many buffers were allocated and freed;
/// - `allocatedTotal`: the bytes ever allocated (never decreases).
///
/// The figures count the bytes NumPy would request from its data allocator for the same
/// arrays (`nbytes`, and 1 byte for an array with no elements), not what the allocator rounds
/// them up to: they are the deterministic, machine-independent memory figures of a run.
/// Memory-mapped files are accounted separately as ``LedgerSnapshot/mapped``.
public final class Ledger: Sendable {
    /// The ledger of the process: the one array buffers report to unless a task binds
    /// another as ``current``.
    public static let shared = Ledger()

    /// The ledger new buffers report to: ``shared`` unless bound otherwise for a task with
    /// `Ledger.$current.withValue(ledger) { ... }` (how tests running in parallel keep exact,
    /// separate accounts). A buffer reports its release to the ledger it was allocated in.
    @TaskLocal public static var current: Ledger = .shared

    private let state = Mutex(LedgerSnapshot())
    private let limitBytes = Mutex<Int?>(nil)

    /// Creates an empty ledger. The engine uses ``shared``; tests may make their own.
    public init() {}

    /// The most live bytes allowed (`--memory-limit`), or nil for no limit. Checked by
    /// ``reserve(bytes:)`` before a buffer is allocated.
    public var limit: Int? {
        get { limitBytes.withLock { $0 } }
        set { limitBytes.withLock { $0 = newValue } }
    }

    /// Records a new buffer of `bytes` bytes if it fits under ``limit``.
    ///
    /// - Throws: ``EngineError/memoryLimitExceeded(limit:requested:live:)`` when the live bytes
    ///   would exceed the limit; nothing is recorded then.
    public func reserve(bytes: Int) throws(EngineError) {
        let limit = self.limit
        let refused: Int? = state.withLock { s in
            if let limit, s.live + bytes > limit { return s.live }
            s.live += bytes
            s.allocations += 1
            s.allocatedTotal += bytes
            if s.live > s.peak { s.peak = s.live }
            return nil
        }
        if let live = refused, let limit { throw .memoryLimitExceeded(limit: limit, requested: bytes, live: live) }
    }

    /// Takes back a ``reserve(bytes:)`` whose allocation failed, as if it never happened
    /// (the peak it may have raised stays: it is an upper bound).
    public func cancelReservation(bytes: Int) {
        state.withLock { s in
            s.live -= bytes
            s.allocations -= 1
            s.allocatedTotal -= bytes
        }
    }

    /// Records a new buffer of `bytes` bytes.
    public func recordAllocation(bytes: Int) {
        state.withLock { s in
            s.live += bytes
            s.allocations += 1
            s.allocatedTotal += bytes
            if s.live > s.peak { s.peak = s.live }
        }
    }

    /// Records that a buffer of `bytes` bytes was freed.
    public func recordDeallocation(bytes: Int) {
        state.withLock { s in
            s.live -= bytes
            s.deallocations += 1
        }
    }

    /// Records a file mapping of `bytes` bytes (created, positive; removed, negative).
    public func recordMapping(bytes: Int) {
        state.withLock { s in
            s.mapped += bytes
            if s.mapped > s.mappedPeak { s.mappedPeak = s.mapped }
        }
    }

    /// The current figures, read atomically.
    public func snapshot() -> LedgerSnapshot {
        state.withLock { $0 }
    }

    /// Sets the peaks to the current live and mapped bytes, so that the next ``snapshot()``'s
    /// `peak` is the largest live figure reached from now on.
    public func resetPeak() {
        state.withLock { s in
            s.peak = s.live
            s.mappedPeak = s.mapped
        }
    }
}
