import Foundation
import PeakmemEngine

/// Is the fused evaluator (`numexpr.evaluate` in scenario code) at least as fast as numexpr?
///
/// Times `a**2 + b**2 + 2*a*b` on float64 arrays of 10⁶ and 10⁷ elements with the engine's
/// ``FusedEvaluator`` (on every core, and on one) and, in a `python3` process started by this
/// run whose rounds interleave with the engine's (``PythonTimer``), numexpr 2 (on every core)
/// and plain NumPy with the same data. Each figure is the median of the rounds, each writing a
/// fresh result, as each tool does by default. Reports milliseconds and numexpr's time ÷ ours
/// (above 1: ours is faster). NumPy and numexpr are skipped with a message when python3, NumPy
/// or numexpr is missing.
enum FusedEvaluatorBenchmark {
    static let expression = "a**2 + b**2 + 2*a*b"

    static func run(sizes: [Int] = [1_000_000, 10_000_000], rounds: Int = 9) throws -> String {
        let cores = ProcessorCount.online
        var text = "### Fused evaluator vs numexpr vs NumPy: `\(expression)` on float64 (\(cores) cores, median of \(rounds) interleaved rounds)\n\n"
        var table = "| n | fused, \(cores) threads ms | fused, 1 thread ms | numexpr, \(cores) threads ms | NumPy ms | numexpr ÷ fused | NumPy ÷ fused |\n"
        table += "|---:|---:|---:|---:|---:|---:|---:|\n"
        var skipped: String?
        for n in sizes {
            let a = try NDArray.arange(.int(0), .int(Int64(n)), dtype: .float64) * Scalar.float(1e-6)
            let b = try NDArray.full([n], .float(0.5))
            let tree = FusedExpression.binary(.add,
                .binary(.add, .binary(.power, .array(a), .constant(.int(2))), .binary(.power, .array(b), .constant(.int(2)))),
                .binary(.multiply, .binary(.multiply, .constant(.int(2)), .array(a)), .array(b)))
            var cases: [() throws -> Double] = [
                { try BenchmarkClock.time { blackHole(try FusedEvaluator.evaluate(tree, threads: cores)) } },
                { try BenchmarkClock.time { blackHole(try FusedEvaluator.evaluate(tree, threads: 1)) } },
            ]
            var python: PythonTimer?
            if skipped == nil {
                do { python = try PythonTimer(setup: pythonSetup(n: n, threads: cores), cases: [("numexpr", "ne.evaluate(\"\(expression)\")"), ("numpy", expression)]) }
                catch let reason as PythonTimer.Unavailable { skipped = reason.description }
            }
            if let python {
                cases.append { try python.seconds("numexpr") }
                cases.append { try python.seconds("numpy") }
            }
            let t = try BenchmarkClock.interleaved(rounds: rounds, measuring: cases)
            table += "| \(n) | \(fixed(t[0] * 1000)) | \(fixed(t[1] * 1000)) | "
            table += python == nil ? "– | – | – | – |\n" : "\(fixed(t[2] * 1000)) | \(fixed(t[3] * 1000)) | \(fixed(t[2] / t[0])) | \(fixed(t[3] / t[0])) |\n"
        }
        if let skipped { text += "numexpr and NumPy not timed: \(skipped) (`pip install numexpr`).\n\n" }
        return text + table
    }

    /// The Python side: the same arrays, numexpr on `threads` threads.
    static func pythonSetup(n: Int, threads: Int) -> String {
        """
        try:
            import numpy as np, numexpr as ne
        except ImportError as error:
            print("missing", error, flush=True); sys.exit(0)
        ne.set_num_threads(\(threads))
        a = np.arange(\(n), dtype=np.float64) * 1e-6
        b = np.full(\(n), 0.5)
        """
    }
}
