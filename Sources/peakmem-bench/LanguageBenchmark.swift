import Foundation
import PeakmemEngine
import PeakmemLanguage
import PeakmemRuntime

/// Is the interpreter as fast as CPython where scenario code loops?
///
/// Runs the same Python source on the Swift engine (parsed once, then ``Interpreter/run(_:)``
/// per round, in one interpreter) and in a `python3` process started by this run (compiled
/// once, then `exec` in one namespace per round), the rounds interleaved (``PythonTimer``):
/// a scalar loop, a loop of calls of a scenario function, a loop of small-array statements
/// (CPython + NumPy), and a loop of NumPy calls on a tiny array (the per-call overhead). Each
/// figure is the median of the rounds. Reports milliseconds and peakmem's time ÷ CPython's
/// (the goal is at most 1). CPython is skipped with a message when python3 or NumPy is missing.
enum LanguageBenchmark {
    /// The cases: name, setup (run once, untimed), loop (timed).
    static let cases: [(name: String, setup: String, loop: String)] = [
        ("scalar loop: `s += i * 2`, 10⁶ iterations", "", "s = 0\nfor i in range(1000000):\n    s += i * 2\n"),
        ("function calls: `s = f(s)`, 2·10⁵ calls", "def f(x):\n    return x + 1\n",
         "s = 0\nfor i in range(200000):\n    s = f(s)\n"),
        ("small arrays: `c = a[i % 100] * 2.0 + b[i % 100]`, 2·10⁴ iterations, 100×100 float64",
         "a = np.ones((100, 100))\nb = np.full((100, 100), 2.0)\n",
         "for i in range(20000):\n    c = a[i % 100] * 2.0 + b[i % 100]\n"),
        ("NumPy call overhead: `y = np.sqrt(t)`, 10⁵ calls, 3 float64", "t = np.ones(3)\n",
         "for i in range(100000):\n    y = np.sqrt(t)\n"),
    ]

    static func run(rounds: Int = 5) throws -> String {
        var text = "### Interpreter vs CPython 3.11 (+ NumPy): the same loops, median of \(rounds) interleaved rounds\n\n"
        text += "peakmem runs each loop parsed once; CPython `exec`s it compiled once, at module level as a scenario's code runs.\n\n"
        var table = "| loop | peakmem ms | CPython ms | peakmem ÷ CPython |\n|---|---:|---:|---:|\n"
        var skipped: String?
        for (index, benchmark) in cases.enumerated() {
            let interpreter = Interpreter(context: RuntimeContext(output: { _ in }))
            try interpreter.run(Parser.parse(benchmark.setup, origin: SourceOrigin(file: "setup")))
            let loop = try Parser.parse(benchmark.loop, origin: SourceOrigin(file: "loop"))
            var measures: [() throws -> Double] = [{ try BenchmarkClock.time { try interpreter.run(loop) } }]
            var python: PythonTimer?
            if skipped == nil {
                do {
                    python = try PythonTimer(setup: pythonSetup(benchmark.setup, benchmark.loop), cases: [("case\(index)", "exec(code, ns)")])
                } catch let reason as PythonTimer.Unavailable {
                    skipped = reason.description
                }
            }
            if let python { measures.append { try python.seconds("case\(index)") } }
            let t = try BenchmarkClock.interleaved(rounds: rounds, measuring: measures)
            table += "| \(benchmark.name) | \(fixed(t[0] * 1000)) | "
            table += python == nil ? "– | – |\n" : "\(fixed(t[1] * 1000)) | \(fixed(t[0] / t[1])) |\n"
        }
        if let skipped { text += "CPython not timed: \(skipped).\n\n" }
        return text + table
    }

    /// The Python side: NumPy imported, the setup run once in the namespace the loop runs in.
    static func pythonSetup(_ setup: String, _ loop: String) -> String {
        """
        try:
            import numpy as np
        except ImportError as error:
            print("missing", error, flush=True); sys.exit(0)
        ns = {"np": np}
        exec(\(literal(setup)), ns)
        code = compile(\(literal(loop)), "loop", "exec")
        """
    }

    /// `text` as a Python string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            .replacingOccurrences(of: "\n", with: "\\n") + "'"
    }
}
