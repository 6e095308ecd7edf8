import Foundation
import PeakmemEngine

/// Is the fused evaluator (`numexpr.evaluate` in scenario code) at least as fast as numexpr?
///
/// Times `a**2 + b**2 + 2*a*b` on float64 arrays of 10⁶ and 10⁷ elements with the engine's
/// ``FusedEvaluator`` (on every core, and on one), then, in the same run, numexpr 2 (on every
/// core) and plain NumPy in a `python3` subprocess with the same data, sizes and rounds. Each
/// figure is the median of interleaved rounds writing a fresh result, as each tool does by
/// default. Reports milliseconds and numexpr's time ÷ ours (above 1: ours is faster). Skipped
/// with a message when python3, NumPy or numexpr is missing.
enum FusedEvaluatorBenchmark {
    static let expression = "a**2 + b**2 + 2*a*b"

    static func run(sizes: [Int] = [1_000_000, 10_000_000], rounds: Int = 9) throws -> String {
        let cores = ProcessorCount.online
        var ours: [(all: Double, one: Double)] = []
        for n in sizes {
            let a = try NDArray.arange(.int(0), .int(Int64(n)), dtype: .float64) * Scalar.float(1e-6)
            let b = try NDArray.full([n], .float(0.5))
            let tree = FusedExpression.binary(.add,
                .binary(.add, .binary(.power, .array(a), .constant(.int(2))), .binary(.power, .array(b), .constant(.int(2)))),
                .binary(.multiply, .binary(.multiply, .constant(.int(2)), .array(a)), .array(b)))
            let t = try BenchmarkClock.interleaved(rounds: rounds, [
                { blackHole(try FusedEvaluator.evaluate(tree, threads: cores)) },
                { blackHole(try FusedEvaluator.evaluate(tree, threads: 1)) },
            ])
            ours.append((t[0], t[1]))
        }
        var text = "### Fused evaluator vs numexpr vs NumPy: `\(expression)` on float64 (\(cores) cores, median of \(rounds) interleaved rounds)\n\n"
        let python = pythonTimings(sizes: sizes, rounds: rounds, threads: cores)
        text += "| n | fused, \(cores) threads ms | fused, 1 thread ms | numexpr, \(cores) threads ms | NumPy ms | numexpr ÷ fused | NumPy ÷ fused |\n"
        text += "|---:|---:|---:|---:|---:|---:|---:|\n"
        for (index, n) in sizes.enumerated() {
            let mine = ours[index]
            if case .success(let timings) = python {
                let (numexpr, numpy) = timings[index]
                text += "| \(n) | \(fixed(mine.all * 1000)) | \(fixed(mine.one * 1000)) | \(fixed(numexpr * 1000)) | \(fixed(numpy * 1000)) | \(fixed(numexpr / mine.all)) | \(fixed(numpy / mine.all)) |\n"
            } else {
                text += "| \(n) | \(fixed(mine.all * 1000)) | \(fixed(mine.one * 1000)) | – | – | – | – |\n"
            }
        }
        if case .failure(let reason) = python {
            text += "\nnumexpr and NumPy not timed: \(reason.message) (`pip install numexpr`).\n"
        }
        return text
    }

    struct Skipped: Error { let message: String }

    /// numexpr's and NumPy's median seconds per size, from `python3`.
    static func pythonTimings(sizes: [Int], rounds: Int, threads: Int) -> Result<[(Double, Double)], Skipped> {
        let script = """
            import sys, time
            try:
                import numpy as np, numexpr as ne
            except ImportError as error:
                print("missing", error); sys.exit(3)
            ne.set_num_threads(\(threads))
            for n in \(sizes):
                a = np.arange(n, dtype=np.float64) * 1e-6
                b = np.full(n, 0.5)
                tn, tp = [], []
                for _ in range(\(rounds)):
                    s = time.perf_counter(); r = ne.evaluate("\(expression)"); tn.append(time.perf_counter() - s); del r
                    s = time.perf_counter(); r = \(expression); tp.append(time.perf_counter() - s); del r
                print(sorted(tn)[len(tn) // 2], sorted(tp)[len(tp) // 2])
            """
        guard let (status, output) = PythonProcess.run(script) else {
            return .failure(Skipped(message: "python3 could not be started"))
        }
        let lines = output.split(separator: "\n")
        guard status == 0 else {
            return .failure(Skipped(message: lines.first.map(String.init) ?? "python3 failed"))
        }
        let pairs = lines.compactMap { line -> (Double, Double)? in
            let fields = line.split(separator: " ").compactMap { Double($0) }
            return fields.count == 2 ? (fields[0], fields[1]) : nil
        }
        guard pairs.count == sizes.count else { return .failure(Skipped(message: "unexpected python3 output")) }
        return .success(pairs)
    }
}
