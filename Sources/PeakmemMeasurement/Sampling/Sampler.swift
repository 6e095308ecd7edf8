#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine

/// A background thread that records the process's memory figures at a fixed interval.
///
/// Each tick advances jemalloc's epoch and reads `stats.allocated` and `stats.resident`, reads
/// the resident set size from `/proc/self/statm` and the ledger's live bytes, and appends a
/// ``Sample`` to a timeline preallocated (and pre-touched) when the sampler is created. A tick
/// costs about 7–8 µs of the sampler thread's CPU and allocates nothing; ticks are paced with
/// `clock_nanosleep` against absolute deadlines, so they do not drift.
///
/// Create the sampler *before* taking baselines (its timeline buffer is allocated and touched
/// in ``init(interval:capacity:jemalloc:process:ledger:)``), then ``start()`` and ``stop()``.
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
    private var thread: pthread_t?
    /// The CPU-time clock of the running sampler thread.
    private var threadClock: clockid_t?

    /// Prepares a sampler and its timeline storage (`capacity` × 40 bytes, touched now).
    ///
    /// - Throws: ``MeasurementError/invalidSamplerConfiguration(_:)`` for an interval under
    ///   1 µs or a capacity below 2.
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
        run = SamplerRun(intervalNanoseconds: nanoseconds, capacity: capacity, jemalloc: jemalloc,
                         process: process, ledger: ledger)
    }

    deinit {
        if let thread {
            run.stopRequested.store(true, ordering: .releasing)
            pthread_join(thread, nil)
        }
    }

    /// Whether the sampler thread is running.
    public var isRunning: Bool { thread != nil }

    /// Takes the first sample on the calling thread (so a failing probe throws here), then
    /// starts the sampler thread.
    public func start() throws(MeasurementError) {
        guard thread == nil else { throw .samplerAlreadyRunning }
        try run.begin()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // The loop needs little stack; a small one keeps the thread's own footprint small.
        pthread_attr_setstacksize(&attributes, 256 * 1024)
        var handle = pthread_t()
        let context = Unmanaged.passRetained(run).toOpaque()
        let code = pthread_create(&handle, &attributes, { context in
            let run = Unmanaged<SamplerRun>.fromOpaque(context!).takeRetainedValue()
            run.loop()
            return nil
        }, context)
        guard code == 0 else {
            Unmanaged<SamplerRun>.fromOpaque(context).release()
            throw .samplerThread(errno: code)
        }
        thread = handle
        var clock = clockid_t()
        threadClock = pthread_getcpuclockid(handle, &clock) == 0 ? clock : nil
    }

    /// CPU time used so far by the running sampler thread, in nanoseconds (its
    /// `pthread_getcpuclockid` clock), or nil when no thread runs or the clock is unavailable.
    func samplerThreadCPUNanoseconds() -> Int64? {
        guard thread != nil, let threadClock else { return nil }
        var time = timespec()
        guard clock_gettime(threadClock, &time) == 0 else { return nil }
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Asks the thread for a final tick, waits for it to end and returns the timeline.
    ///
    /// - Throws: ``MeasurementError/samplerNotRunning`` if not started; the failure of a probe
    ///   if a tick failed on the thread (sampling had stopped at that tick).
    public func stop() throws(MeasurementError) -> Timeline {
        guard let thread else { throw .samplerNotRunning }
        run.stopRequested.store(true, ordering: .releasing)
        pthread_join(thread, nil)
        self.thread = nil
        threadClock = nil
        if let failure = run.failure { throw failure }
        return run.timeline()
    }
}
