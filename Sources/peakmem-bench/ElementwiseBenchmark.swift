#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine

/// Are the engine's contiguous elementwise loops running at memory bandwidth?
///
/// On arrays far larger than the caches (10⁷ float64 = 80 MB each) a loop is bound by the
/// bytes it moves. The benchmark times, interleaved, `memcpy` (read 1 + write 1 stream) and
/// a hand-written pointer loop `c[i] = a[i] + b[i]` (read 2 + write 1) as the references,
/// and the engine's `np.multiply(a, 2.0, out=c)`, `np.add(a, b, out=c)` and `a.copy()` into
/// preallocated memory, plus `a + b` with a fresh result (which adds the first-touch page
/// faults NumPy pays too). It reports GB/s and each engine loop's ratio to the reference
/// that moves the same streams: 1.00 means bandwidth-bound like the reference.
enum ElementwiseBenchmark {
    static func run(count: Int = 10_000_000, rounds: Int = 9) throws -> String {
        let a = try NDArray.full([count], .float(1.5))
        let b = try NDArray.full([count], .float(2.5))
        let c = try NDArray.full([count], .float(0))
        let pa = a.baseAddress.assumingMemoryBound(to: Double.self)
        let pb = b.baseAddress.assumingMemoryBound(to: Double.self)
        let pc = c.baseAddress.assumingMemoryBound(to: Double.self)
        let bytes = Double(count * 8)

        let cases: [() throws -> Void] = [
            { memcpy(pc, pa, count * 8); blackHole(pc[count / 2]) },
            { for i in 0..<count { pc[i] = pa[i] + pb[i] }; blackHole(pc[count / 2]) },
            { _ = try NDArray.apply(.multiply, .array(a), .scalar(2.0), out: c); blackHole(pc[count / 2]) },
            { _ = try NDArray.apply(.add, .array(a), .array(b), out: c); blackHole(pc[count / 2]) },
            { try a.assign(to: c); blackHole(pc[count / 2]) },
            { let r = try a + b; blackHole(r) },
        ]
        let t = try BenchmarkClock.interleaved(rounds: rounds, cases)
        let rows: [(String, Double, Double, Int)] = [
            ("memcpy (reference, 2 streams)", t[0], t[0], 2),
            ("pointer loop c = a + b (reference, 3 streams)", t[1], t[1], 3),
            ("engine: multiply(a, 2.0, out=c)", t[2], t[0], 2),
            ("engine: add(a, b, out=c)", t[3], t[1], 3),
            ("engine: copyto(c, a)", t[4], t[0], 2),
            ("engine: a + b, new result (page faults included)", t[5], t[1], 3),
        ]
        var text = "### Elementwise loops against memory bandwidth (\(count) float64, median of \(rounds) interleaved rounds)\n\n"
        text += "| loop | median ms | GB/s | time ÷ reference |\n|---|---:|---:|---:|\n"
        for (name, seconds, reference, streams) in rows {
            text += "| \(name) | \(fixed(seconds * 1000)) | \(fixed(Double(streams) * bytes / seconds / 1e9)) | \(fixed(seconds / reference)) |\n"
        }
        return text
    }
}
