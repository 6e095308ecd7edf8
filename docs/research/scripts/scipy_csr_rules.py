"""Exact NumPy-domain allocations of scipy.sparse.csr_matrix construction, .T, .toarray() and
products with dense arrays (SciPy 1.17.1, NumPy 2.4.6). For each statement: the NumPy-domain
buffers allocated while it runs (sizes, in order, from tracemalloc's traces before/after and
the peak), the peak increment and retained bytes of the NumPy domain.
Run: python3 scipy_csr_rules.py
"""
import tracemalloc
import numpy as np
from scipy import sparse

DOM = np.lib.tracemalloc_domain


def npdom(snapshot):
    return sum(t.size for t in snapshot.filter_traces([tracemalloc.DomainFilter(True, DOM)]).traces)


def case(label, stmt, setup, show=None):
    ns = {"np": np, "sparse": sparse}
    exec(setup, ns)
    code = compile(stmt, "<m>", "exec")
    tracemalloc.start()
    s0 = tracemalloc.take_snapshot()
    c0, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    exec(code, ns)
    c1, pk = tracemalloc.get_traced_memory()
    s1 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    extra = ""
    if show:
        extra = " " + str(eval(show, ns))
    print(f"{label:52s} peak_inc={pk - c0:>10d} retained_np={npdom(s1) - npdom(s0):>10d}{extra}")


# 1000x2000 float64 with ~20 % nonzeros
D = ("rng = np.random.default_rng(0); D = rng.random((1000, 2000)); D[D < 0.8] = 0; nnz = int((D != 0).sum());"
     " S = sparse.csr_matrix(D)")
print("D 1000x2000, nnz counted below; formulas: peak (24+itemsize)*nnz, retained 4(M+1)+(4+itemsize)*nnz")
case("csr_matrix(D) f64", "A = sparse.csr_matrix(D)", D,
     "(nnz, (24 + 8) * nnz, 4 * 1001 + 12 * nnz, A.indices.dtype, A.indptr.dtype)")
case("csr_matrix(D32) f32", "A = sparse.csr_matrix(D)", D + "; D = D.astype(np.float32)",
     "(nnz, (24 + 4) * nnz, 4 * 1001 + 8 * nnz)")
case("csr_matrix(DF) F-ordered f64", "A = sparse.csr_matrix(D)", D + "; D = np.asfortranarray(D)", "(nnz, 32 * nnz)")
case("csr_matrix(Di) int64", "A = sparse.csr_matrix(D)", D + "; D = (D * 10).astype(np.int64)",
     "(int((D != 0).sum()), 32 * int((D != 0).sum()))")
case("csr_matrix(v) 1-d (2000,)", "A = sparse.csr_matrix(D[0])", D, "(int((D[0] != 0).sum()), A.shape)")
case("csr_matrix((data, indices, indptr)) int32 parts", "A = sparse.csr_matrix((d, i, p), shape=(1000, 2000))",
     D + "; d, i, p = S.data.copy(), S.indices.copy(), S.indptr.copy()", "(A.data is d, A.indices is i, A.indptr is p, A.nnz)")
case("csr_matrix((data, indices, indptr)) int64 parts", "A = sparse.csr_matrix((d, i, p), shape=(1000, 2000))",
     D + "; d, i, p = S.data.copy(), S.indices.astype(np.int64), S.indptr.astype(np.int64)",
     "(A.indices.dtype, A.indptr.dtype, 4 * (len(i) + len(p)))")
case("csr_matrix((data, indices, indptr)) no shape", "A = sparse.csr_matrix((d, i, p))",
     D + "; d, i, p = S.data.copy(), S.indices.copy(), S.indptr.copy()", "A.shape")
case("S.T (csc view)", "B = S.T", D, "(type(B).__name__, B.data is S.data, B.indices is S.indices, B.shape)")
case("S.nnz, S.shape, S.dtype", "x = (S.nnz, S.shape, S.dtype)", D)
case("S.toarray()", "B = S.toarray()", D, "(B.flags.c_contiguous, B.dtype)")
case("S.T.toarray()", "B = S.T.toarray()", D, "(B.shape, B.flags.c_contiguous, B.flags.f_contiguous)")
B = D + "; B = rng.random((2000, 50))"
case("S @ B (2000x50 C) -> zeros(M,k)", "R = S @ B", B, "(R.shape, R.flags.c_contiguous, type(R).__name__)")
case("S.dot(B)", "R = S.dot(B)", B, "(R.shape, type(R).__name__)")
case("S @ BF (F-ordered) -> + ravel copy", "R = S @ B", B + "; B = np.asfortranarray(B)")
case("S32 @ B64 -> + data cast", "R = S @ B", B + "; S = S.astype(np.float32)", "R.dtype")
case("S64 @ B32 -> + dense cast", "R = S @ B", B + "; B = B.astype(np.float32)", "R.dtype")
case("S @ v (2000,)", "R = S @ v", D + "; v = rng.random(2000)", "(R.shape,)")
case("S.T @ w (1000x30)", "R = S.T @ w", D + "; w = rng.random((1000, 30))", "(R.shape, R.flags.c_contiguous)")
case("w (30x2000) @ S.T", "R = w @ S.T", D + "; w = rng.random((30, 2000))",
     "(R.shape, R.flags.c_contiguous, R.flags.f_contiguous, type(R).__name__)")
case("w (30x1000) @ S", "R = w @ S", D + "; w = rng.random((30, 1000))",
     "(R.shape, R.flags.c_contiguous, R.flags.f_contiguous)")
