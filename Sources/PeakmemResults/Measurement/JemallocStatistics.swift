/// jemalloc's process-wide statistics at one `epoch`, in bytes.
///
/// These are jemalloc's own totals over all arenas (`stats.*` controls). They count heap
/// memory only — every `malloc` of the process, the array engine's buffers and Swift's own
/// objects alike — and nothing that bypasses malloc (OpenBLAS's `mmap`ed work buffers, thread
/// stacks, the executable). `allocated ≤ active ≤ mapped`; jemalloc documents no strict order
/// between `mapped` and `resident`, and `retained` is separate from both.
public struct JemallocStatistics: Sendable, Hashable, Codable {
    /// `stats.allocated`: bytes in live allocations, as jemalloc rounded them up to its size
    /// classes (so at least the sum of the requested sizes). Counts pages that were never
    /// touched: a fresh 1 GiB `malloc` adds 1 GiB here at once.
    public var allocated: Int
    /// `stats.active`: bytes in active pages (a multiple of the page size, at least
    /// `allocated`): the pages of live allocations, including the unused parts of partly used
    /// small-object slabs; not unused dirty or muzzy pages, not metadata pages.
    public var active: Int
    /// `stats.resident`: jemalloc's upper bound on its physically resident data pages:
    /// metadata pages, pages backing live allocations and unused dirty pages not yet purged.
    /// A maximum, not a measurement: pages of live allocations that were never touched count.
    public var resident: Int
    /// `stats.mapped`: bytes in the active extents jemalloc has mapped (larger than `active`);
    /// inactive extents, even those holding unused dirty pages, are not included.
    public var mapped: Int
    /// `stats.retained`: bytes of virtual memory jemalloc keeps mapped for reuse instead of
    /// unmapping it — typically untouched, decommitted or purged, so with no physical memory
    /// behind it. Not part of `mapped` or `resident`.
    public var retained: Int
    /// `stats.metadata`: bytes jemalloc uses for its own bookkeeping (base allocations and
    /// internal allocations such as thread-cache arrays).
    public var metadata: Int

    /// Creates statistics from the given byte counts.
    public init(allocated: Int, active: Int, resident: Int, mapped: Int, retained: Int, metadata: Int) {
        self.allocated = allocated
        self.active = active
        self.resident = resident
        self.mapped = mapped
        self.retained = retained
        self.metadata = metadata
    }
}
