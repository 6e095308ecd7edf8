/// The memory and time figures of one measured run (DESIGN §2), in bytes unless said.
///
/// Three kinds of figures, from three sources:
/// - **exact** (the ledger of array buffers: deterministic, machine-independent; they count
///   the bytes NumPy would request for the same arrays, not what the allocator rounds them to,
///   and nothing but array buffers): ``peakIncrement``, ``retained``, ``temporaries``,
///   ``allocations``, ``deallocations``, ``allocatedTotal``;
/// - **sampled** (jemalloc statistics read by the sampler every interval: a peak shorter than
///   the interval can be missed; they count every heap allocation of the process, rounded to
///   jemalloc's size classes): ``jemallocAllocatedPeak``, ``jemallocResidentPeak``, ``timeline``;
///   ``threadPeak`` is jemalloc's own approximate per-thread peak;
/// - **page level** (the kernel: exact pages, but they include everything resident — touched
///   pages only, OpenBLAS's `mmap`ed work buffers, thread stacks — and depend on the machine):
///   ``rssPeak``, ``rssIncrement``, ``memitPeakMiB``, ``memitIncrementMiB``.
public struct MeasurementResult: Sendable, Hashable, Codable {
    /// `peak_increment` (exact): the ledger's peak live bytes during the run minus its live
    /// bytes before. The highest amount of array memory the run had at one time on top of its
    /// inputs. The gate's default metric.
    public var peakIncrement: Int
    /// `retained` (exact): ledger live bytes after the run minus before — the arrays the run
    /// left alive (negative if it freed inputs).
    public var retained: Int
    /// `temporaries` (exact): `peak_increment − retained`, the part of the peak that the run
    /// freed again before it ended.
    public var temporaries: Int
    /// `allocations` (exact): array buffers allocated during the run.
    public var allocations: Int
    /// `deallocations` (exact): array buffers freed during the run.
    public var deallocations: Int
    /// `allocated_total` (exact): bytes of all array buffers allocated during the run, freed
    /// or not.
    public var allocatedTotal: Int
    /// `jemalloc_allocated_peak` (sampled): the largest `stats.allocated` the sampler saw
    /// minus the baseline's. Every `malloc` of the process, rounded to size classes, touched
    /// or not; may be slightly negative if the run freed memory and allocated little.
    public var jemallocAllocatedPeak: Int
    /// `jemalloc_resident_peak` (sampled): the largest `stats.resident` the sampler saw minus
    /// the baseline's (jemalloc's upper bound on resident heap pages, untouched pages of live
    /// allocations and unpurged dirty pages included).
    public var jemallocResidentPeak: Int
    /// `rss_peak` (page level): the kernel's `VmHWM` after the run, which was reset to `VmRSS`
    /// just before it, or the highest `VmRSS` the sampler saw when that is larger (the kernel
    /// updates the high-water mark lazily): the largest resident set of the whole process
    /// during the run (absolute, not an increment).
    public var rssPeak: Int
    /// `rss_increment` (page level): ``rssPeak`` minus `VmRSS` before the run.
    public var rssIncrement: Int
    /// `memit_peak_mib`: what IPython's `%memit` prints as "peak memory", in MiB (2^20
    /// bytes; memory_profiler's "MiB"): ``rssPeak`` / 2^20. memit samples RSS; the kernel's
    /// high-water mark is the value memit's sampling approaches from below.
    public var memitPeakMiB: Double
    /// `memit_increment_mib`: what `%memit` prints as "increment", in MiB: peak minus the RSS
    /// before the run, i.e. ``rssIncrement`` / 2^20.
    public var memitIncrementMiB: Double
    /// `thread_peak` (approximate): jemalloc's `thread.peak.read` for the thread that ran the
    /// code, reset just before: the largest (allocated − freed) heap bytes of that thread
    /// during the run, updated about every 64 KiB of allocation activity. Excludes
    /// allocations of other threads.
    public var threadPeak: Int
    /// `mapped` (exact): the most bytes of files mapped into memory at once by file-backed
    /// arrays (`np.memmap`) during the run, mappings made before it included (absolute, like
    /// ``rssPeak``). Mapped pages are the page cache's: they show in RSS when touched and
    /// never in the heap figures. Nil in results written before this figure existed.
    public var mapped: Int?
    /// Wall and CPU seconds of the run.
    public var time: MeasuredTime
    /// The number of threads OpenBLAS used (`openblas_get_num_threads()` after the run).
    public var openblasThreads: Int
    /// The figures before the run.
    public var baseline: MeasurementBaseline
    /// jemalloc's statistics after the run (epoch advanced, nothing purged).
    public var jemallocAfter: JemallocStatistics
    /// The kernel's `VmRSS` after the run, in bytes.
    public var rssAfter: Int
    /// The sampler's record of the run (sampled).
    public var timeline: Timeline
    /// The buffers live at the ledger's high-water mark (exact; Swift engine only). The
    /// parent moves it to ``VariantResult/peakAnatomy`` (it is the same in every run), so it is
    /// nil in the `runs` of the results.
    public var peakAnatomy: PeakAnatomy?
    /// The line-by-line figures of the run (`--lines`; Swift engine), moved to
    /// ``VariantResult/lines`` by the parent like ``peakAnatomy``.
    public var lines: [LineFigures]?

    /// Creates a result from its figures; ``MemoryMeasurement`` is the usual source.
    public init(peakIncrement: Int, retained: Int, temporaries: Int, allocations: Int, deallocations: Int,
                allocatedTotal: Int, jemallocAllocatedPeak: Int, jemallocResidentPeak: Int, rssPeak: Int,
                rssIncrement: Int, memitPeakMiB: Double, memitIncrementMiB: Double, threadPeak: Int,
                time: MeasuredTime, openblasThreads: Int, baseline: MeasurementBaseline,
                jemallocAfter: JemallocStatistics, rssAfter: Int, timeline: Timeline, mapped: Int? = nil) {
        self.peakIncrement = peakIncrement
        self.retained = retained
        self.temporaries = temporaries
        self.allocations = allocations
        self.deallocations = deallocations
        self.allocatedTotal = allocatedTotal
        self.jemallocAllocatedPeak = jemallocAllocatedPeak
        self.jemallocResidentPeak = jemallocResidentPeak
        self.rssPeak = rssPeak
        self.rssIncrement = rssIncrement
        self.memitPeakMiB = memitPeakMiB
        self.memitIncrementMiB = memitIncrementMiB
        self.threadPeak = threadPeak
        self.time = time
        self.openblasThreads = openblasThreads
        self.baseline = baseline
        self.jemallocAfter = jemallocAfter
        self.rssAfter = rssAfter
        self.timeline = timeline
        self.mapped = mapped
    }

    private enum CodingKeys: String, CodingKey {
        case peakIncrement = "peak_increment"
        case retained, temporaries, allocations, deallocations
        case allocatedTotal = "allocated_total"
        case jemallocAllocatedPeak = "jemalloc_allocated_peak"
        case jemallocResidentPeak = "jemalloc_resident_peak"
        case rssPeak = "rss_peak"
        case rssIncrement = "rss_increment"
        case memitPeakMiB = "memit_peak_mib"
        case memitIncrementMiB = "memit_increment_mib"
        case threadPeak = "thread_peak"
        case mapped
        case time
        case openblasThreads = "openblas_threads"
        case baseline
        case jemallocAfter = "jemalloc_after"
        case rssAfter = "rss_after"
        case timeline
        case peakAnatomy = "peak_anatomy"
        case lines
    }
}
