#if canImport(Glibc)
import Glibc
#endif
import CBLAS
import Foundation
import PeakmemEngine

/// Are the engine's matrix products as fast as the libraries they stand for?
///
/// 1. `np.dot`, `np.tensordot` and `scipy.linalg.blas.dgemm` against calling `cblas_dgemm`
///    directly on the same operands into a freshly `malloc`ed result (the engine allocates
///    its result too and, as NumPy, zero-fills it for dot and dgemm): the goal is a ratio
///    ≤ 1.10. The time of `cblas_dgemm` into a preallocated, already-touched result is shown
///    beside it: the difference is the first touch of the result's pages.
/// 2. `np.kron` and the CSR product `w @ dsp.T` (seed 003's shapes) against NumPy/SciPy on the
///    same machine in the same run (a `python3` subprocess timing the same shapes): the goal is
///    a ratio ≤ 1.00. Skipped, with a message, when python3 or SciPy is missing. So are the four
///    `np.matmul` products with a vector operand, timed alike on both sides: the four
///    interleaved, `5 · rounds` rounds (they take under a millisecond each, so that each finds
///    its operands out of cache on both sides, as it would after other work).
///
/// Every time is the median of interleaved rounds.
enum ProductBenchmark {
    static func run(rounds: Int = 7) throws -> String {
        var text = "### Matrix products against direct cblas calls (float64, median of \(rounds) interleaved rounds)\n\n"
        text += "| product | shapes | engine ms | cblas ms (new result) | engine ÷ cblas | cblas ms (preallocated result) |\n|---|---|---:|---:|---:|---:|\n"
        let random = RandomState(seed: 11)

        // np.dot(X, Y): X 1000×2000, Y 2000×500, both C.
        let x = try random.randn([1000, 2000]), y = try random.randn([2000, 500])
        let direct = try NDArray.empty([1000, 500])
        let dot = try BenchmarkClock.interleaved(rounds: rounds, [
            { blackHole(try NDArray.dot(x, y)) },
            { gemm(m: 1000, n: 500, k: 2000, a: x, transA: false, lda: 2000, b: y, transB: false, ldb: 500, c: nil) },
            { gemm(m: 1000, n: 500, k: 2000, a: x, transA: false, lda: 2000, b: y, transB: false, ldb: 500, c: direct) },
        ])
        text += row("np.dot(X, Y)", "1000×2000 · 2000×500", dot)

        // np.tensordot(data3D, w, axes=(2, 1)): seed 003 with float64 data, 1666×30×784 · (30×784)ᵀ.
        let data = try random.randn([1666, 30, 784]), w = try random.randn([30, 784])
        let target = try NDArray.empty([1666 * 30, 30])
        let tensordot = try BenchmarkClock.interleaved(rounds: rounds, [
            { blackHole(try NDArray.tensordot(data, w, axes: [2], [1])) },
            { gemm(m: 1666 * 30, n: 30, k: 784, a: data, transA: false, lda: 784, b: w, transB: true, ldb: 784, c: nil) },
            { gemm(m: 1666 * 30, n: 30, k: 784, a: data, transA: false, lda: 784, b: w, transB: true, ldb: 784, c: target) },
        ])
        text += row("np.tensordot(data3D, w, axes=(2, 1))", "49980×784 · 784×30", tensordot)

        // blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True): seed 000's call, X 500×20000.
        let wide = try random.randn([500, 20000])
        let gram = try NDArray.empty([500, 500])
        let dgemm = try BenchmarkClock.interleaved(rounds: rounds, [
            { blackHole(try NDArray.gemm(.double, alpha: 1, a: wide.T, b: wide.T, transA: true)) },
            { gemm(m: 500, n: 500, k: 20000, a: wide, transA: false, lda: 20000, b: wide, transB: true, ldb: 20000, c: nil) },
            { gemm(m: 500, n: 500, k: 20000, a: wide, transA: false, lda: 20000, b: wide, transB: true, ldb: 20000, c: gram) },
        ])
        text += row("blas.dgemm(1., X.T, X.T, trans_a=True)", "500×20000 · 20000×500", dgemm)
        text += "\n" + (try libraryComparison(rounds: rounds))
        return text
    }

    /// `C = op(A)·op(B)` through `cblas_dgemm` (row-major) into the preallocated C-ordered `c`,
    /// or, when `c` is nil, into a new `malloc`ed m×n buffer freed afterwards.
    private static func gemm(m: Int, n: Int, k: Int, a: NDArray, transA: Bool, lda: Int, b: NDArray, transB: Bool,
                             ldb: Int, c: NDArray?) {
        let output = c?.baseAddress ?? malloc(m * n * 8)!
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    blasint(m), blasint(n), blasint(k), 1, a.baseAddress.assumingMemoryBound(to: Double.self), blasint(lda),
                    b.baseAddress.assumingMemoryBound(to: Double.self), blasint(ldb), 0,
                    output.assumingMemoryBound(to: Double.self), blasint(n))
        blackHole(output.load(as: Double.self))
        if c == nil { free(output) }
    }

    private static func row(_ name: String, _ shapes: String, _ times: [Double]) -> String {
        "| \(name) | \(shapes) | \(fixed(times[0] * 1000)) | \(fixed(times[1] * 1000)) | \(fixed(times[0] / times[1])) | \(fixed(times[2] * 1000)) |\n"
    }

    /// The seed 003 shapes: w 30×784 float64; data 1666×23520 float32 with about 1/6 nonzeros,
    /// viewed as 49980×784 for the CSR matrix.
    static let pythonScript = """
        import sys, time
        import numpy as np
        try:
            from scipy import sparse
        except ImportError:
            print("missing scipy"); sys.exit(0)
        rounds, vector_rounds = int(sys.argv[1]), int(sys.argv[2])
        def median(f):
            ts = []
            for _ in range(rounds):
                t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
            return sorted(ts)[len(ts) // 2]
        rng = np.random.RandomState(0)
        w = rng.randn(30, 784); eye = np.identity(30)
        data = np.maximum(rng.uniform(-5, 1, (1666, 23520)), 0).astype(np.float32)
        dsp = sparse.csr_matrix(data.reshape(-1, 784))
        print("kron", median(lambda: np.kron(eye, w)))
        print("csr_product", median(lambda: w @ dsp.T))
        print("csr_build", median(lambda: sparse.csr_matrix(data.reshape(-1, 784))))
        M = rng.randn(2000, 2000); v = rng.randn(2000); S = rng.randn(200, 100, 100); u = rng.randn(100)
        cases = {"matvec": lambda: M @ v, "vecmat": lambda: v @ M, "batched_matvec": lambda: S @ u, "batched_vecmat": lambda: u @ S}
        times = {name: [] for name in cases}
        for _ in range(vector_rounds):
            for name, f in cases.items():
                t = time.perf_counter(); f(); times[name].append(time.perf_counter() - t)
        for name, ts in times.items():
            print(name, sorted(ts)[len(ts) // 2])
        """

    /// kron and the CSR product (and its construction) against NumPy/SciPy timed by python3.
    private static func libraryComparison(rounds: Int) throws -> String {
        let vectorRounds = 5 * rounds
        var text = "### kron and CSR against NumPy/SciPy on this machine (seed 003 shapes, median of \(rounds) rounds)\n\n"
        guard let (status, python) = PythonProcess.run(pythonScript, arguments: [String(rounds), String(vectorRounds)]), status == 0 else {
            return text + "Skipped: python3 could not be run.\n"
        }
        if python.contains("missing scipy") { return text + "Skipped: python3 has no SciPy.\n" }
        var reference: [String: Double] = [:]
        for line in python.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let seconds = Double(parts[1]) { reference[String(parts[0])] = seconds }
        }
        guard let kron = reference["kron"], let product = reference["csr_product"], let build = reference["csr_build"],
              let matvec = reference["matvec"], let vecmat = reference["vecmat"],
              let batchedMatvec = reference["batched_matvec"], let batchedVecmat = reference["batched_vecmat"] else {
            return text + "Skipped: unexpected python3 output: \(python)\n"
        }
        let random = RandomState(seed: 0)
        let w = try random.randn([30, 784]), eye = try NDArray.identity(30)
        let uniform = try random.uniform(low: -5, high: 1, size: [1666, 23520])
        let data = try NDArray.apply(.maximum, .array(uniform), .scalar(.float(0))).astype(.float32)
        let rows = try data.reshape([-1, 784])
        let dsp = try CompressedSparseMatrix(dense: rows)
        let t = try BenchmarkClock.interleaved(rounds: rounds, [
            { blackHole(try NDArray.kron(eye, w)) },
            { blackHole(try dsp.transposed.reflectedProduct(w)) },
            { blackHole(try CompressedSparseMatrix(dense: rows)) },
        ])
        let m = try random.randn([2000, 2000]), v = try random.randn([2000])
        let stack = try random.randn([200, 100, 100]), u = try random.randn([100])
        let vector = try BenchmarkClock.interleaved(rounds: vectorRounds, [
            { blackHole(try NDArray.matmul(m, v)) },
            { blackHole(try NDArray.matmul(v, m)) },
            { blackHole(try NDArray.matmul(stack, u)) },
            { blackHole(try NDArray.matmul(u, stack)) },
        ])
        text += "| operation | engine ms | NumPy/SciPy ms | engine ÷ NumPy/SciPy |\n|---|---:|---:|---:|\n"
        text += "| np.kron(np.identity(30), w) → 900×23520 | \(fixed(t[0] * 1000)) | \(fixed(kron * 1000)) | \(fixed(t[0] / kron)) |\n"
        text += "| w @ dsp.T, dsp 49980×784 CSR (nnz \(dsp.nnz)) | \(fixed(t[1] * 1000)) | \(fixed(product * 1000)) | \(fixed(t[1] / product)) |\n"
        text += "| sparse.csr_matrix(data.reshape(-1, 784)) | \(fixed(t[2] * 1000)) | \(fixed(build * 1000)) | \(fixed(t[2] / build)) |\n"
        for (label, ours, theirs) in [("M @ v, M 2000×2000", vector[0], matvec), ("v @ M, M 2000×2000", vector[1], vecmat),
                                      ("S @ u, S 200×100×100", vector[2], batchedMatvec), ("u @ S, S 200×100×100", vector[3], batchedVecmat)] {
            text += "| np.matmul: \(label) | \(fixed(ours * 1000, 3)) | \(fixed(theirs * 1000, 3)) | \(fixed(ours / theirs)) |\n"
        }
        text += "\nThe np.matmul rows: median of \(vectorRounds) rounds, the four products interleaved in this order on both sides.\n"
        return text
    }
}
