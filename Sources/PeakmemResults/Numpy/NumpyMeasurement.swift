/// The figures of one measured run on real NumPy, as the driver reports them (bytes unless
/// said). Which tool gave which figure:
/// - `peak_increment`, `allocations`, `allocated_total`: **memray** (`memray.Tracker` around
///   the exact run, its records replayed): every malloc-family allocation made during `run`,
///   NumPy's plain-`malloc` buffers included; `mmap` regions (OpenBLAS thread buffers,
///   Python's arenas), pymalloc's small objects, allocations made inside BLAS calls
///   (OpenBLAS's job buffers; `blas_peak`) and the interpreter's own (Python objects over
///   512 bytes, tracemalloc's bookkeeping; `interpreter_peak`) excluded, told apart by
///   memray's native stacks, as peakmem's ledger excludes them. `memray_peak` is memray's own metadata peak, everything
///   included.
/// - `traced_peak_increment`, `retained`, `temporaries`: **tracemalloc** (started before the
///   setup): its traced peak during `run` minus its traced bytes before; NumPy reports its
///   data buffers to tracemalloc, not its plain-`malloc` buffers (e.g. matmul's copies).
/// - `rss_peak`, `rss_increment`, `memit_*`, `timeline`: the kernel (VmHWM reset through
///   `clear_refs`, VmRSS sampled by a thread), in the untraced timed run.
/// - `time`: the timed run (memray not tracking; tracemalloc on).
public struct NumpyMeasurement: Sendable, Codable, Hashable {
    /// One sampler tick.
    public struct Sample: Sendable, Codable, Hashable {
        public var time: Double
        public var rss: Int

        public init(time: Double, rss: Int) {
            self.time = time
            self.rss = rss
        }
    }

    /// An array bound after the run (for `expect:` expressions).
    public struct ArraySize: Sendable, Codable, Hashable {
        public var nbytes: Int
        public var size: Int

        public init(nbytes: Int, size: Int) {
            self.nbytes = nbytes
            self.size = size
        }
    }

    public struct Time: Sendable, Codable, Hashable {
        public var wall: Double
        public var cpu: Double

        public init(wall: Double, cpu: Double) {
            self.wall = wall
            self.cpu = cpu
        }
    }

    public var peakIncrement: Int
    public var memrayPeak: Int
    /// The peak and total of the allocations made inside BLAS calls (excluded from
    /// `peak_increment`): OpenBLAS's own work buffers.
    public var blasPeak: Int
    public var blasAllocatedTotal: Int
    /// The peak of the interpreter's own allocations (excluded from `peak_increment`): Python
    /// objects larger than 512 bytes and tracemalloc's bookkeeping.
    public var interpreterPeak: Int
    public var tracedPeakIncrement: Int
    public var retained: Int
    public var temporaries: Int
    public var allocations: Int
    public var allocatedTotal: Int
    public var rssPeak: Int
    public var rssIncrement: Int
    public var rssBefore: Int
    /// asv's `peakmem_` figure: the whole process's maximum RSS (VmHWM) from its start to the
    /// end of the timed run, interpreter, imports and setup included (asv reads `ru_maxrss`
    /// after one call of the benchmark).
    public var asvPeakmem: Int?
    public var memitPeakMiB: Double
    public var memitIncrementMiB: Double
    public var time: Time
    /// Wall seconds of the exact run (under memray and tracemalloc).
    public var tracedWallTime: Double
    public var timeline: [Sample]
    public var arrays: [String: ArraySize]
    /// python, numpy, memray, blas, and scipy/numexpr/opt_einsum when the code imported them.
    public var versions: [String: String]

    enum CodingKeys: String, CodingKey {
        case peakIncrement = "peak_increment"
        case memrayPeak = "memray_peak"
        case blasPeak = "blas_peak"
        case blasAllocatedTotal = "blas_allocated_total"
        case interpreterPeak = "interpreter_peak"
        case tracedPeakIncrement = "traced_peak_increment"
        case retained, temporaries, allocations
        case allocatedTotal = "allocated_total"
        case rssPeak = "rss_peak"
        case rssIncrement = "rss_increment"
        case rssBefore = "rss_before"
        case asvPeakmem = "asv_peakmem"
        case memitPeakMiB = "memit_peak_mib"
        case memitIncrementMiB = "memit_increment_mib"
        case time
        case tracedWallTime = "traced_wall_time"
        case timeline, arrays, versions
    }

    /// The figures by name, as in results JSON `figures`.
    public var figures: [String: Double] {
        [
            "peak_increment": Double(peakIncrement), "memray_peak": Double(memrayPeak),
            "blas_peak": Double(blasPeak), "blas_allocated_total": Double(blasAllocatedTotal),
            "interpreter_peak": Double(interpreterPeak),
            "traced_peak_increment": Double(tracedPeakIncrement), "retained": Double(retained),
            "temporaries": Double(temporaries), "allocations": Double(allocations),
            "allocated_total": Double(allocatedTotal), "rss_peak": Double(rssPeak),
            "rss_increment": Double(rssIncrement), "memit_peak_mib": memitPeakMiB,
            "memit_increment_mib": memitIncrementMiB,
        ].merging(asvPeakmem.map { ["asv_peakmem": Double($0)] } ?? [:]) { first, _ in first }
    }

    /// The tool behind each figure, recorded in results (`figure_sources`).
    public static let figureSources: [String: String] = [
        "peak_increment": "memray (malloc-family heap of the run; mmap, Python objects, tracemalloc and BLAS-internal allocations excluded)",
        "interpreter_peak": "memray (Python objects > 512 B, tracemalloc bookkeeping)",
        "blas_peak": "memray (allocations inside BLAS calls)", "blas_allocated_total": "memray (allocations inside BLAS calls)",
        "allocations": "memray", "allocated_total": "memray",
        "memray_peak": "memray metadata peak (mmap included)",
        "traced_peak_increment": "tracemalloc", "retained": "tracemalloc", "temporaries": "tracemalloc",
        "rss_peak": "kernel VmHWM", "rss_increment": "kernel VmHWM - VmRSS",
        "memit_peak_mib": "kernel VmHWM", "memit_increment_mib": "kernel VmHWM - VmRSS",
        "asv_peakmem": "asv's peakmem: kernel VmHWM of the whole process (interpreter, imports, setup included)",
    ]
}
