import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `scipy.sparse.csr_matrix` from scenario code: the object's attributes, methods and `@`
/// on either side, with SciPy's exact buffers. D is 50×80 with 20 % nonzeros (nnz = 800).
@Suite("scipy.sparse in scenario code")
struct ScipySparseTests {
    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
            from scipy import sparse
            D = np.zeros((50, 80))
            D[:, ::5] = np.arange(1.0, 801.0).reshape(50, 16)
            B = np.ones((80, 3))
            w = np.ones((4, 50))
            """)
        return h
    }

    @Test func constructionAndAttributes() throws {
        let h = try harness()
        #expect(try h.measure("S = sparse.csr_matrix(D)") == (32 * 800, 4 * 51 + 12 * 800))
        #expect(try h.repr("(S.nnz, S.shape, S.dtype, S.ndim, S.format, S.indices.dtype, S.indptr.shape)")
            == "(800, (50, 80), dtype('float64'), 2, 'csr', dtype('int32'), (51,))")
        #expect(try h.repr("S") == "<Compressed Sparse Row sparse matrix of dtype 'float64'\n\twith 800 stored elements and shape (50, 80)>")
        #expect(try h.measure("T = S.T") == (0, 0))
        #expect(try h.repr("(T.format, T.shape, S.transpose().shape)") == "('csc', (80, 50), (80, 50))")
        #expect(try h.measure("A = S.toarray()") == (32000, 32000))
        #expect(try h.repr("(bool(np.allclose(A, D)), T.toarray().flags.f_contiguous)") == "(True, True)")
        #expect(try h.measure("P = sparse.csr_matrix((S.data, S.indices, S.indptr), shape=(50, 80))") == (0, 0))
        #expect(try h.repr("P.nnz") == "800")
    }

    @Test("csr_matrix((data, indices, indptr), copy=True): one new array per part, as SciPy's np.array(copy=True)")
    func constructionWithCopy() throws {
        let h = try harness()
        try h.run("S = sparse.csr_matrix(D)")
        let parts = 8 * 800 + 4 * 800 + 4 * 51
        #expect(try h.measure("Q = sparse.csr_matrix((S.data, S.indices, S.indptr), shape=(50, 80), copy=True)") == (parts, parts))
        try h.run("I = S.indices.astype(np.int64)\nJ = S.indptr.astype(np.int64)")
        // int64 parts converted to SciPy's int32 index dtype: the conversion is the copy.
        #expect(try h.measure("R = sparse.csr_matrix((S.data, I, J), shape=(50, 80), copy=True)") == (parts, parts))
        #expect(try h.repr("(R.indices.dtype, R.indptr.dtype, bool(np.allclose(R.toarray(), D)))") == "(dtype('int32'), dtype('int32'), True)")
    }

    @Test func productsOnEitherSide() throws {
        let h = try harness()
        try h.run("S = sparse.csr_matrix(D)")
        #expect(try h.measure("R = S @ B") == (50 * 3 * 8, 50 * 3 * 8))
        #expect(try h.repr("bool(np.allclose(R, D @ B))") == "True")
        #expect(try h.measure("R2 = S.dot(B)") == (1200, 1200))
        #expect(try h.measure("L = w @ S.T.T") == (4 * 80 * 8 + w_bytes, 4 * 80 * 8))
        #expect(try h.repr("(L.shape, bool(np.allclose(L, w @ D)), L.flags.f_contiguous)") == "((4, 80), True, True)")
        #expect(try h.repr("bool(np.allclose(np.ones((3, 80)) @ S.T, np.ones((3, 80)) @ D.T))") == "True")
        #expect(h.error("S @ 2")?.description.contains("ValueError: Scalar operands are not allowed, use '*' instead") == true)
        #expect(h.error("S @ w")?.description.contains("ValueError: matmul: dimension mismatch with signature (n,k=80),(k=4,m)->(n,m)") == true)
        #expect(h.error("S.nzz")?.description.contains("'csr_matrix' object has no attribute 'nzz'. Did you mean: 'nnz'?") == true)
    }

    private var w_bytes: Int { 4 * 50 * 8 }
}
