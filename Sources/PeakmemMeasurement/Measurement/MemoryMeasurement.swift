import PeakmemEngine
import PeakmemResults

/// Measures the memory and time of one piece of code with the protocol of DESIGN §2.
///
/// ``measure(_:)`` runs, in order:
/// 1. prepares a ``Sampler`` (its timeline buffer is allocated and touched before the
///    baselines, so it is not part of any increment);
/// 2. quiesces: `thread.tcache.flush`, then `arena.4096.purge` (freed memory leaves the
///    heap's resident figures and the RSS) — unless ``Configuration/quiesce`` is false;
/// 3. resets the ledger peak and takes the baselines: ledger live bytes; jemalloc
///    `stats.allocated` / `active` / `resident` (epoch advanced); `VmRSS`;
/// 4. resets the kernel's `VmHWM` to the current `VmRSS` (`clear_refs`) and jemalloc's
///    `thread.peak` of the calling thread;
/// 5. starts the sampler, runs the closure timed (wall: `CLOCK_MONOTONIC`; CPU:
///    `CLOCK_PROCESS_CPUTIME_ID`), stops the sampler;
/// 6. reads the ledger (peak, live, counters), `thread.peak`, `VmHWM` and `VmRSS`, jemalloc's
///    statistics and OpenBLAS's thread count.
///
/// The closure runs on the calling thread. The figures are process-wide (except the ledger's,
/// which count array buffers only, and `thread.peak`): run one measurement at a time per
/// process, with no unrelated work on other threads.
public struct MemoryMeasurement: Sendable {
    /// Options of a measurement.
    public struct Configuration: Sendable, Hashable {
        /// The sampler's interval (default 1 ms).
        public var samplingInterval: Duration
        /// The sampler's timeline capacity in samples before it decimates.
        public var timelineCapacity: Int
        /// Whether to flush the thread cache and purge the arenas before the baselines
        /// (default true). Without it, freed memory jemalloc still holds is part of the
        /// baselines and can be reused by the run without raising the RSS.
        public var quiesce: Bool

        /// Creates a configuration.
        public init(samplingInterval: Duration = Sampler.defaultInterval,
                    timelineCapacity: Int = Sampler.defaultCapacity, quiesce: Bool = true) {
            self.samplingInterval = samplingInterval
            self.timelineCapacity = timelineCapacity
            self.quiesce = quiesce
        }
    }

    /// The options in use.
    public let configuration: Configuration
    /// The jemalloc probe.
    public let jemalloc: Jemalloc
    /// The `/proc/self` probe.
    public let process: ProcessMemory
    /// The ledger whose figures are the exact ones (``Ledger/shared`` by default).
    public let ledger: Ledger

    /// Opens the probes (resolves jemalloc's controls, opens `/proc/self` files).
    public init(configuration: Configuration = Configuration(), ledger: Ledger = .shared) throws(MeasurementError) {
        self.init(jemalloc: try jemallocCall(try Jemalloc()), process: try processCall(try ProcessMemory()),
                  configuration: configuration, ledger: ledger)
    }

    /// Uses probes opened by the caller.
    public init(jemalloc: Jemalloc, process: ProcessMemory, configuration: Configuration = Configuration(),
                ledger: Ledger = .shared) {
        self.configuration = configuration
        self.jemalloc = jemalloc
        self.process = process
        self.ledger = ledger
    }

    /// Runs `body` once under measurement (see the type's description for the protocol).
    ///
    /// - Returns: the closure's value (alive until every figure is read, so arrays it returns
    ///   count as retained) and the figures.
    /// - Throws: whatever `body` throws, unchanged, after the sampler has been stopped; a
    ///   ``MeasurementError`` if a probe fails.
    public func measure<Value>(_ body: () throws -> Value) throws -> Measured<Value> {
        let sampler = try Sampler(interval: configuration.samplingInterval, capacity: configuration.timelineCapacity,
                                  jemalloc: jemalloc, process: process, ledger: ledger)
        if configuration.quiesce {
            try jemallocCall(try jemalloc.flushThreadCache())
            try jemallocCall(try jemalloc.purgeAllArenas())
        }
        ledger.resetPeak()
        let ledgerBefore = ledger.snapshot()
        let heapBefore = try jemallocCall(try jemalloc.statistics())
        let rssBefore = try processCall(try process.status().vmRSS)
        try processCall(try process.resetPeak())
        try jemallocCall(try jemalloc.resetThreadPeak())

        try sampler.start()
        let samplerCPUStart = sampler.samplerThreadCPUNanoseconds()
        let cpuStart = ProcessClock.processCPUNanoseconds()
        let wallStart = ProcessClock.monotonicNanoseconds()
        let value: Value
        do {
            value = try body()
        } catch {
            _ = try? sampler.stop()
            throw error
        }
        let wallEnd = ProcessClock.monotonicNanoseconds()
        let cpuEnd = ProcessClock.processCPUNanoseconds()
        let samplerCPUEnd = sampler.samplerThreadCPUNanoseconds()
        let timeline = try sampler.stop()
        // The sampler's CPU during the run, exactly from its thread clock when available.
        let samplerCPU: Int64
        if let samplerCPUStart, let samplerCPUEnd {
            samplerCPU = samplerCPUEnd - samplerCPUStart
        } else {
            samplerCPU = Int64(timeline.samplerCPU * 1e9)
        }

        let ledgerAfter = ledger.snapshot()
        let anatomy = ledger.peakAnatomy()
        let threadPeak = try jemallocCall(try jemalloc.threadPeak())
        let statusAfter = try processCall(try process.status())
        let heapAfter = try jemallocCall(try jemalloc.statistics())
        let openBLAS = try OpenBLASInfo.current()

        let peakIncrement = ledgerAfter.peak - ledgerBefore.live
        let retained = ledgerAfter.live - ledgerBefore.live
        // VmHWM can read a little below the highest VmRSS the sampler saw (the kernel folds
        // per-thread RSS counters and pages dropped by madvise into the high-water mark lazily;
        // seen: sampled 53 174 272 B against VmHWM 53 084 160 B), so the peak is the larger.
        let rssPeak = Swift.max(statusAfter.vmHWM, timeline.peaks.rss)
        let rssIncrement = rssPeak - rssBefore
        let mebibyte = 1_048_576.0
        let cpu = Double(cpuEnd - cpuStart - samplerCPU) / 1e9
        var result = MeasurementResult(
            peakIncrement: peakIncrement,
            retained: retained,
            temporaries: peakIncrement - retained,
            allocations: ledgerAfter.allocations - ledgerBefore.allocations,
            deallocations: ledgerAfter.deallocations - ledgerBefore.deallocations,
            allocatedTotal: ledgerAfter.allocatedTotal - ledgerBefore.allocatedTotal,
            jemallocAllocatedPeak: timeline.peaks.jemallocAllocated - heapBefore.allocated,
            jemallocResidentPeak: timeline.peaks.jemallocResident - heapBefore.resident,
            rssPeak: rssPeak,
            rssIncrement: rssIncrement,
            memitPeakMiB: Double(rssPeak) / mebibyte,
            memitIncrementMiB: Double(rssIncrement) / mebibyte,
            threadPeak: threadPeak,
            time: MeasuredTime(wall: Double(wallEnd - wallStart) / 1e9, cpu: Swift.max(cpu, 0)),
            openblasThreads: openBLAS.threads,
            baseline: MeasurementBaseline(ledgerLive: ledgerBefore.live, jemallocAllocated: heapBefore.allocated,
                                          jemallocActive: heapBefore.active, jemallocResident: heapBefore.resident,
                                          rss: rssBefore),
            jemallocAfter: heapAfter,
            rssAfter: statusAfter.vmRSS,
            timeline: timeline,
            mapped: ledgerAfter.mappedPeak
        )
        result.peakAnatomy = anatomy
        return Measured(value: value, result: result)
    }
}
