#if canImport(Glibc)
import Glibc
#endif
import CBLAS
import PeakmemMeasurement

/// The sampler's cost on BLAS-heavy code: a loop of `dgemm` calls timed with and without the
/// sampler running, interleaved, reported as the median ratio of wall times per interval.
///
/// The sampler thread competes for the same cores as OpenBLAS's workers: each tick costs its
/// thread CPU time (an epoch, two jemalloc reads, one `/proc/self/statm` read, and the wake-up
/// from `clock_nanosleep`, which alone is ~15 µs on a virtual machine). When OpenBLAS keeps
/// every core busy, that CPU time is taken from a worker, so the overhead is about the
/// sampler's share of one core. The goal is at most 1 %.
enum SamplerBenchmark {
    /// What to run.
    struct Configuration: Sendable {
        /// Order of the square matrices.
        var order = 1_000
        /// `dgemm` calls per timed loop.
        var callsPerLoop = 20
        /// Interleaved pairs of loops (one without, one with the sampler) per interval.
        var pairs = 9
        /// The sampler intervals to compare; the first is the default one (1 ms).
        var intervals: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(10)]
    }

    /// The figures of one interval.
    private struct Row {
        var interval: Duration
        var plain: [Double] = []
        var sampled: [Double] = []
        var ratios: [Double] = []
        var ticks: [Int] = []
        var missed: [Int] = []
        var cpuPerTick: [Double] = []
        var cpuShare: [Double] = []
    }

    /// Runs the benchmark and returns a short Markdown report.
    ///
    /// For each interval, each pair times the loop once without and once with the sampler,
    /// alternating which goes first (ABBA order) so a drift in machine speed favours neither.
    /// Only the loop is timed; the sampler is created and started before it and stopped
    /// after it. One untimed loop warms up OpenBLAS (its threads and buffers) first.
    static func run(_ configuration: Configuration = Configuration()) throws -> String {
        let n = configuration.order
        let a = UnsafeMutablePointer<Double>.allocate(capacity: n * n)
        let b = UnsafeMutablePointer<Double>.allocate(capacity: n * n)
        let c = UnsafeMutablePointer<Double>.allocate(capacity: n * n)
        defer {
            a.deallocate()
            b.deallocate()
            c.deallocate()
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0 ..< n * n {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            a[index] = Double(state >> 11) / Double(1 << 53) - 0.5
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            b[index] = Double(state >> 11) / Double(1 << 53) - 0.5
        }
        c.initialize(repeating: 0, count: n * n)

        // Read after every call and printed, so no call can be dropped.
        var checksum = 0.0
        func loop() -> Double {
            let start = monotonicSeconds()
            for _ in 0 ..< configuration.callsPerLoop {
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(n), Int32(n),
                            1.0, a, Int32(n), b, Int32(n), 0.0, c, Int32(n))
                checksum += c[(n * n) / 2]
            }
            return monotonicSeconds() - start
        }

        let jemalloc = try Jemalloc()
        let process = try ProcessMemory()
        func sampledLoop(_ interval: Duration) throws -> (seconds: Double, timeline: Timeline) {
            let sampler = try Sampler(interval: interval, jemalloc: jemalloc, process: process)
            try sampler.start()
            let seconds = loop()
            return (seconds, try sampler.stop())
        }

        _ = loop()
        var rows: [Row] = []
        for interval in configuration.intervals {
            var row = Row(interval: interval)
            for pair in 0 ..< configuration.pairs {
                let without: Double
                let with: (seconds: Double, timeline: Timeline)
                if pair % 2 == 0 {
                    without = loop()
                    with = try sampledLoop(interval)
                } else {
                    with = try sampledLoop(interval)
                    without = loop()
                }
                row.plain.append(without)
                row.sampled.append(with.seconds)
                row.ratios.append(with.seconds / without)
                row.ticks.append(with.timeline.ticks)
                row.missed.append(with.timeline.missedTicks)
                row.cpuPerTick.append(with.timeline.samplerCPU / Double(with.timeline.ticks))
                row.cpuShare.append(with.timeline.samplerCPU / with.seconds)
            }
            rows.append(row)
        }

        let flops = 2.0 * Double(n) * Double(n) * Double(n) * Double(configuration.callsPerLoop)
        var report = "### Sampler overhead on a dgemm loop\n\n"
        report += "\(configuration.callsPerLoop) × dgemm \(n)×\(n) per loop, OpenBLAS \(openblas_get_num_threads()) threads, "
        report += "\(configuration.pairs) interleaved pairs per interval; overhead = median ratio of wall times "
        report += "with/without sampler − 1 (goal ≤ 1 %). Checksum \(format(checksum, 3)).\n\n"
        report += "| interval | median s without | median s with | GFLOP/s without | median ratio | overhead "
        report += "| ticks (missed) | sampler CPU/tick | sampler CPU share |\n"
        report += "|---|---|---|---|---|---|---|---|---|\n"
        for row in rows {
            let ratio = median(row.ratios)
            let overhead = (ratio - 1) * 100
            report += "| \(format(milliseconds(row.interval), 1)) ms | \(format(median(row.plain), 4)) "
            report += "| \(format(median(row.sampled), 4)) | \(format(flops / median(row.plain) / 1e9, 1)) "
            report += "| \(format(ratio, 4)) | \(overhead >= 0 ? "+" : "")\(format(overhead, 2)) % "
            report += "| \(medianInt(row.ticks)) (\(medianInt(row.missed))) | \(format(median(row.cpuPerTick) * 1e6, 1)) µs "
            report += "| \(format(median(row.cpuShare) * 100, 2)) % of a core |\n"
        }
        return report
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func medianInt(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// `value` with `digits` decimals, without Foundation.
    private static func format(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0 ..< digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = "\(value < 0 && scaled > 0 ? "-" : "")\(whole)"
        if digits > 0 {
            let digitsText = String(fraction)
            text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
        }
        return text
    }
}
