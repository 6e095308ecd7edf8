import CJemalloc
import PeakmemResults

/// The jemalloc allocator of this process, seen through its `mallctl` interface.
///
/// peakmem links jemalloc without a symbol prefix, so it serves every `malloc` of the
/// process. An instance resolves the management information base (MIB) of each control it
/// uses once, in ``init()``; later calls go through `mallctlbymib`, cost no string lookup and
/// allocate nothing, so the sampler can call them every tick.
///
/// **Staleness.** jemalloc's `stats.*` figures are a snapshot refreshed only when the `epoch`
/// control is written. ``statistics(refresh:)`` advances the epoch first unless told not to;
/// ``advanceEpoch()`` does it alone.
///
/// **Thread safety.** `mallctl` is thread-safe and the type is immutable, so one instance may
/// be used from any number of threads at once. The `thread.*` calls (``flushThreadCache()``,
/// ``threadPeak()``, ``resetThreadPeak()``) act on the *calling* thread only.
///
/// Every failure is a ``JemallocError``; no figure is ever reported as a silent zero.
public struct Jemalloc: Sendable {
    /// The full version string of the linked jemalloc (`version`), e.g.
    /// `5.3.0-0-g54eaed1d8b56b1aa528be3bdd1877e59c56fa90c`.
    public let version: String

    private let epoch: MallctlEntry
    private let allocated: MallctlEntry
    private let active: MallctlEntry
    private let resident: MallctlEntry
    private let mapped: MallctlEntry
    private let retained: MallctlEntry
    private let metadata: MallctlEntry
    private let tcacheFlush: MallctlEntry
    private let purgeAll: MallctlEntry
    private let peakRead: MallctlEntry
    private let peakReset: MallctlEntry

    /// Resolves every control this type uses and checks that jemalloc keeps statistics.
    ///
    /// - Throws: ``JemallocError/unknownName(_:)`` if a control is missing (e.g. jemalloc
    ///   older than 5.3 has no `thread.peak.read`), ``JemallocError/statisticsDisabled`` if
    ///   jemalloc was built without `--enable-stats`.
    public init() throws(JemallocError) {
        guard try MallctlEntry("config.stats").readBool() else { throw .statisticsDisabled }
        version = try MallctlEntry("version").readString()
        epoch = try MallctlEntry("epoch")
        allocated = try MallctlEntry("stats.allocated")
        active = try MallctlEntry("stats.active")
        resident = try MallctlEntry("stats.resident")
        mapped = try MallctlEntry("stats.mapped")
        retained = try MallctlEntry("stats.retained")
        metadata = try MallctlEntry("stats.metadata")
        tcacheFlush = try MallctlEntry("thread.tcache.flush")
        purgeAll = try MallctlEntry("arena.\(MALLCTL_ARENAS_ALL).purge")
        peakRead = try MallctlEntry("thread.peak.read")
        peakReset = try MallctlEntry("thread.peak.reset")
    }

    /// Refreshes jemalloc's statistics snapshot (writes the `epoch` control), so that the
    /// next `stats.*` reads reflect every allocation and free made before this call.
    public func advanceEpoch() throws(JemallocError) {
        try epoch.exchange(UInt64(1))
    }

    /// jemalloc's process-wide statistics, in bytes.
    ///
    /// - Parameter refresh: when true (the default), advances the epoch first so the figures
    ///   are current; when false, returns the snapshot of the last epoch (possibly stale).
    public func statistics(refresh: Bool = true) throws(JemallocError) -> JemallocStatistics {
        if refresh { try advanceEpoch() }
        return JemallocStatistics(
            allocated: try allocated.readSize(),
            active: try active.readSize(),
            resident: try resident.readSize(),
            mapped: try mapped.readSize(),
            retained: try retained.readSize(),
            metadata: try metadata.readSize()
        )
    }

    /// The sampler's per-tick read: advances the epoch, then reads `stats.allocated` and
    /// `stats.resident` (bytes). Allocates nothing.
    func sampleAllocatedAndResident() throws(JemallocError) -> (allocated: Int, resident: Int) {
        try advanceEpoch()
        return (try allocated.readSize(), try resident.readSize())
    }

    /// Returns every object cached in the calling thread's cache to its arena
    /// (`thread.tcache.flush`), so freed memory stops looking allocated to the arenas.
    public func flushThreadCache() throws(JemallocError) {
        try tcacheFlush.call()
    }

    /// Purges the unused dirty and muzzy pages of every arena (`arena.4096.purge`, 4096 being
    /// `MALLCTL_ARENAS_ALL`): freed memory that jemalloc kept mapped is returned to the
    /// kernel, so it leaves `stats.resident` and the process's RSS. Without it, freed blocks
    /// under about 8 MiB linger as dirty pages for up to `dirty_decay_ms` (10 s).
    public func purgeAllArenas() throws(JemallocError) {
        try purgeAll.call()
    }

    /// `thread.peak.read`: the largest value, since the calling thread's last
    /// ``resetThreadPeak()`` (or its start), of the bytes that thread allocated minus the
    /// bytes it freed, in bytes. Approximate: jemalloc updates it at allocation events
    /// spaced roughly 64 KiB apart, and it counts only the calling thread's own `malloc`s and
    /// `free`s (memory freed by another thread lowers that thread's figure, not this one's).
    public func threadPeak() throws(JemallocError) -> Int {
        Int(clamping: try peakRead.readUInt64())
    }

    /// `thread.peak.reset`: restarts the calling thread's ``threadPeak()`` from zero.
    public func resetThreadPeak() throws(JemallocError) {
        try peakReset.call()
    }
}
