import PeakmemEngine

/// Is the engine's einsum as fast as NumPy's on seed 002's expressions?
///
/// The same contractions, at the seed's size (n = 100, q = 102) and at its large scale
/// (n = 300, q = 302), are timed in the engine and in NumPy (a `python3` process started by
/// this run, whose rounds interleave with the engine's, so both sides share the machine's
/// state); each side takes the median of its own rounds. The table gives both medians and engine ÷ NumPy (below 1: the engine is faster).
/// Without python3 and NumPy the NumPy column is skipped with a message.
enum EinsumBenchmark {
    /// One timed expression: its label and the einsum call in Python syntax (operands B, A,
    /// Y2, Z2, C, C2), run by the engine through ``engineCase(_:_:)``.
    static let expressions: [(label: String, python: String)] = [
        ("C = einsum('i,jk->ijk', B, A)", "np.einsum('i,jk->ijk', B, A)"),
        ("D = einsum('ijk,ikj->k', C, C)", "np.einsum('ijk,ikj->k', C, C)"),
        ("D, one pass: einsum('i,jk,i,kj->k', B, A, B, A)", "np.einsum('i,jk,i,kj->k', B, A, B, A)"),
        ("D1 = einsum('i,jk,i,kj->k', ..., optimize='optimal')", "np.einsum('i,jk,i,kj->k', B, A, B, A, optimize='optimal')"),
        ("E_C2C = einsum('j,ik,i,kj->k', ..., optimize='optimal')", "np.einsum('j,ik,i,kj->k', Y2, Z2, B, A, optimize='optimal')"),
        ("E = einsum('ijk,ikj->k', C+C2, C+C2)", "np.einsum('ijk,ikj->k', C+C2, C+C2)"),
    ]

    static func run(rounds: Int = 9) throws -> String {
        var text = "### einsum against NumPy on seed 002's expressions (median of \(rounds) rounds, NumPy's rounds interleaved with the engine's)\n\n"
        var table = "| n, q | expression | engine ms | NumPy ms | engine ÷ NumPy |\n|---|---|---:|---:|---:|\n"
        var skipped: String?
        for (n, q) in [(100, 102), (300, 302)] {
            let engine = try engineCases(n: n, q: q)
            var numpy: PythonTimer?
            if skipped == nil {
                do { numpy = try PythonTimer(setup: pythonSetup(n: n, q: q), cases: expressions.indices.map { ("e\($0)", expressions[$0].python) }) }
                catch let reason as PythonTimer.Unavailable { skipped = reason.description }
            }
            var cases: [() throws -> Double] = []
            for (index, body) in engine.enumerated() {
                cases.append { try BenchmarkClock.time(body) }
                if let numpy { cases.append { try numpy.seconds("e\(index)") } }
            }
            let times = try BenchmarkClock.interleaved(rounds: rounds, measuring: cases)
            let step = numpy == nil ? 1 : 2
            for (index, expression) in expressions.enumerated() {
                let ours = times[step * index]
                table += "| \(n), \(q) | `\(expression.label)` | \(fixed(ours * 1000, 3)) | "
                table += numpy == nil ? "– | – |\n" : "\(fixed(times[step * index + 1] * 1000, 3)) | \(fixed(ours / times[step * index + 1])) |\n"
            }
        }
        if let skipped { text += "NumPy not timed: \(skipped); only the engine's times are shown.\n\n" }
        return text + table
    }

    /// The engine's side of each of ``expressions``, with seed 002's arrays.
    static func engineCases(n: Int, q: Int) throws -> [() throws -> Void] {
        let random = RandomState(seed: 0)
        let a = try random.randn([n, n]), b = try random.randn([q])
        let y2 = try random.randn([n]), z2 = try random.randn([q, n])
        let c = try NDArray.einsum("i,jk->ijk", [b, a]), c2 = try NDArray.einsum("j,ik->ijk", [y2, z2])
        return [
            { blackHole(try NDArray.einsum("i,jk->ijk", [b, a])) },
            { blackHole(try NDArray.einsum("ijk,ikj->k", [c, c])) },
            { blackHole(try NDArray.einsum("i,jk,i,kj->k", [b, a, b, a])) },
            { blackHole(try NDArray.einsum("i,jk,i,kj->k", [b, a, b, a], optimize: .strategy(.optimal))) },
            { blackHole(try NDArray.einsum("j,ik,i,kj->k", [y2, z2, b, a], optimize: .strategy(.optimal))) },
            {
                let sum1 = try c + c2, sum2 = try c + c2
                blackHole(try NDArray.einsum("ijk,ikj->k", [sum1, sum2]))
            },
        ]
    }

    /// NumPy's side: seed 002's arrays (A n×n, B q, Y2 n, Z2 q×n, C = B⊗A, C2).
    static func pythonSetup(n: Int, q: Int) -> String {
        """
        try:
            import numpy as np
        except ImportError as error:
            print("missing", error, flush=True); sys.exit(0)
        n, q = \(n), \(q)
        rng = np.random.default_rng(0)
        A = rng.normal(size=(n, n)); B = rng.normal(size=(q,)); Y2 = rng.normal(size=(n,)); Z2 = rng.normal(size=(q, n))
        C = np.einsum('i,jk->ijk', B, A); C2 = np.einsum('j,ik->ijk', Y2, Z2)
        """
    }
}
