"""Exact NumPy-domain ledger of scipy.linalg.blas ?gemm/?syrk argument handling (SciPy 1.17.1).

For each call: every NumPy data buffer allocated (tracemalloc NumPy domain, in order), the
peak and retained bytes, the result's layout/dtype, whether `c` was returned itself, and the
triangle syrk fills. Small sizes (the rules do not depend on size); exact bytes.
Run: python3 scipy_blas_rules.py
"""
import tracemalloc
import numpy as np
from scipy.linalg import blas

DOM = np.lib.tracemalloc_domain


def traced(stmt, ns):
    code = compile(stmt, "<m>", "exec")
    tracemalloc.start(1)
    tracemalloc.reset_peak()
    s0 = tracemalloc.take_snapshot().filter_traces([tracemalloc.DomainFilter(True, DOM)])
    base = sum(t.size for t in s0.traces)
    # peak in the NumPy domain: run with a domain-filtered peak is not available, so measure
    # the all-domain peak and check big buffers separately below
    c0, _ = tracemalloc.get_traced_memory()
    exec(code, ns)
    c1, pk = tracemalloc.get_traced_memory()
    s1 = tracemalloc.take_snapshot().filter_traces([tracemalloc.DomainFilter(True, DOM)])
    tracemalloc.stop()
    return pk - c0, sum(t.size for t in s1.traces) - base


def case(label, stmt, setup):
    ns = {"np": np, "blas": blas}
    exec(setup, ns)
    peak, retained = traced(stmt, ns)
    r = ns.get("S")
    info = ""
    if isinstance(r, np.ndarray):
        info = (f"shape={r.shape} dtype={r.dtype} F={r.flags.f_contiguous} C={r.flags.c_contiguous}"
                f" is_c0={r is ns.get('C0')}")
        if r.ndim == 2 and r.shape[0] == r.shape[1] and "syrk" in stmt:
            info += (f" strict_lower_zero={bool((np.tril(r, -1) == 0).all())}"
                     f" strict_upper_zero={bool((np.triu(r, 1) == 0).all())}")
        if "check" in ns:
            info += f" value_ok={ns['check'](r)}"
    print(f"{label:58s} peak_inc={peak:>10d} retained_np={retained:>9d} {info}")


def error(label, stmt, setup):
    ns = {"np": np, "blas": blas}
    exec(setup, ns)
    try:
        exec(stmt, ns)
        print(f"{label:58s} no error")
    except Exception as e:  # noqa: BLE001
        print(f"{label:58s} {type(e).__name__}: {e}")


X = "X = np.random.randn(200, 3000)"   # 4 800 000 bytes; result 200x200 = 320 000
print("X 200x3000 f64 = 4 800 000 B; result 200x200 f64 = 320 000 B, f32 160 000 B")
case("dgemm(1., X.T, X.T, trans_a=1)   a,b F f64", "S = blas.dgemm(1., X.T, X.T, trans_a=1)", X)
case("dgemm(1., X, X, trans_b=1)       a,b C -> 2 F copies", "S = blas.dgemm(1., X, X, trans_b=1)", X)
case("dgemm(1., X, X.T)                a C copy, b F", "S = blas.dgemm(1., X, X.T)", X)
case("dgemm(1., Xs, Xs.T) Xs=X[:, ::2] strided -> copies", "S = blas.dgemm(1., X[:, ::2], X[:, ::2].T)", X)
case("dgemm(1., X32.T, X32.T, trans_a=1) f32 -> f64 copies", "S = blas.dgemm(1., X.T, X.T, trans_a=1)", X + "; X = X.astype(np.float32)")
case("dgemm(1., Xi.T, Xi.T, trans_a=1) int64 -> f64 copies", "S = blas.dgemm(1., X.T, X.T, trans_a=1)", X + "; X = (X * 10).astype(np.int64)")
case("sgemm(1., X32.T, X32.T, trans_a=1) f32 F", "S = blas.sgemm(1., X.T, X.T, trans_a=1)", X + "; X = X.astype(np.float32)")
case("sgemm(1., X.T, X.T, trans_a=1) f64 -> f32 copies", "S = blas.sgemm(1., X.T, X.T, trans_a=1)", X)
case("dgemm c=C0 F f64 overwrite_c=1 -> c itself", "S = blas.dgemm(1., X.T, X.T, trans_a=1, c=C0, overwrite_c=1)", X + "; C0 = np.zeros((200, 200), order='F')")
case("dgemm c=C0 F f64 overwrite_c=0 -> copy", "S = blas.dgemm(1., X.T, X.T, trans_a=1, c=C0)", X + "; C0 = np.zeros((200, 200), order='F')")
case("dgemm c=C0 C f64 overwrite_c=1 -> F copy", "S = blas.dgemm(1., X.T, X.T, trans_a=1, c=C0, overwrite_c=1)", X + "; C0 = np.zeros((200, 200))")
case("dgemm c=C0 F f32 overwrite_c=1 -> f64 copy", "S = blas.dgemm(1., X.T, X.T, trans_a=1, c=C0, overwrite_c=1)", X + "; C0 = np.zeros((200, 200), np.float32, order='F')")
case("dgemm beta=2, c=C0 (ones) -> alpha*AB + beta*c",
     "S = blas.dgemm(0.5, X.T, X.T, beta=2., c=C0, trans_a=1)",
     X + "; C0 = np.ones((200, 200), order='F'); check = lambda r: bool(np.allclose(r, 0.5 * X @ X.T + 2))")
case("dgemm beta=2, c=None -> beta ignored (zero c)",
     "S = blas.dgemm(1., X.T, X.T, beta=2., trans_a=1)",
     X + "; check = lambda r: bool(np.allclose(r, X @ X.T))")
case("dgemm trans_a=1, trans_b=1 (a 3000x200 F, b 200x3000 F)", "S = blas.dgemm(1., X.T, X, trans_a=1, trans_b=1)",
     X + "; X = np.asfortranarray(X); check = lambda r: bool(np.allclose(r, X.T.T @ X.T))")
case("dsyrk(1., X)                     C -> F copy", "S = blas.dsyrk(1., X)", X)
case("dsyrk(1., X.T, trans=1)          F, no copy", "S = blas.dsyrk(1., X.T, trans=1)", X)
case("dsyrk(1., X.T, trans=1, lower=1)", "S = blas.dsyrk(1., X.T, trans=1, lower=1)", X)
case("ssyrk(1., X32.T, trans=1)", "S = blas.ssyrk(1., X.T, trans=1)", X + "; X = X.astype(np.float32)")
case("dsyrk c=C0 F overwrite_c=1 beta=1",
     "S = blas.dsyrk(1., X.T, trans=1, beta=1., c=C0, overwrite_c=1)",
     X + "; C0 = np.ones((200, 200), order='F'); check = lambda r: bool(np.allclose(np.triu(r), np.triu(X @ X.T + 1)) and (r[np.tril_indices(200, -1)] == 1).all())")
error("dgemm a, b 1-d (3000,)", "blas.dgemm(1., X[0], X[0])", X)
case("dgemm a (3000,) b (1, 3000): 1-d a is a column (3000, 1)", "S = blas.dgemm(1., X[0], X[:1])", X)
error("dgemm shape mismatch", "blas.dgemm(1., X, X)", X)
error("dgemm c wrong shape", "blas.dgemm(1., X.T, X.T, trans_a=1, c=np.zeros((3, 3), order='F'))", X)
error("dsyrk c wrong shape", "blas.dsyrk(1., X, c=np.zeros((3, 3), order='F'))", X)
error("dgemm a 3-d", "blas.dgemm(1., np.ones((2, 2, 2)), np.ones((2, 2)))", X)
error("dgemm missing b", "blas.dgemm(1., X)", X)
