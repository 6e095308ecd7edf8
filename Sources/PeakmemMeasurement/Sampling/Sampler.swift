#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine
import PeakmemResults

/// A background thread that records the process's memory figures at a fixed interval.
///
/// Each tick advances jemalloc's epoch and reads `stats.allocated` and `stats.resident`, reads
/// the resident set size from `/proc/self/statm` and the ledger's live bytes, and appends a
/// ``Sample`` to a timeline preallocated (and pre-touched) when the sampler is created. A tick
/// allocates nothing; ticks are paced with `clock_nanosleep` against absolute deadlines, so
/// they do not drift, and a late tick skips the deadlines it missed (counted, not caught up).
///
/// Cost: a tick's CPU time (the reads, the wake-up from sleep, cold caches next to busy
/// OpenBLAS threads) is what `SamplerBenchmark` in peakmem-bench measures (`make bench`,
/// reports/BENCH.md). In the committed run on this 2-core virtual machine a tick cost 44.5–53.5 µs
/// at 1 ms, 4.4–5.4 % of one core, and about 1 % of a core at 10 ms; a dgemm loop at 1 ms was
/// slowed by +1.31 % with every core busy and +0.61 % with a core free.
///
/// Create the sampler *before* taking baselines: its timeline buffer is allocated and touched,
/// and its thread created and warmed up, in ``init(interval:capacity:jemalloc:process:ledger:)``,
/// so sampling itself adds nothing to the figures it records. Then ``start()`` and ``stop()``.
/// A sampler can be started again after it stopped.
///
/// Not thread-safe: one thread drives `start()` and `stop()`.
public final class Sampler {
    /// The interval between ticks.
    public let interval: Duration
    /// How many samples the timeline holds before it decimates (see ``Timeline``).
    public let capacity: Int

    /// The default interval: 1 ms.
    public static let defaultInterval = Duration.milliseconds(1)
    /// The default capacity: 32 768 samples (about 33 s at 1 ms before decimation; 1.3 MB).
    public static let defaultCapacity = 32_768

    private let run: SamplerRun
    /// The ledger whose high-water marks trigger readings while running.
    private let ledger: Ledger
    /// The sampler thread: idle (warmed up, waiting) or running; nil after ``stop()``.
    private var thread: pthread_t?
    /// Whether the thread was released into its sampling loop.
    private var running = false
    /// The CPU-time clock of the sampler thread; set and cleared with ``thread``.
    private var threadClock: clockid_t?

    /// Prepares a sampler: allocates and touches its timeline storage (`capacity` × 40 bytes)
    /// and starts its thread idle, after that thread's first jemalloc call (which sets up the
    /// thread's jemalloc state and allocates). Everything a sampler allocates is thus
    /// allocated here, before any baseline the caller takes next.
    ///
    /// - Throws: ``MeasurementError/invalidSamplerConfiguration(_:)`` for an interval under
    ///   1 µs or a capacity below 2; ``MeasurementError/samplerThread(errno:)`` if the thread
    ///   cannot be created.
    public init(interval: Duration = Sampler.defaultInterval, capacity: Int = Sampler.defaultCapacity,
                jemalloc: Jemalloc, process: ProcessMemory, ledger: Ledger = .shared) throws(MeasurementError) {
        let components = interval.components
        let nanoseconds = components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
        guard nanoseconds >= 1_000 else {
            throw .invalidSamplerConfiguration("interval \(interval) is shorter than 1 µs")
        }
        guard capacity >= 2 else {
            throw .invalidSamplerConfiguration("capacity \(capacity) is below 2")
        }
        self.interval = interval
        self.capacity = capacity
        self.ledger = ledger
        run = SamplerRun(intervalNanoseconds: nanoseconds, capacity: capacity, jemalloc: jemalloc,
                         process: process, ledger: ledger)
        try spawn()
    }

    deinit {
        if running { ledger.highWaterObserver = nil }
        if let thread {
            run.stopRequested.store(true, ordering: .releasing)
            if !running { sem_post(run.go) }
            pthread_join(thread, nil)
        }
    }

    /// Whether the sampler is sampling (between ``start()`` and ``stop()``).
    public var isRunning: Bool { running }

    /// Takes the first sample on the calling thread (so a failing probe throws here), then
    /// releases the sampler thread into its loop and has the ledger call back at each new
    /// high-water mark (``Ledger/highWaterObserver``): every buffer that raises the exact
    /// peak is followed by a reading of jemalloc's figures on the allocating thread, so no
    /// sampled heap peak is below the exact peak it contains. After a ``stop()``, a new thread
    /// is created first (not before the caller's baselines, then).
    public func start() throws(MeasurementError) {
        guard !running else { throw .samplerAlreadyRunning }
        if thread == nil { try spawn() }
        try run.begin()
        running = true
        let run = self.run
        ledger.highWaterObserver = { run.readHighWater() }
        sem_post(run.go)
    }

    /// Ends the thread, takes the final sample on the calling thread (one at the very end of
    /// the window) and returns the timeline.
    ///
    /// - Throws: ``MeasurementError/samplerNotRunning`` if not started; the failure of a probe
    ///   if a tick failed on the thread (sampling had stopped at that tick) or the final one did.
    public func stop() throws(MeasurementError) -> Timeline {
        guard running, let thread else { throw .samplerNotRunning }
        ledger.highWaterObserver = nil
        run.stopRequested.store(true, ordering: .releasing)
        pthread_join(thread, nil)
        self.thread = nil
        running = false
        threadClock = nil
        try run.end()
        return run.timeline()
    }

    /// CPU time used so far by the sampler thread, in nanoseconds (its
    /// `pthread_getcpuclockid` clock), or nil when there is no thread, the clock is
    /// unavailable, or the thread has already ended (a tick failed).
    func samplerThreadCPUNanoseconds() -> Int64? {
        threadClock.flatMap(ProcessClock.nanoseconds(of:))
    }

    /// Creates the thread idle and waits until it has warmed up.
    private func spawn() throws(MeasurementError) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // The loop needs little stack; a small one keeps the thread's own footprint small.
        pthread_attr_setstacksize(&attributes, 256 * 1024)
        var handle = pthread_t()
        let context = Unmanaged.passRetained(run).toOpaque()
        let code = pthread_create(&handle, &attributes, { context in
            let run = Unmanaged<SamplerRun>.fromOpaque(context!).takeRetainedValue()
            run.threadMain()
            return nil
        }, context)
        guard code == 0 else {
            Unmanaged<SamplerRun>.fromOpaque(context).release()
            throw .samplerThread(errno: code)
        }
        while sem_wait(run.ready) != 0 {}
        thread = handle
        var clock = clockid_t()
        threadClock = pthread_getcpuclockid(handle, &clock) == 0 ? clock : nil
    }
}
