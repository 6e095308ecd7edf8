import PeakmemResults
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
public final class Ledger: Sendable {
    /// The ledger of the process: the one array buffers report to unless a task binds
    /// another as ``current``.
    public static let shared = Ledger()

    /// The ledger new buffers report to: ``shared`` unless bound otherwise for a task with
    /// `Ledger.$current.withValue(ledger) { ... }` (how tests running in parallel keep exact,
    /// separate accounts). A buffer reports its release to the ledger it was allocated in.
    @TaskLocal public static var current: Ledger = .shared

    /// The figures and the limit, under one lock.
    struct State {
        var figures = LedgerSnapshot()
        var limit: ByteSize?
        var highWaterObserver: (@Sendable () -> Void)?
        var provenance = ProvenanceBook()
        var lineProfileRSS: (@Sendable () -> Int)?
    }

    let state = Mutex(State())

    /// Whether buffers record their provenance (site, role, name) and the peak's buffers are
    /// kept for ``peakAnatomy()``. Always true but for the benchmark that measures what it costs.
    public let tracksProvenance: Bool

    /// Creates an empty ledger. The engine uses ``shared``; tests may make their own.
    /// `tracksProvenance: false` keeps only the figures (``peakAnatomy()`` is then empty).
    public init(tracksProvenance: Bool = true) {
        self.tracksProvenance = tracksProvenance
    }

    /// The most live bytes allowed (`--memory-limit`), or nil for no limit. Checked by
    /// ``reserve(bytes:)`` before a buffer is allocated.
    public var limit: ByteSize? {
        get { state.withLock { $0.limit } }
        set { state.withLock { $0.limit = newValue } }
    }

    /// Records a new buffer of `bytes` bytes if it fits under ``limit``.
    ///
    /// - Returns: true when the buffer raised ``LedgerSnapshot/peak`` (a new high-water mark):
    ///   the allocator then calls ``reportHighWater()`` once the buffer exists.
    /// - Throws: ``EngineError/memoryLimitExceeded(limit:requested:live:)`` when the live bytes
    ///   would exceed the limit; nothing is recorded then.
    @discardableResult
    public func reserve(bytes: Int) throws(EngineError) -> Bool {
        try reserve(bytes: bytes, dtype: nil, shape: nil).raisedPeak
    }

    /// ``reserve(bytes:)`` of a buffer for an array of `dtype` and `shape` (nil for raw
    /// buffers), recording its provenance: the current ``allocationSite`` and role.
    ///
    /// - Returns: whether it raised the peak, and the buffer's serial, which its release
    ///   (``recordDeallocation(bytes:serial:)``) and later notes (``recordBinding(serial:name:)``) name.
    func reserve(bytes: Int, dtype: DType?, shape: [Int]?) throws(EngineError) -> (raisedPeak: Bool, serial: Int) {
        let outcome: (raised: Bool, serial: Int, refusal: (limit: ByteSize, live: Int)?) = state.withLock { state in
            if let limit = state.limit, state.figures.live + bytes > limit.bytes { return (false, 0, (limit, state.figures.live)) }
            state.figures.live += bytes
            state.figures.allocations += 1
            state.figures.allocatedTotal += bytes
            guard tracksProvenance else {
                guard state.figures.live > state.figures.peak else { return (false, 0, nil) }
                state.figures.peak = state.figures.live
                return (true, 0, nil)
            }
            let serial = state.provenance.allocate(bytes: bytes, dtype: dtype, shape: shape)
            if state.figures.live > state.provenance.windowPeak { state.provenance.windowPeak = state.figures.live }
            guard state.figures.live > state.figures.peak else { return (false, serial, nil) }
            state.figures.peak = state.figures.live
            state.provenance.markPeak(at: serial)
            return (true, serial, nil)
        }
        if let refusal = outcome.refusal { throw .memoryLimitExceeded(limit: refusal.limit, requested: bytes, live: refusal.live) }
        return (outcome.raised, outcome.serial)
    }

    /// Called on the allocating thread, with no lock held: `() -> Void` run right after a
    /// buffer that raised the peak (``reserve(bytes:)`` returned true) was allocated — the
    /// ``Sampler``'s reading at every high-water mark, so that no sampled heap peak misses
    /// the exact peak. Nil (the default) when nothing is sampling.
    public var highWaterObserver: (@Sendable () -> Void)? {
        get { state.withLock { $0.highWaterObserver } }
        set { state.withLock { $0.highWaterObserver = newValue } }
    }

    /// Runs ``highWaterObserver`` (if any): the buffer that raised the peak now exists.
    public func reportHighWater() {
        highWaterObserver?()
    }

    /// Takes back a ``reserve(bytes:)`` whose allocation failed, as if it never happened
    /// (the peak it may have raised stays: it is an upper bound).
    public func cancelReservation(bytes: Int, serial: Int = 0) {
        state.withLock { state in
            state.provenance.live[serial] = nil
            state.figures.live -= bytes
            state.figures.allocations -= 1
            state.figures.allocatedTotal -= bytes
        }
    }

    /// Records that a buffer of `bytes` bytes was freed.
    public func recordDeallocation(bytes: Int, serial: Int = 0) {
        state.withLock { state in
            state.provenance.release(serial)
            state.figures.live -= bytes
            state.figures.deallocations += 1
        }
    }

    /// Records a file mapping of `bytes` bytes (not subject to ``limit``: file pages are not heap).
    public func recordMapping(bytes: Int) {
        state.withLock { state in
            state.figures.mappedLive += bytes
            state.figures.mappedPeak = Swift.max(state.figures.mappedPeak, state.figures.mappedLive)
        }
    }

    /// Records that a file mapping of `bytes` bytes was unmapped.
    public func recordUnmapping(bytes: Int) {
        state.withLock { $0.figures.mappedLive -= bytes }
    }

    /// The current figures, read atomically.
    public func snapshot() -> LedgerSnapshot {
        state.withLock { $0.figures }
    }

    /// Sets the peaks (heap and mapped) to the current live bytes, so that the next ``snapshot()``'s `peak` is the
    /// largest live figure reached from now on.
    public func resetPeak() {
        state.withLock { state in
            state.figures.peak = state.figures.live
            state.figures.mappedPeak = state.figures.mappedLive
            state.provenance.resetPeak()
        }
    }
}
