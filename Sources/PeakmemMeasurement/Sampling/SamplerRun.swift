#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine
import PeakmemResults
import Synchronization

/// The state one ``Sampler`` shares with its background thread.
///
/// Ownership protocol: the thread is created idle; it warms up (its first jemalloc call sets up
/// its thread-local state and thread cache, which allocates), posts ``ready`` and waits on
/// ``go``. Until the owner posts ``go`` and after `pthread_join`, every mutable field belongs
/// to the owner; in between, to the sampler thread alone. The semaphores and `pthread_join`
/// order the two, so no lock is needed; ``stopRequested`` is the only field both touch
/// concurrently, and it is atomic.
final class SamplerRun: @unchecked Sendable {
    let intervalNanoseconds: Int64
    let capacity: Int
    let jemalloc: Jemalloc
    let process: ProcessMemory
    let ledger: Ledger
    /// Preallocated, touched storage for `capacity` samples.
    let buffer: UnsafeMutablePointer<Sample>

    /// Set by the owner to end the run; the thread exits (the owner then takes the final
    /// sample itself, ``end()``).
    let stopRequested = Atomic<Bool>(false)
    /// Posted by the thread when it has warmed up and waits for ``go``.
    let ready: UnsafeMutablePointer<sem_t>
    /// Posted by the owner to release the thread into its sampling loop (or to let it exit).
    let go: UnsafeMutablePointer<sem_t>

    var startNanoseconds: Int64 = 0
    var count = 0
    var ticks = 0
    var missedTicks = 0
    var stride = 1
    var peaks = TimelinePeaks(jemallocAllocated: 0, jemallocResident: 0, rss: 0, ledgerLive: 0)
    /// The thread's CPU clock when it was released into its loop.
    var threadCPUAtRelease: Int64 = 0
    /// CPU time the thread used from its release to its end.
    var threadCPUNanoseconds: Int64 = 0
    /// The first failure of a tick on the thread; sampling stopped there.
    var failure: MeasurementError?
    /// The largest jemalloc `stats.allocated` and `stats.resident` read at the ledger's
    /// high-water marks (``readHighWater()``, on the allocating threads) since ``begin()``.
    let highWaterAllocated = Atomic<Int>(0)
    let highWaterResident = Atomic<Int>(0)

    /// The longest single sleep, so that a stop request is seen within this time even with a
    /// long interval.
    private static let longestSleepNanoseconds: Int64 = 10_000_000

    init(intervalNanoseconds: Int64, capacity: Int, jemalloc: Jemalloc, process: ProcessMemory, ledger: Ledger) {
        self.intervalNanoseconds = intervalNanoseconds
        self.capacity = capacity
        self.jemalloc = jemalloc
        self.process = process
        self.ledger = ledger
        ready = .allocate(capacity: 1)
        go = .allocate(capacity: 1)
        sem_init(ready, 0, 0)
        sem_init(go, 0, 0)
        buffer = .allocate(capacity: capacity)
        // Touch every page now, so that filling the timeline during a measurement does not
        // grow the resident set being measured.
        buffer.initialize(repeating: Sample(time: 0, jemallocAllocated: 0, jemallocResident: 0, rss: 0, ledgerLive: 0),
                          count: capacity)
    }

    deinit {
        buffer.deinitialize(count: capacity)
        buffer.deallocate()
        sem_destroy(ready)
        sem_destroy(go)
        ready.deallocate()
        go.deallocate()
    }

    /// The whole life of the sampler thread: warm up, report ready, wait for the owner, then
    /// sample until a stop is requested.
    func threadMain() {
        // The first jemalloc and /proc calls of a thread set up its jemalloc state (thread
        // cache included), which allocates: done here, before the owner takes baselines.
        // Failures are ignored here; the owner's first sample reports them.
        _ = try? jemalloc.sampleAllocatedAndResident()
        _ = try? process.residentBytes()
        sem_post(ready)
        while sem_wait(go) != 0 {}
        threadCPUAtRelease = ProcessClock.threadCPUNanoseconds()
        if stopRequested.load(ordering: .acquiring) { return finish() }
        loop()
        finish()
    }

    /// Clears the figures of a previous run and takes the first sample (on the caller's thread).
    func begin() throws(MeasurementError) {
        stopRequested.store(false, ordering: .relaxed)
        count = 0
        ticks = 0
        missedTicks = 0
        stride = 1
        failure = nil
        threadCPUNanoseconds = 0
        highWaterAllocated.store(0, ordering: .relaxed)
        highWaterResident.store(0, ordering: .relaxed)
        startNanoseconds = ProcessClock.monotonicNanoseconds()
        let first = try takeSample()
        peaks = TimelinePeaks(first)
        record(first, final: false)
    }

    /// The sampler thread's body: one tick per interval until a stop is requested (or a tick
    /// fails). Allocates nothing.
    private func loop() {
        var deadline = startNanoseconds + intervalNanoseconds
        while !stopRequested.load(ordering: .acquiring) {
            let now = ProcessClock.monotonicNanoseconds()
            if now < deadline {
                Self.sleep(until: Swift.min(deadline, now + Self.longestSleepNanoseconds))
                continue
            }
            guard tick(final: false) else { return }
            deadline += intervalNanoseconds
            let after = ProcessClock.monotonicNanoseconds()
            if after >= deadline {
                let late = (after - deadline) / intervalNanoseconds + 1
                missedTicks += Int(late)
                deadline += late * intervalNanoseconds
            }
        }
    }

    /// The final sample, taken by the owner after the thread was joined (so there is one at
    /// the end of every measured window, even when the window closed before the thread was
    /// first scheduled), and the high-water readings folded into the peaks.
    func end() throws(MeasurementError) {
        if let failure { throw failure }
        let sample = try takeSample()
        peaks.include(sample)
        record(sample, final: true)
        peaks.jemallocAllocated = Swift.max(peaks.jemallocAllocated, highWaterAllocated.load(ordering: .acquiring))
        peaks.jemallocResident = Swift.max(peaks.jemallocResident, highWaterResident.load(ordering: .acquiring))
    }

    /// A reading of jemalloc's heap figures at a ledger high-water mark, on the thread that
    /// allocated the buffer (``Ledger/highWaterObserver``): an epoch and two reads, nothing
    /// allocated. A failed read is skipped (the ticks report probe failures).
    func readHighWater() {
        guard let heap = try? jemalloc.sampleAllocatedAndResident() else { return }
        highWaterAllocated.max(heap.allocated, ordering: .acquiringAndReleasing)
        highWaterResident.max(heap.resident, ordering: .acquiringAndReleasing)
    }

    /// Reads the figures into the timeline; false (with ``failure`` set) if a probe failed.
    private func tick(final: Bool) -> Bool {
        do {
            let sample = try takeSample()
            peaks.include(sample)
            record(sample, final: final)
            return true
        } catch {
            failure = error
            return false
        }
    }

    private func finish() {
        threadCPUNanoseconds = ProcessClock.threadCPUNanoseconds() - threadCPUAtRelease
    }

    /// One reading of every figure: epoch + jemalloc allocated/resident, statm, ledger.
    private func takeSample() throws(MeasurementError) -> Sample {
        let time = ProcessClock.monotonicNanoseconds()
        let heap: (allocated: Int, resident: Int)
        do { heap = try jemalloc.sampleAllocatedAndResident() } catch { throw .jemalloc(error) }
        let rss: Int
        do { rss = try process.residentBytes() } catch { throw .process(error) }
        let live = ledger.snapshot().live
        return Sample(time: Double(time - startNanoseconds) / 1e9, jemallocAllocated: heap.allocated,
                      jemallocResident: heap.resident, rss: rss, ledgerLive: live)
    }

    /// Appends `sample` if its tick falls on the stride (or it is the final one), decimating
    /// the buffer in place when it is full. (Internal, not private, for the decimation test.)
    func record(_ sample: Sample, final: Bool) {
        let index = ticks
        ticks += 1
        guard final || index % stride == 0 else { return }
        if count == capacity {
            // Keep samples 0, 2, 4, ... (the last one too when the capacity is odd): ticks 0,
            // 2·stride, 4·stride, ...
            let kept = (capacity + 1) / 2
            for slot in 0 ..< kept {
                buffer[slot] = buffer[2 * slot]
            }
            count = kept
            stride *= 2
            guard final || index % stride == 0 else { return }
        }
        buffer[count] = sample
        count += 1
    }

    /// The recorded run, copied out of the buffer (call after the thread has been joined).
    func timeline() -> Timeline {
        let samples = Array(UnsafeBufferPointer(start: buffer, count: count))
        let duration = samples.last.map { $0.time - samples[0].time } ?? 0
        return Timeline(interval: Double(intervalNanoseconds) / 1e9, duration: duration, ticks: ticks,
                        missedTicks: missedTicks, stride: stride, samples: samples, peaks: peaks,
                        samplerCPU: Double(threadCPUNanoseconds) / 1e9)
    }

    /// Sleeps until the absolute `CLOCK_MONOTONIC` time `nanoseconds` (or a signal).
    private static func sleep(until nanoseconds: Int64) {
        var time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        _ = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &time, nil)
    }
}
