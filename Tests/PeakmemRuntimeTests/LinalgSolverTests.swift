import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `numpy.linalg` on LAPACK from scenario code: NumPy 2.4.6's values (printed by
/// docs/research/scripts/linalg/numpy_linalg_values.py) and its exact allocations, including
/// `umath_linalg`'s malloc'd work buffers (docs/research/numpy-linalg.md, measured by
/// docs/research/scripts/linalg/numpy_linalg.py with memray).
@Suite("numpy.linalg: solve, inv, det, slogdet, cholesky, norm")
struct LinalgSolverTests {
    /// `A` is a symmetric positive-definite N×N float64 matrix made as the research scripts make it.
    private func harness(n: Int, extra: String = "") throws -> Harness {
        let h = Harness()
        try h.run("N = \(n)\nrng = np.random.default_rng(0)\nM = rng.standard_normal((N, N))\nA = M @ M.T + N * np.eye(N)\ndel M\n" + extra)
        return h
    }

    @Test func probe() throws {
        let h = try harness(n: 50, extra: "b = rng.standard_normal((N, 3))\nS = np.stack([A, A * 2])\n")
        for expression in ["np.linalg.inv(A)[0, :3]", "np.linalg.solve(A, b)[:2]", "np.linalg.solve(A, b[:, 0])[:3]",
                           "(np.linalg.det(A[:5, :5]), np.linalg.slogdet(A))", "np.linalg.cholesky(A)[:3, :3]",
                           "np.linalg.cholesky(A, upper=True)[:3, :3]",
                           "(np.linalg.norm(A), np.linalg.norm(A, axis=1)[:3], np.linalg.norm(A, 1), np.linalg.norm(A, np.inf), np.linalg.norm(b, 3, axis=0), np.linalg.norm(b, 0, axis=0), np.linalg.norm(b, -np.inf, axis=1)[:3])",
                           "(np.linalg.norm(A, keepdims=True).shape, np.linalg.norm(A, axis=(0, 1), keepdims=True).shape, np.linalg.norm(np.arange(5)))",
                           "(np.linalg.det(S), np.linalg.inv(S).shape, np.linalg.solve(S, b).shape)",
                           "(np.linalg.inv(A.astype(np.float32)).dtype, np.linalg.det(A.astype(np.float32)))"] {
            print(expression, "->", try h.repr(expression))
        }
        for code in ["np.linalg.inv(np.zeros((3, 3)))", "np.linalg.cholesky(-A)", "np.linalg.inv(np.zeros((3, 4)))"] {
            print(code, "->", h.error(code)?.description ?? "no error")
        }
        let big = try harness(n: 800, extra: "b = rng.standard_normal((N, 10))\nA32 = A.astype(np.float32)\nS = np.stack([A[:200, :200]] * 8)\nX = rng.standard_normal((100_000, 10))\nY = rng.standard_normal((1000, 1000))\nx = rng.standard_normal(1_000_000)\n")
        for code in ["r = np.linalg.inv(A)", "r = np.linalg.inv(A32)", "r = np.linalg.inv(S)", "r = np.linalg.solve(A, b)", "r = np.linalg.solve(A, b[:, 0])",
                     "r = np.linalg.det(A)", "r = np.linalg.det(A32)", "r = np.linalg.slogdet(A)", "r = np.linalg.det(S)", "r = np.linalg.cholesky(A)",
                     "r = np.linalg.cholesky(A32, upper=True)", "r = np.linalg.norm(x)", "r = np.linalg.norm(Y)", "r = np.linalg.norm(X, axis=1)",
                     "r = np.linalg.norm(X, axis=1, keepdims=True)", "r = np.linalg.norm(X, ord=1, axis=0)", "r = np.linalg.norm(x, ord=np.inf)",
                     "r = np.linalg.norm(X, ord=3, axis=1)", "r = np.linalg.norm(Y, ord=1)", "r = np.linalg.norm(Y, ord=np.inf)", "r = np.linalg.norm(Y.T[::2])",
                     "r = np.sqrt((X * X).sum(1))", "r = np.linalg.inv(A) @ b"] {
            print(code, "->", try big.measure(code))
        }
    }
}
