#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine
import PeakmemMeasurement
import Testing

extension ProcessWide {
    /// Each test uses its own ledger, so arrays other test targets allocate in parallel
    /// cannot change the exact figures.
    @Suite("memory measurement")
    struct MemoryMeasurementTests {
        struct Boom: Error, Equatable {}

        @Test("a dropped 10 MB temporary is the whole peak increment and nothing is retained")
        func droppedTemporary() throws {
            let ledger = Ledger()
            let measurement = try MemoryMeasurement(ledger: ledger)
            let run = try measurement.measure {
                let temporary = try ArrayStorage(byteCount: 10_000_000, ledger: ledger)
                OpaqueSink.consume(temporary.base)
            }
            let result = run.result
            #expect(result.peakIncrement == 10_000_000)
            #expect(result.retained == 0)
            #expect(result.temporaries == 10_000_000)
            #expect(result.allocations == 1)
            #expect(result.deallocations == 1)
            #expect(result.allocatedTotal == 10_000_000)
            #expect(result.threadPeak >= 10_000_000)
        }

        /// With a 1 s interval the sampler thread takes no tick inside these windows: the
        /// readings at the ledger's high-water marks and the final one at the end of the window
        /// make the sampled heap peak cover the exact one (a dropped temporary, then one kept).
        @Test("the sampled jemalloc peak is never below the exact peak, however short the window", arguments: [false, true])
        func sampledPeakCoversExactPeak(keep: Bool) throws {
            let ledger = Ledger()
            let configuration = MemoryMeasurement.Configuration(samplingInterval: .seconds(1))
            let measurement = try MemoryMeasurement(configuration: configuration, ledger: ledger)
            for _ in 0..<5 {
                let run = try measurement.measure { () throws -> ArrayStorage? in
                    let buffer = try ArrayStorage(byteCount: 8_000_000, ledger: ledger)
                    OpaqueSink.consume(buffer.base)
                    return keep ? buffer : nil
                }
                #expect(run.result.peakIncrement == 8_000_000)
                #expect(run.result.jemallocAllocatedPeak >= run.result.peakIncrement)
            }
        }

        @Test("an array the code keeps is retained, exactly its bytes")
        func keptArray() throws {
            let ledger = Ledger()
            let input = try ArrayStorage(byteCount: 1_000_000, ledger: ledger)
            let measurement = try MemoryMeasurement(ledger: ledger)
            let run = try measurement.measure {
                let scratch = try ArrayStorage(byteCount: 500_000, ledger: ledger)
                OpaqueSink.consume(scratch.base)
                return try ArrayStorage(byteCount: 3_000_000, ledger: ledger)
            }
            let result = run.result
            #expect(result.baseline.ledgerLive == input.byteCount)
            #expect(result.retained == 3_000_000)
            #expect(result.peakIncrement == 3_500_000)
            #expect(result.temporaries == 500_000)
            #expect(result.allocations == 2)
            #expect(result.deallocations == 1)
            #expect(result.allocatedTotal == 3_500_000)
            #expect(run.value.byteCount == 3_000_000)
        }

        @Test("touched memory shows in the RSS, memit and jemalloc figures")
        func touchedMemory() throws {
            let ledger = Ledger()
            let size = 64 * mebibyte
            let measurement = try MemoryMeasurement(ledger: ledger)
            let result = try measurement.measure {
                let block = try ArrayStorage(byteCount: size, ledger: ledger)
                memset(block.base, 9, size)
                OpaqueSink.consume(block.base)
                usleep(20_000)
            }.result
            #expect(result.peakIncrement == size)
            #expect(result.retained == 0)
            #expect(result.allocations == 1)
            #expect(result.deallocations == 1)
            #expect(result.allocatedTotal == size)
            #expect(result.rssIncrement >= size - 4 * mebibyte)
            #expect(result.rssIncrement < size + 32 * mebibyte)
            #expect(result.rssPeak == result.baseline.rss + result.rssIncrement)
            // VmHWM or the highest sampled VmRSS, whichever is larger: never below a sample.
            #expect(result.timeline.samples.allSatisfy { $0.rss <= result.rssPeak })
            #expect(result.memitIncrementMiB == Double(result.rssIncrement) / 1_048_576)
            #expect(result.memitPeakMiB == Double(result.rssPeak) / 1_048_576)
            #expect(result.jemallocAllocatedPeak >= size - heapSlack)
            #expect(result.jemallocResidentPeak >= size - heapSlack)
            #expect(result.threadPeak >= size)
            #expect(result.timeline.peaks.ledgerLive == size)
            #expect(result.openblasThreads >= 1)
        }

        @Test("a run that allocates nothing has (almost) no increments")
        func quietRun() throws {
            let ledger = Ledger()
            let measurement = try MemoryMeasurement(ledger: ledger)
            let result = try measurement.measure { usleep(5_000) }.result
            #expect(result.peakIncrement == 0)
            #expect(result.retained == 0)
            #expect(result.temporaries == 0)
            #expect(result.allocations == 0)
            #expect(result.deallocations == 0)
            #expect(result.allocatedTotal == 0)
            #expect(abs(result.jemallocAllocatedPeak) < 256 * 1024)
            #expect(result.rssIncrement < 2 * mebibyte)
        }

        @Test("wall and CPU time are measured; sleeping costs no CPU")
        func time() throws {
            let measurement = try MemoryMeasurement(ledger: Ledger())
            let sleeping = try measurement.measure { usleep(30_000) }.result
            #expect(sleeping.time.wall >= 0.03)
            #expect(sleeping.time.wall < 1)
            #expect(sleeping.time.cpu < 0.01)
            let spinning = try measurement.measure {
                var start = timespec()
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
                var now = start
                while Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9 < 0.03 {
                    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
                }
            }.result
            #expect(spinning.time.cpu >= 0.0299)
            #expect(spinning.time.cpu < 0.03 + 0.02)
        }

        @Test("an error of the measured code propagates, and the next measurement works")
        func throwingBody() throws {
            let ledger = Ledger()
            let measurement = try MemoryMeasurement(ledger: ledger)
            #expect(throws: Boom()) {
                try measurement.measure {
                    _ = try ArrayStorage(byteCount: 1_000, ledger: ledger)
                    throw Boom()
                }
            }
            let result = try measurement.measure { try ArrayStorage(byteCount: 2_000, ledger: ledger) }.result
            #expect(result.retained == 2_000)
            #expect(result.peakIncrement == 2_000)
            #expect(result.allocations == 1)
            #expect(result.deallocations == 0)
        }
    }
}
