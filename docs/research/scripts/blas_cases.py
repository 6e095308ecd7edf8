import numpy as np
from measure import run_cases
X = "from scipy.linalg import blas; X = np.random.randn(1000, 50000)"
cases = [
 ("dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)", "S = blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)", X),
 ("dgemm(1., X, X, trans_b=True) both C -> 2 copies", "S = blas.dgemm(1., X, X, trans_b=True)", X),
 ("dgemm(1., X, X.T) a C (copy), b F", "S = blas.dgemm(1., X, X.T)", X),
 ("dgemm(1., XF, XF, trans_b=True) F input", "S = blas.dgemm(1., X, X, trans_b=True)", X + "; X = np.asfortranarray(X)"),
 ("dgemm on float32 input a=X32.T (cast copy)", "S = blas.dgemm(1., X.T, X.T, trans_a=True)", X + "; X = X.astype(np.float32)"),
 ("sgemm(1., X32.T, X32.T, trans_a=True)", "S = blas.sgemm(1., X.T, X.T, trans_a=True)", X + "; X = X.astype(np.float32)"),
 ("dsyrk(1., X) C input -> copy", "S = blas.dsyrk(1., X)", X),
 ("dsyrk(1., X.T, trans=1) F view -> no copy", "S = blas.dsyrk(1., X.T, trans=1)", X),
 ("dgemm with c=C0 (F) overwrite_c=1, beta=0", "S = blas.dgemm(1., X.T, X.T, trans_a=True, c=C0, overwrite_c=1)", X + "; C0 = np.zeros((1000, 1000), order='F')"),
 ("dgemm with c=C0 (C-ordered) overwrite_c=1 -> copy", "S = blas.dgemm(1., X.T, X.T, trans_a=True, c=C0, overwrite_c=1)", X + "; C0 = np.zeros((1000, 1000))"),
 ("dgemm with c=C0 F, overwrite_c=0 -> copy", "S = blas.dgemm(1., X.T, X.T, trans_a=True, c=C0)", X + "; C0 = np.zeros((1000, 1000), order='F')"),
]
def describe(ns):
    r = ns['S']
    return (f"   result shape={r.shape} dtype={r.dtype} C={r.flags.c_contiguous} F={r.flags.f_contiguous}"
            f" lower-triangle-zero={bool((np.tril(r, -1) == 0).all())} same_as_C0={r is ns.get('C0')}")
run_cases(cases, describe=describe)
