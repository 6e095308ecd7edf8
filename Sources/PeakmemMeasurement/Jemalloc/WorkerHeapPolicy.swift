/// The jemalloc settings of a measuring worker: freed array buffers go back to the kernel (and
/// are page-faulted again when the memory is next used) at the sizes where NumPy's allocator,
/// glibc malloc, gives them back.
///
/// **Why.** A buffer that goes back to the kernel at `free` has to be page-faulted again
/// when the next buffer uses that memory; one kept by the allocator is reused without faults.
/// glibc serves a block from its own `mmap`, unmapped at `free`, only when it is at least
/// its mmap threshold; the threshold starts at 128 KiB and rises to the size of each such
/// block freed, up to 32 MiB (`DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit). So once a process has
/// freed a block of some size (NumPy's warm-up runs have), blocks up to that size come from
/// the heap, where a freed block stays resident and the next one of its size reuses it; only
/// blocks over 32 MiB are always mapped afresh. jemalloc 5.3's defaults draw that line at
/// 8 MiB instead: requests whose size class is 8 MiB or more go to the huge arena, which
/// purges them at `free` (`opt.oversize_threshold`), and arena 0 purges any freed extent of
/// 8 MiB or more at once too (its threshold is set before the options are read, and is
/// skipped only when decay is off). Every 8–32 MiB temporary of a run — the 8 MB chunks of
/// large-array-techniques/chunked, the 8 MB float64 images of rgb-cmyk-lookup/per-pixel, the
/// 10 MB uint8 arrays of large-array-techniques/uint8 — was then page-faulted afresh where
/// NumPy's reused memory (28 590 faults against NumPy's 1 890 for chunked, whose Swift ÷ NumPy
/// time went from 1.61–1.62 to 0.59–0.72 with this policy and the 2 MiB alignment of large
/// buffers: docs/research/elementwise-timing.md).
///
/// **The two halves.**
/// - ``mallocConf`` (`oversize_threshold:33554432`) goes into the worker's `MALLOC_CONF`,
///   which jemalloc reads only when it starts, so the parent sets it
///   (``mallocConf(inherited:)``): allocations whose size class is 32 MiB or more are served
///   by the huge arena and purged at `free`, as glibc unmaps its blocks over 32 MiB.
/// - ``apply(to:)``, called in the worker before the scenario's setup, turns off decay
///   (`dirty_decay_ms = -1`) for the arena of the calling thread, the arena that allocates
///   the arrays: freed extents under 32 MiB stay resident and are reused, as glibc's heap
///   blocks are, until an explicit purge. The measurement's quiesce (`arena.4096.purge`, DESIGN §2)
///   still purges them before the baselines, as NumPy's driver calls `malloc_trim(0)`.
///
/// Neither half changes what the program allocates or frees: the ledger's exact figures do
/// not depend on it. It changes when memory returns to the kernel, so the RSS figures follow
/// glibc's (freed buffers under 32 MiB count in the RSS until reused, as in NumPy's heap),
/// and the times lose the page faults NumPy does not take.
public enum WorkerHeapPolicy {
    /// The size class from which allocations are purged at `free`: glibc's largest mmap
    /// threshold, 32 MiB.
    public static let oversizeThreshold = 32 << 20

    /// The jemalloc options a worker starts with (`MALLOC_CONF` syntax).
    public static let mallocConf = "oversize_threshold:\(oversizeThreshold)"

    /// The `MALLOC_CONF` of a worker whose parent has `inherited` (nil when unset): the
    /// policy's options first, then the inherited ones, which jemalloc applies later, so a
    /// user's own `MALLOC_CONF` still wins where the two set the same option.
    public static func mallocConf(inherited: String?) -> String {
        guard let inherited, !inherited.isEmpty else { return mallocConf }
        return mallocConf + "," + inherited
    }

    /// What ``apply(to:)`` found and did.
    public struct Applied: Sendable, Hashable {
        /// The arena of the calling thread, whose decay was turned off.
        public var arena: UInt32
        /// That arena's `dirty_decay_ms` before (restore it with `setDirtyDecay`).
        public var previousDirtyDecay: Int
    }

    /// The worker's half: sets `dirty_decay_ms` of the calling thread's arena to -1 (freed
    /// pages stay until an explicit purge). The other half, the oversize threshold the process
    /// started with, is `Jemalloc.oversizeThreshold()`.
    @discardableResult
    public static func apply(to jemalloc: Jemalloc) throws(JemallocError) -> Applied {
        let arena = try jemalloc.threadArena()
        return Applied(arena: arena, previousDirtyDecay: try jemalloc.setDirtyDecay(-1, arena: arena))
    }
}
