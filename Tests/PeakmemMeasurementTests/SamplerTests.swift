#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine
@testable import PeakmemMeasurement
import Testing
import PeakmemResults

extension ProcessWide {
    @Suite("sampler")
    struct SamplerTests {
        let jemalloc: Jemalloc
        let process: ProcessMemory

        init() throws {
            jemalloc = try Jemalloc()
            process = try ProcessMemory()
        }

        @Test("ticks arrive at roughly the interval")
        func tickRate() throws {
            let sampler = try Sampler(interval: .milliseconds(1), jemalloc: jemalloc, process: process, ledger: Ledger())
            try sampler.start()
            usleep(200_000)
            let timeline = try sampler.stop()
            // At most one tick per interval (+ the first and the final one); on a loaded
            // 2-core machine many deadlines may be missed, so the lower bound is generous and
            // the missed ones are counted (the sampler's cost is a benchmark, not a test).
            #expect(timeline.ticks >= 10)
            #expect(Double(timeline.ticks) <= timeline.duration / timeline.interval + 2)
            #expect(timeline.ticks + timeline.missedTicks >= Int(timeline.duration / timeline.interval) - 1)
            #expect(timeline.duration >= 0.2)
            #expect(timeline.stride == 1)
            #expect(timeline.samples.count == timeline.ticks)
            let gaps = zip(timeline.samples.dropFirst(), timeline.samples).map { $0.time - $1.time }
            #expect(gaps.allSatisfy { $0 > 0 })
            let sorted = gaps.sorted()
            let median = sorted[sorted.count / 2]
            // Never faster than the interval; the upper bound only says "ticking", as a loaded
            // machine may delay the sampler thread by many intervals.
            #expect(median > 0.0008 && median < 0.050, "median gap \(median) s")
            #expect(timeline.samplerCPU > 0 && timeline.samplerCPU < timeline.duration)
        }

        @Test("the sampled peaks see a 64 MiB touched allocation held for 50 ms")
        func seesHeldAllocation() throws {
            let ledger = Ledger()
            let size = 64 * mebibyte
            let sampler = try Sampler(interval: .milliseconds(1), jemalloc: jemalloc, process: process, ledger: ledger)
            try jemalloc.purgeAllArenas()
            try sampler.start()
            usleep(10_000)
            do {
                let storage = try ArrayStorage(byteCount: size, ledger: ledger)
                memset(storage.base, 3, size)
                OpaqueSink.consume(storage.base)
                usleep(100_000)
            }
            usleep(10_000)
            let timeline = try sampler.stop()
            let first = try #require(timeline.samples.first)
            let last = try #require(timeline.samples.last)
            #expect(timeline.peaks.jemallocAllocated - first.jemallocAllocated >= size - heapSlack)
            #expect(timeline.peaks.rss - first.rss >= size - 4 * mebibyte)
            #expect(timeline.peaks.ledgerLive == size)
            #expect(last.ledgerLive == 0)
            // The 100 ms hold is seen by many ticks, in the ledger and in jemalloc at once. (The
            // two can disagree at the edges: a tick reads jemalloc before the ledger, and the
            // ledger records a free only after `free` returns, which for a 64 MiB block takes
            // a few milliseconds of unmapping.)
            let inBoth = timeline.samples.filter {
                $0.ledgerLive == size && $0.jemallocAllocated - first.jemallocAllocated >= size - heapSlack
            }
            // (A loaded machine may delay the sampler thread, so "many" is a tenth of the hold's ticks.)
            #expect(inBoth.count >= 10, "\(inBoth.count) of \(timeline.ticks) ticks")
        }

        @Test("a long run is decimated in place and keeps its whole span")
        func decimation() throws {
            let sampler = try Sampler(interval: .milliseconds(1), capacity: 16, jemalloc: jemalloc, process: process,
                                      ledger: Ledger())
            try sampler.start()
            usleep(120_000)
            let timeline = try sampler.stop()
            #expect(timeline.samples.count <= 16)
            #expect(timeline.stride >= 4)
            #expect(timeline.stride & (timeline.stride - 1) == 0)
            // Kept samples are ticks 0, stride, 2·stride, ... and the final tick.
            #expect(timeline.ticks > (timeline.samples.count - 2) * timeline.stride)
            #expect(timeline.ticks <= 2 * 16 * timeline.stride)
            // Kept samples are in time order (their spacing depends on the machine's load: a late
            // tick is followed by ticks on schedule, so no spacing is asserted here).
            let times = timeline.samples.map(\.time)
            #expect(zip(times.dropFirst(), times).allSatisfy { $0 > $1 }, "\(times)")
            #expect((timeline.samples.first?.time ?? 1) < 0.05)
            #expect((timeline.samples.last?.time ?? 0) >= 0.12)
        }

        @Test("decimation keeps exactly ticks 0, stride, 2·stride, ... and the final tick",
              arguments: [2, 3, 5, 16])
        func decimationKeepsEveryStrideTick(capacity: Int) {
            for total in [1, capacity, capacity + 1, 2 * capacity + 1, 7 * capacity + 3, 100] {
                let run = SamplerRun(intervalNanoseconds: 1_000_000, capacity: capacity, jemalloc: jemalloc,
                                     process: process, ledger: Ledger())
                for tick in 0 ..< total {
                    run.record(Sample(time: Double(tick), jemallocAllocated: 0, jemallocResident: 0, rss: 0, ledgerLive: 0),
                               final: tick == total - 1)
                }
                let timeline = run.timeline()
                let kept = timeline.samples.map { Int($0.time) }
                let expected = Array(Swift.stride(from: 0, to: total - 1, by: timeline.stride)) + [total - 1]
                #expect(kept == expected, "capacity \(capacity), \(total) ticks, stride \(timeline.stride)")
                #expect(kept.count <= capacity)
                #expect(timeline.ticks == total)
                #expect(timeline.stride & (timeline.stride - 1) == 0)
            }
        }

        @Test("a sampler refuses to start twice or stop when idle, and can run again")
        func stateMachine() throws {
            let sampler = try Sampler(jemalloc: jemalloc, process: process, ledger: Ledger())
            #expect(throws: MeasurementError.samplerNotRunning) { try sampler.stop() }
            try sampler.start()
            #expect(sampler.isRunning)
            #expect(throws: MeasurementError.samplerAlreadyRunning) { try sampler.start() }
            _ = try sampler.stop()
            #expect(!sampler.isRunning)
            try sampler.start()
            usleep(5_000)
            let second = try sampler.stop()
            #expect(second.ticks >= 2)
            #expect(second.samples.first.map { $0.time < 0.05 } == true)
        }

        @Test("stop returns promptly even with a long interval")
        func promptStop() throws {
            let sampler = try Sampler(interval: .seconds(5), jemalloc: jemalloc, process: process, ledger: Ledger())
            var start = timespec()
            clock_gettime(CLOCK_MONOTONIC, &start)
            try sampler.start()
            usleep(20_000)
            let timeline = try sampler.stop()
            var end = timespec()
            clock_gettime(CLOCK_MONOTONIC, &end)
            let elapsed = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
            #expect(elapsed < 2.5, "stop took \(elapsed) s with a 5 s interval")
            #expect(timeline.ticks == 2)
        }

        @Test("invalid configurations are rejected")
        func invalidConfiguration() throws {
            let shortInterval = #expect(throws: MeasurementError.self) {
                try Sampler(interval: .nanoseconds(999), jemalloc: jemalloc, process: process)
            }
            #expect(shortInterval?.description.hasSuffix("is shorter than 1 µs") == true, "\(String(describing: shortInterval))")
            let smallCapacity = #expect(throws: MeasurementError.self) {
                try Sampler(capacity: 1, jemalloc: jemalloc, process: process)
            }
            #expect(smallCapacity == .invalidSamplerConfiguration("capacity 1 is below 2"))
            // The smallest valid configuration is accepted.
            _ = try Sampler(interval: .microseconds(1), capacity: 2, jemalloc: jemalloc, process: process, ledger: Ledger())
        }
    }
}
