import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `scipy.linalg.blas` from scenario code: SciPy's signatures (keywords, defaults, flags as
/// ints or bools) and the exact memory of docs/research/numpy-products.md §6.
/// X is 20×300 float64 C (48 000 bytes); results are 20×20 (3 200 bytes).
@Suite("scipy.linalg.blas in scenario code")
struct ScipyBLASTests {
    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("from scipy.linalg import blas\nX = np.random.randn(20, 300)\nS = X @ X.T\n")
        return h
    }

    @Test func seedCallCopiesNothing() throws {
        let h = try harness()
        #expect(try h.measure("R = blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)") == (3200, 3200))
        #expect(try h.repr("(R.flags.f_contiguous, R.dtype, np.allclose(R, S))") == "(True, dtype('float64'), True)")
        #expect(try h.measure("R = blas.dgemm(1., X, X, trans_b=1)") == (2 * 48000 + 3200, 0))
        #expect(try h.measure("R = blas.sgemm(1., X.T, X.T, 0., None, 1)") == (2 * 24000 + 1600, -1600))
        #expect(try h.repr("R.dtype") == "dtype('float32')")
    }

    @Test func outputAndSyrk() throws {
        let h = try harness()
        try h.run("C0 = np.zeros((20, 20), order='F')")
        #expect(try h.measure("R = blas.dgemm(1., X.T, X.T, c=C0, trans_a=True, overwrite_c=True)") == (0, 0))
        #expect(try h.repr("np.allclose(C0, S)") == "True")
        #expect(try h.measure("U = blas.dsyrk(1., X)") == (48000 + 3200, 3200))
        #expect(try h.repr("(float(U[3, 1]), bool(U[1, 3] == S[1, 3]))") == "(0.0, True)")
        #expect(try h.measure("L = blas.dsyrk(1.0, X.T, trans=1, lower=1)") == (3200, 3200))
        #expect(try h.repr("(float(L[1, 3]), bool(np.allclose(L[3, 1], S[3, 1])))") == "(0.0, True)")
    }

    @Test func errors() throws {
        let h = try harness()
        #expect(h.error("blas.dgemm(1., X, X)")?.description.contains("ValueError: (trans_b?kb==k:ldb==k) failed for hidden n: dgemm:n=300") == true)
        #expect(h.error("blas.dgemm(1., X)")?.description.contains("missing") == true)
    }
}
