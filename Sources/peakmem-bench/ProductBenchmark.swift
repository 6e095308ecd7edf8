#if canImport(Glibc)
import Glibc
#endif
import CBLAS
import Foundation
import PeakmemEngine

/// Are the engine's matrix products as fast as the libraries they stand for?
///
/// 1. `np.dot` (on a square-ish product and on xxt-order's doc-scale `np.dot(X, Y)` with an
///    F-ordered X), `np.tensordot` and `scipy.linalg.blas.dgemm` against calling `cblas_dgemm`
///    directly on the same operands. The engine allocates its result and, as NumPy's
///    `cblas_matrixproduct` (a `memset` before the call) and f2py's `dgemm` (`np.zeros` for
///    `c`) do, zero-fills it, so the like-for-like direct call writes into a new zero-filled
///    result (`calloc`); the direct call into a new uninitialised result (`malloc`) and into a
///    preallocated, already-touched one are shown beside it. The goal is engine ÷ cblas ≤ 1.10.
/// 2. `np.kron`, the CSR product `w @ dsp.T` and CSR construction (seed 003's shapes) and
///    matmul with vector operands against NumPy/SciPy in a `python3` process started by this
///    run, each Python round interleaved with the engine's (``PythonTimer``): the goal for kron
///    and the CSR product is a ratio ≤ 1.00. Skipped, with a message, when python3 or SciPy is
///    missing.
///
/// Every time is the median of interleaved rounds.
enum ProductBenchmark {
    static func run(rounds: Int = 11) throws -> String {
        var text = "### Matrix products against direct cblas calls (float64, median of \(rounds) interleaved rounds)\n\n"
        text += "The engine zero-fills its new result as NumPy's `dot` (a `memset` in `cblas_matrixproduct`) and SciPy's `dgemm` (`c = np.zeros`) do: the like-for-like direct call is `cblas_dgemm` into a new zero-filled result; goal: engine ÷ that ≤ 1.10.\n\n"
        text += "| product | shapes | engine ms | cblas, new zero-filled result ms | engine ÷ cblas | cblas, new uninitialised result ms | engine ÷ that | cblas, preallocated result ms | goal |\n"
        text += "|---|---|---:|---:|---:|---:|---:|---:|---|\n"
        let random = RandomState(seed: 11)

        // np.dot(X, Y): X 1000×2000, Y 2000×500, both C.
        let x = try random.randn([1000, 2000]), y = try random.randn([2000, 500])
        text += try row("np.dot(X, Y)", "1000×2000 · 2000×500", rounds: rounds, engine: { try NDArray.dot(x, y) },
                        direct: DirectGEMM(m: 1000, n: 500, k: 2000, a: x, transA: false, b: y, transB: false))

        // xxt-order at doc scale under numpy-2: np.dot(X, Y) with X 1000×50000 F-ordered (read
        // transposed, not copied) and Y 50000×100 C-ordered.
        let tall = try random.randn([50000, 1000]), yc = try random.randn([50000, 100])
        text += try row("np.dot(X, Y), xxt-order x-fortran", "F 1000×50000 · 50000×100", rounds: rounds,
                        engine: { try NDArray.dot(tall.T, yc) },
                        direct: DirectGEMM(m: 1000, n: 100, k: 50000, a: tall, transA: true, b: yc, transB: false))

        // np.tensordot(data3D, w, axes=(2, 1)): seed 003 with float64 data, 1666×30×784 · (30×784)ᵀ.
        let data = try random.randn([1666, 30, 784]), w = try random.randn([30, 784])
        text += try row("np.tensordot(data3D, w, axes=(2, 1))", "49980×784 · 784×30", rounds: rounds,
                        engine: { try NDArray.tensordot(data, w, axes: [2], [1]) },
                        direct: DirectGEMM(m: 1666 * 30, n: 30, k: 784, a: data, transA: false, b: w, transB: true))

        // blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True): seed 000's call, X 500×20000.
        let wide = try random.randn([500, 20000])
        text += try row("blas.dgemm(1., X.T, X.T, trans_a=True)", "500×20000 · 20000×500", rounds: rounds,
                        engine: { try NDArray.gemm(.double, alpha: 1, a: wide.T, b: wide.T, transA: true) },
                        direct: DirectGEMM(m: 500, n: 500, k: 20000, a: wide, transA: false, b: wide, transB: true))
        text += "\n" + (try libraryComparison(rounds: rounds))
        return text
    }

    /// Where a direct `cblas_dgemm` writes its m×n result.
    private enum DirectResult {
        /// A new `calloc`ed buffer, freed afterwards.
        case zeroed
        /// A new `malloc`ed buffer, freed afterwards.
        case uninitialised
        /// A preallocated C-ordered array.
        case existing(NDArray)
    }

    /// `C = op(A)·op(B)` through `cblas_dgemm` (row-major) on C-contiguous float64 operands:
    /// `op(A)` m×k (stored k×m when `transA`), `op(B)` k×n (stored n×k when `transB`); the
    /// leading dimensions are the operands' last dimensions (`a` may have more than two).
    private struct DirectGEMM {
        let m: Int, n: Int, k: Int
        let a: NDArray, transA: Bool
        let b: NDArray, transB: Bool

        func call(into result: DirectResult) {
            let output: UnsafeMutableRawPointer
            switch result {
            case .zeroed: output = calloc(m * n, 8)!
            case .uninitialised: output = malloc(m * n * 8)!
            case .existing(let array): output = array.baseAddress
            }
            cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                        blasint(m), blasint(n), blasint(k), 1, a.baseAddress.assumingMemoryBound(to: Double.self),
                        blasint(a.shape.last!), b.baseAddress.assumingMemoryBound(to: Double.self), blasint(b.shape.last!), 0,
                        output.assumingMemoryBound(to: Double.self), blasint(n))
            blackHole(output.load(as: Double.self))
            if case .existing = result { return }
            free(output)
        }
    }

    /// The table row of one product: the engine, then the direct call into a zero-filled, an
    /// uninitialised and a preallocated result, interleaved; the goal verdict is engine ÷ the
    /// zero-filled call ≤ 1.10.
    private static func row(_ name: String, _ shapes: String, rounds: Int, engine: @escaping () throws -> NDArray,
                            direct: DirectGEMM) throws -> String {
        let preallocated = try NDArray.empty([direct.m, direct.n])
        let times = try BenchmarkClock.interleaved(rounds: rounds, [
            { blackHole(try engine()) },
            { direct.call(into: .zeroed) },
            { direct.call(into: .uninitialised) },
            { direct.call(into: .existing(preallocated)) },
        ])
        let ratio = times[0] / times[1]
        return "| \(name) | \(shapes) | \(fixed(times[0] * 1000)) | \(fixed(times[1] * 1000)) | \(fixed(ratio)) | "
            + "\(fixed(times[2] * 1000)) | \(fixed(times[0] / times[2])) | \(fixed(times[3] * 1000)) | \(ratio <= 1.10 ? "met" : "not met") |\n"
    }

    /// The Python side of ``libraryComparison(rounds:)``: seed 003's shapes (w 30×784 float64;
    /// data 1666×23520 float32 with about 1/6 nonzeros, viewed as 49980×784 for the CSR
    /// matrix) and the matmul vector operands.
    static let pythonSetup = """
        try:
            import numpy as np
            from scipy import sparse
        except ImportError as error:
            print("missing", error, flush=True); sys.exit(0)
        rng = np.random.RandomState(0)
        w = rng.randn(30, 784); eye = np.identity(30)
        data = np.maximum(rng.uniform(-5, 1, (1666, 23520)), 0).astype(np.float32)
        dsp = sparse.csr_matrix(data.reshape(-1, 784))
        M = rng.randn(2000, 2000); v = rng.randn(2000); S = rng.randn(200, 100, 100); u = rng.randn(100)
        """

    /// Each comparison: its label, the Python expression, and the goal it is held to (nil: shown only).
    static let comparisons: [(label: String, python: String, goal: Double?)] = [
        ("np.kron(np.identity(30), w) → 900×23520", "np.kron(eye, w)", 1.00),
        ("w @ dsp.T, dsp 49980×784 float32 CSR", "w @ dsp.T", 1.00),
        ("sparse.csr_matrix(data.reshape(-1, 784))", "sparse.csr_matrix(data.reshape(-1, 784))", nil),
        ("np.matmul: M @ v, M 2000×2000", "M @ v", nil),
        ("np.matmul: v @ M, M 2000×2000", "v @ M", nil),
        ("np.matmul: S @ u, S 200×100×100", "S @ u", nil),
        ("np.matmul: u @ S, S 200×100×100", "u @ S", nil),
    ]

    /// kron, the CSR product and construction, and vector matmuls against NumPy/SciPy, the
    /// Python rounds interleaved with the engine's.
    private static func libraryComparison(rounds: Int) throws -> String {
        var text = "### kron, CSR and vector matmul against NumPy/SciPy on this machine (seed 003 shapes, median of \(rounds) rounds, NumPy's rounds interleaved with the engine's)\n\n"
        let python: PythonTimer
        do {
            python = try PythonTimer(setup: pythonSetup, cases: comparisons.indices.map { ("c\($0)", comparisons[$0].python) })
        } catch let reason as PythonTimer.Unavailable {
            return text + "Skipped: \(reason) (`make deps` installs NumPy and SciPy).\n"
        }
        let random = RandomState(seed: 0)
        let w = try random.randn([30, 784]), eye = try NDArray.identity(30)
        let uniform = try random.uniform(low: -5, high: 1, size: [1666, 23520])
        let data = try NDArray.apply(.maximum, .array(uniform), .scalar(.float(0))).astype(.float32)
        let rows = try data.reshape([-1, 784])
        let dsp = try CompressedSparseMatrix(dense: rows)
        let m = try random.randn([2000, 2000]), v = try random.randn([2000])
        let stack = try random.randn([200, 100, 100]), u = try random.randn([100])
        let engine: [() throws -> Void] = [
            { blackHole(try NDArray.kron(eye, w)) },
            { blackHole(try dsp.transposed.reflectedProduct(w)) },
            { blackHole(try CompressedSparseMatrix(dense: rows)) },
            { blackHole(try NDArray.matmul(m, v)) },
            { blackHole(try NDArray.matmul(v, m)) },
            { blackHole(try NDArray.matmul(stack, u)) },
            { blackHole(try NDArray.matmul(u, stack)) },
        ]
        func sideBySide(_ indices: Range<Int>, settle: Double) throws -> [Double] {
            var cases: [() throws -> Double] = []
            for index in indices {
                cases.append { try BenchmarkClock.time(engine[index]) }
                cases.append { try python.seconds("c\(index)") }
            }
            return try BenchmarkClock.interleaved(rounds: rounds, measuring: cases, settle: settle)
        }
        // The sub-millisecond BLAS calls pause after each case: OpenBLAS's threads spin for a
        // while after a threaded call (both libraries'), and would take a core from the other
        // side's next case. The large allocations do not pause: after a pause this VM's
        // first touches of fresh pages slow down on both sides, and unevenly.
        let t = try sideBySide(0..<3, settle: 0) + sideBySide(3..<engine.count, settle: 0.2)
        text += "CSR matrix: nnz \(dsp.nnz).\n\n"
        text += "| operation | engine ms | NumPy/SciPy ms | engine ÷ NumPy/SciPy | goal |\n|---|---:|---:|---:|---|\n"
        for (index, comparison) in comparisons.enumerated() {
            let (ours, theirs) = (t[2 * index], t[2 * index + 1])
            let verdict = comparison.goal.map { ours / theirs <= $0 ? "met (≤ \(fixed($0)))" : "not met (≤ \(fixed($0)))" } ?? "–"
            text += "| \(comparison.label) | \(fixed(ours * 1000, 3)) | \(fixed(theirs * 1000, 3)) | \(fixed(ours / theirs)) | \(verdict) |\n"
        }
        return text
    }
}
