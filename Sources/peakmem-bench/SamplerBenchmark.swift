#if canImport(Glibc)
import Glibc
#endif
import CBLAS
import PeakmemMeasurement

/// The sampler's cost on BLAS-heavy code: a loop of `dgemm` calls timed with and without the
/// sampler running, interleaved, reported as the median ratio of wall times.
///
/// The sampler thread competes for the same cores as OpenBLAS's workers (each tick costs
/// ~7–8 µs of CPU: an epoch, two jemalloc reads, one `/proc/self/statm` read); the goal is an
/// overhead of at most 1 % at the default 1 ms interval.
enum SamplerBenchmark {
    /// What to run.
    struct Configuration: Sendable {
        /// Order of the square matrices.
        var order = 1_000
        /// `dgemm` calls per timed loop.
        var callsPerLoop = 20
        /// Interleaved pairs of loops (one without, one with the sampler).
        var pairs = 9
        /// The sampler's interval.
        var interval = Duration.milliseconds(1)
    }

    /// Runs the benchmark and returns a short Markdown report.
    ///
    /// Each pair times the loop once without and once with the sampler, alternating which
    /// goes first (ABBA order) so a drift in machine speed does not favour either. Only the
    /// loop is timed; the sampler is created, started and stopped outside the timed span
    /// (its thread exists in both cases only while sampling). One untimed loop warms up
    /// OpenBLAS (its threads and buffers) first.
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
        func sampledLoop() throws -> (seconds: Double, timeline: Timeline) {
            let sampler = try Sampler(interval: configuration.interval, jemalloc: jemalloc, process: process)
            try sampler.start()
            let seconds = loop()
            return (seconds, try sampler.stop())
        }

        _ = loop()
        var plain: [Double] = []
        var sampled: [Double] = []
        var ratios: [Double] = []
        var ticks: [Int] = []
        var missed: [Int] = []
        var samplerCPU: [Double] = []
        var samplerShare: [Double] = []
        for pair in 0 ..< configuration.pairs {
            let without: Double
            let with: (seconds: Double, timeline: Timeline)
            if pair % 2 == 0 {
                without = loop()
                with = try sampledLoop()
            } else {
                with = try sampledLoop()
                without = loop()
            }
            plain.append(without)
            sampled.append(with.seconds)
            ratios.append(with.seconds / without)
            ticks.append(with.timeline.ticks)
            missed.append(with.timeline.missedTicks)
            samplerCPU.append(with.timeline.samplerCPU / Double(with.timeline.ticks))
            samplerShare.append(with.timeline.samplerCPU / with.seconds)
        }

        let flops = 2.0 * Double(n) * Double(n) * Double(n) * Double(configuration.callsPerLoop)
        let overhead = (median(ratios) - 1) * 100
        let intervalMilliseconds = Double(configuration.interval.components.attoseconds) / 1e15
            + Double(configuration.interval.components.seconds) * 1e3
        var report = "### Sampler overhead on a dgemm loop\n\n"
        report += "\(configuration.callsPerLoop) × dgemm \(n)×\(n), OpenBLAS \(openblas_get_num_threads()) threads, "
        report += "sampler interval \(format(intervalMilliseconds, 1)) ms, \(configuration.pairs) interleaved pairs "
        report += "(checksum \(format(checksum, 3))).\n\n"
        report += "| figure | without sampler | with sampler |\n|---|---|---|\n"
        report += "| median wall time (s) | \(format(median(plain), 4)) | \(format(median(sampled), 4)) |\n"
        report += "| min wall time (s) | \(format(plain.min() ?? 0, 4)) | \(format(sampled.min() ?? 0, 4)) |\n"
        report += "| median GFLOP/s | \(format(flops / median(plain) / 1e9, 1)) | \(format(flops / median(sampled) / 1e9, 1)) |\n"
        report += "| median ticks per loop (missed) | — | \(medianInt(ticks)) (\(medianInt(missed))) |\n"
        report += "| sampler CPU per tick (µs) | — | \(format(median(samplerCPU) * 1e6, 1)) |\n"
        report += "| sampler CPU / loop wall time | — | \(format(median(samplerShare) * 100, 2)) % of one core |\n"
        report += "| **median ratio with/without** | | **\(format(median(ratios), 4))** (\(overhead >= 0 ? "+" : "")\(format(overhead, 2)) %, goal ≤ +1 %) |\n"
        report += "| ratios per pair | | \(ratios.map { format($0, 4) }.joined(separator: ", ")) |\n"
        return report
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
