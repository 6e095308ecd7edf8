#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock timing and the helpers every benchmark of `peakmem-bench` shares.
enum BenchmarkClock {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// The median of `values`.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }

    /// Runs the cases `rounds` times, interleaved (case 1, case 2, ..., case 1, ...), so that
    /// machine noise hits all of them alike; returns each case's median seconds.
    static func interleaved(rounds: Int, _ cases: [() throws -> Void]) throws -> [Double] {
        try interleaved(rounds: rounds, measuring: cases.map { body in { try time(body) } })
    }

    /// Runs the cases `rounds` times, interleaved, where each case measures itself and returns
    /// its seconds (a ``PythonTimer`` request, or ``time(_:)`` of engine work), pausing
    /// `settle` seconds after each; returns each case's median seconds.
    static func interleaved(rounds: Int, measuring cases: [() throws -> Double], settle: Double = 0) throws -> [Double] {
        var samples = [[Double]](repeating: [], count: cases.count)
        for _ in 0..<rounds {
            for (index, measure) in cases.enumerated() {
                samples[index].append(try measure())
                if settle > 0 { usleep(UInt32(settle * 1_000_000)) }
            }
        }
        return samples.map(median)
    }
}

/// A benchmark that could not run, with the reason.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Keeps a value alive and observable so the optimiser cannot delete the work producing it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Formats a number with `digits` decimals (`-0.08`, `12.50`).
func fixed(_ value: Double, _ digits: Int = 2) -> String {
    guard value.isFinite else { return "\(value)" }
    let scaled = Int((abs(value) * pow(10, Double(digits))).rounded())
    var text = String(scaled)
    while text.count <= digits { text = "0" + text }
    if digits > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -digits)) }
    return (value < 0 && scaled > 0 ? "-" : "") + text
}
