import Foundation
import PeakmemEngine
import PeakmemLanguage
import PeakmemRuntime

/// Does recording provenance (issue 18) cost measurable time?
///
/// Runs the same scenario code in two interpreters, one whose ledger records every buffer's
/// provenance (site, role, name; the peak's buffers) — the ledger every run uses — and one
/// whose ledger keeps only the figures (`Ledger(tracksProvenance: false)`: the interpreter's
/// hooks return at once), the rounds interleaved. Cases: a scalar loop (one statement hook per
/// iteration, no allocation), a loop of small-array statements (hooks and an allocation per
/// operation), and a large-array expression with temporaries and elision (the work dominates).
/// Reports the median milliseconds of each and the ratio with ÷ without (1.00: no cost).
enum ProvenanceBenchmark {
    static let cases: [(name: String, setup: String, code: String)] = [
        ("scalar loop: `s += i * 2`, 10⁶ iterations", "", "s = 0\nfor i in range(1000000):\n    s += i * 2\n"),
        ("small arrays: `c = a[i % 100] * 2.0 + b[i % 100]`, 2·10⁴ iterations",
         "a = np.ones((100, 100))\nb = np.full((100, 100), 2.0)\n",
         "for i in range(20000):\n    c = a[i % 100] * 2.0 + b[i % 100]\n"),
        ("large arrays: `S = a**2 + b**2 + 2*a*b`, 10⁷ float64", "a = np.ones(10000000)\nb = np.ones(10000000)\n",
         "S = a**2 + b**2 + 2*a*b\n"),
    ]

    static func run(rounds: Int = 7) throws -> String {
        var text = "### Provenance: the ledger recording every buffer's site and role, against one that does not\n\n"
        text += "Median of \(rounds) interleaved rounds; the same parsed code in two interpreters, each with its own ledger.\n\n"
        var table = "| code | with provenance ms | without ms | with ÷ without |\n|---|---:|---:|---:|\n"
        for benchmark in cases {
            let runners = try [true, false].map { tracks in
                let ledger = Ledger(tracksProvenance: tracks)
                let interpreter = Interpreter(context: RuntimeContext(output: { _ in }))
                let setup = try Parser.parse(benchmark.setup, origin: SourceOrigin(file: "setup"))
                let code = try Parser.parse(benchmark.code, origin: SourceOrigin(file: "code"))
                try Ledger.$current.withValue(ledger) { try interpreter.run(setup) }
                return { () throws -> Void in try Ledger.$current.withValue(ledger) { try interpreter.run(code) } }
            }
            let t = try BenchmarkClock.interleaved(rounds: rounds, runners)
            table += "| \(benchmark.name) | \(fixed(t[0] * 1000)) | \(fixed(t[1] * 1000)) | \(fixed(t[0] / t[1])) |\n"
        }
        return text + table
    }
}
