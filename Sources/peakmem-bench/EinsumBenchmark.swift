#if canImport(Glibc)
import Glibc
#endif
import PeakmemEngine

/// Is the engine's einsum as fast as NumPy's on seed 002's expressions?
///
/// The same contractions, at the seed's size (n = 100, q = 102) and at its large scale
/// (n = 300, q = 302), are timed in the engine and in NumPy (a `python3` subprocess started by
/// this run, so both sides share the machine's state); each side takes the median of its own
/// rounds. The table gives both medians and engine ÷ NumPy (below 1: the engine is faster).
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
        var text = "### einsum against NumPy on seed 002's expressions (median of \(rounds) rounds each side)\n\n"
        let numpy = NumpyTimer.available
        if !numpy { text += "python3 with NumPy was not found: only the engine's times are shown.\n\n" }
        text += "| n, q | expression | engine ms | NumPy ms | engine ÷ NumPy |\n|---|---|---:|---:|---:|\n"
        for (n, q) in [(100, 102), (300, 302)] {
            let engine = try engineTimes(n: n, q: q, rounds: rounds)
            let reference = numpy ? try NumpyTimer.times(n: n, q: q, rounds: rounds, expressions.map(\.python)) : nil
            for (index, expression) in expressions.enumerated() {
                let ours = engine[index]
                let theirs = reference?[index]
                text += "| \(n), \(q) | `\(expression.label)` | \(fixed(ours * 1000, 3)) | "
                text += theirs.map { "\(fixed($0 * 1000, 3)) | \(fixed(ours / $0)) |" } ?? "– | – |"
                text += "\n"
            }
        }
        return text
    }

    /// The engine's median seconds for each of ``expressions``.
    static func engineTimes(n: Int, q: Int, rounds: Int) throws -> [Double] {
        let random = RandomState(seed: 0)
        let a = try random.randn([n, n]), b = try random.randn([q])
        let y2 = try random.randn([n]), z2 = try random.randn([q, n])
        let c = try NDArray.einsum("i,jk->ijk", [b, a]), c2 = try NDArray.einsum("j,ik->ijk", [y2, z2])
        let cases: [() throws -> Void] = [
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
        return try BenchmarkClock.interleaved(rounds: rounds, cases)
    }
}

/// Times expressions in NumPy through a `python3` subprocess.
enum NumpyTimer {
    /// True when `python3 -c 'import numpy'` succeeds.
    static var available: Bool {
        system("python3 -c 'import numpy' >/dev/null 2>&1") == 0
    }

    /// The median seconds of each expression over `rounds` interleaved rounds, with the arrays
    /// of seed 002 (A n×n, B q, Y2 n, Z2 q×n, C = B⊗A, C2) bound.
    static func times(n: Int, q: Int, rounds: Int, _ expressions: [String]) throws -> [Double] {
        let list = expressions.map { "lambda: " + $0 }.joined(separator: ", ")
        let script = """
            import numpy as np, time
            n, q = \(n), \(q)
            rng = np.random.default_rng(0)
            A = rng.normal(size=(n, n)); B = rng.normal(size=(q,)); Y2 = rng.normal(size=(n,)); Z2 = rng.normal(size=(q, n))
            C = np.einsum('i,jk->ijk', B, A); C2 = np.einsum('j,ik->ijk', Y2, Z2)
            cases = [\(list)]
            samples = [[] for _ in cases]
            for _ in range(\(rounds)):
                for i, f in enumerate(cases):
                    t = time.perf_counter(); f(); samples[i].append(time.perf_counter() - t)
            print(' '.join(repr(sorted(s)[len(s) // 2]) for s in samples))
            """
        guard let (status, output) = PythonProcess.run(script) else { throw BenchmarkFailure("cannot start python3") }
        let values = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        guard status == 0, values.count == expressions.count else {
            throw BenchmarkFailure("python3 timing failed (status \(status)): \(output)")
        }
        return values
    }
}

/// A benchmark that could not run, with the reason.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
