"""NumPy 2.4.6 numpy.linalg allocations, measured with tracemalloc and memray (research/numpy-linalg.md).

Each case is warmed up once with its own statement (so that OpenBLAS's per-thread buffers exist
before tracking), then measured under tracemalloc and under memray with native stacks. Printed:
tracemalloc's peak increment, memray's heap peak, the peak of the allocations >= 4096 bytes that
are not OpenBLAS's own (`big_peak_noblas`: the figure peakmem's ledger matches), and the ordered
allocation/free events (MALLOC = plain malloc from umath_linalg, NPALLOC = NumPy's data allocator).

Run: python3 docs/research/scripts/linalg/numpy_linalg.py [case numbers]
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
import numpy as np
from measure import tm, mr, fmt_events, THRESH

def big_peak_noblas(events):
    blas = set(i for k, s, i in events if 'BLAS<' in k)
    live = peak = 0
    for kind, size, idx in events:
        if idx in blas: continue
        live += -size if kind == 'free' else size
        peak = max(peak, live)
    return peak

SPD = "rng = np.random.default_rng(0); M = rng.standard_normal((N, N)); A = M @ M.T + N * np.eye(N)\n"
CASES = [
    ("inv f64 800", "r = np.linalg.inv(A)", "N = 800\n" + SPD),
    ("inv f32 800", "r = np.linalg.inv(A)", "N = 800\n" + SPD + "A = A.astype(np.float32)"),
    ("inv f64 stacked 8x200", "r = np.linalg.inv(S)", "N = 200\n" + SPD + "S = np.stack([A] * 8)"),
    ("inv f64 800 F-ordered", "r = np.linalg.inv(A)", "N = 800\n" + SPD + "A = np.asfortranarray(A)"),
    ("solve f64 800 x (800,10)", "x = np.linalg.solve(A, b)", "N = 800\n" + SPD + "b = rng.standard_normal((N, 10))"),
    ("solve f64 800 x (800,)", "x = np.linalg.solve(A, b)", "N = 800\n" + SPD + "b = rng.standard_normal(N)"),
    ("solve f32 800 x (800,10)", "x = np.linalg.solve(A, b)", "N = 800\n" + SPD + "A = A.astype(np.float32); b = rng.standard_normal((N, 10)).astype(np.float32)"),
    ("det f64 800", "d = np.linalg.det(A)", "N = 800\n" + SPD),
    ("det f32 800", "d = np.linalg.det(A)", "N = 800\n" + SPD + "A = A.astype(np.float32)"),
    ("slogdet f64 800", "s, l = np.linalg.slogdet(A)", "N = 800\n" + SPD),
    ("det f64 stacked 8x200", "d = np.linalg.det(S)", "N = 200\n" + SPD + "S = np.stack([A] * 8)"),
    ("cholesky f64 800", "L = np.linalg.cholesky(A)", "N = 800\n" + SPD),
    ("cholesky upper f32 800", "U = np.linalg.cholesky(A, upper=True)", "N = 800\n" + SPD + "A = A.astype(np.float32)"),
    ("norm vector f64 1e6", "n = np.linalg.norm(x)", "x = np.random.default_rng(0).standard_normal(1_000_000)"),
    ("norm matrix fro f64 1000x1000", "n = np.linalg.norm(X)", "X = np.random.default_rng(0).standard_normal((1000, 1000))"),
    ("norm axis=1 f64 100000x10", "n = np.linalg.norm(X, axis=1)", "X = np.random.default_rng(0).standard_normal((100_000, 10))"),
    ("norm axis=1 keepdims f64 100000x10", "n = np.linalg.norm(X, axis=1, keepdims=True)", "X = np.random.default_rng(0).standard_normal((100_000, 10))"),
    ("norm ord=1 axis=0 f64 100000x10", "n = np.linalg.norm(X, ord=1, axis=0)", "X = np.random.default_rng(0).standard_normal((100_000, 10))"),
    ("norm ord=inf vector f64 1e6", "n = np.linalg.norm(x, ord=np.inf)", "x = np.random.default_rng(0).standard_normal(1_000_000)"),
    ("norm ord=3 axis=1 f64 100000x10", "n = np.linalg.norm(X, ord=3, axis=1)", "X = np.random.default_rng(0).standard_normal((100_000, 10))"),
    ("norm ord=1 matrix f64 1000x1000", "n = np.linalg.norm(X, ord=1)", "X = np.random.default_rng(0).standard_normal((1000, 1000))"),
    ("norm ord=inf matrix f64 1000x1000", "n = np.linalg.norm(X, ord=np.inf)", "X = np.random.default_rng(0).standard_normal((1000, 1000))"),
    ("norm transposed f64 1000x1000", "n = np.linalg.norm(X.T[::2])", "X = np.random.default_rng(0).standard_normal((1000, 1000))"),
    ("norm f32 axis=1 100000x10", "n = np.linalg.norm(X, axis=1)", "X = np.random.default_rng(0).standard_normal((100_000, 10)).astype(np.float32)"),
    ("sqrt((X*X).sum(1)) 100000x10", "n = np.sqrt((X * X).sum(1))", "X = np.random.default_rng(0).standard_normal((100_000, 10))"),
    ("inv(A) @ b 800 x (800,10)", "x = np.linalg.inv(A) @ b", "N = 800\n" + SPD + "b = rng.standard_normal((N, 10))"),
    # 26-: SVD family (gesdd, gelsd): two mallocs each, the second sized by LAPACK's workspace query
    ("svd f64 800x800", "u, s, vh = np.linalg.svd(A)", "N = 800\n" + SPD),
    ("svd reduced f64 2000x100", "u, s, vh = np.linalg.svd(X, full_matrices=False)", "X = np.random.default_rng(0).standard_normal((2000, 100))"),
    ("svd values f64 800x800", "s = np.linalg.svd(A, compute_uv=False)", "N = 800\n" + SPD),
    ("svd reduced f32 2000x100", "u, s, vh = np.linalg.svd(X, full_matrices=False)", "X = np.random.default_rng(0).standard_normal((2000, 100)).astype(np.float32)"),
    ("pinv f64 2000x100", "P = np.linalg.pinv(X)", "X = np.random.default_rng(0).standard_normal((2000, 100))"),
    ("lstsq f64 20000x100, y (20000,)", "x, r, k, s = np.linalg.lstsq(X, y)", "rng = np.random.default_rng(0); X = rng.standard_normal((20000, 100)); y = rng.standard_normal(20000)"),
    ("lstsq f64 2000x100, Y (2000,5)", "x, r, k, s = np.linalg.lstsq(X, Y)", "rng = np.random.default_rng(0); X = rng.standard_normal((2000, 100)); Y = rng.standard_normal((2000, 5))"),
    ("matrix_rank f64 800x800", "k = np.linalg.matrix_rank(A)", "N = 800\n" + SPD),
    ("cond f64 800x800", "c = np.linalg.cond(A)", "N = 800\n" + SPD),
    ("norm ord=2 f64 800x800", "n = np.linalg.norm(A, 2)", "N = 800\n" + SPD),
    ("pinv(X) @ y 20000x100", "beta = np.linalg.pinv(X) @ y", "rng = np.random.default_rng(0); X = rng.standard_normal((20000, 100)); y = rng.standard_normal(20000)"),
    # 37-: eigh family (syevd) and the Python-level chains
    ("eigh f64 800x800", "w, v = np.linalg.eigh(A)", "N = 800\n" + SPD),
    ("eigvalsh f64 800x800", "w = np.linalg.eigvalsh(A)", "N = 800\n" + SPD),
    ("eigh f32 upper 200x200 x4", "w, v = np.linalg.eigh(S, UPLO='U')", "N = 200\n" + SPD + "S = np.stack([A] * 4).astype(np.float32)"),
    ("matrix_power 5 f64 400x400", "P = np.linalg.matrix_power(A, 5)", "N = 400\n" + SPD),
    ("matrix_power -2 f64 400x400", "P = np.linalg.matrix_power(A, -2)", "N = 400\n" + SPD),
    ("multi_dot 4 f64", "R = np.linalg.multi_dot([A1, A2, A3, A4])", "rng = np.random.default_rng(0); A1 = rng.standard_normal((1000, 50)); A2 = rng.standard_normal((50, 800)); A3 = rng.standard_normal((800, 20)); A4 = rng.standard_normal((20, 700))"),
    ("multi_dot 3 with vectors", "r = np.linalg.multi_dot([u, B, v])", "rng = np.random.default_rng(0); u = rng.standard_normal(1000); B = rng.standard_normal((1000, 1000)); v = rng.standard_normal(1000)"),
]

if __name__ == '__main__':
    sel = sys.argv[1:]
    for i, (label, stmt, setup) in enumerate(CASES):
        if sel and str(i) not in sel: continue
        ns = {'np': np}
        exec(setup, ns)
        exec(stmt, dict(ns))          # warm-up: OpenBLAS thread buffers, caches
        a = tm(stmt, dict(ns))
        b = mr(stmt, dict(ns), THRESH)
        print(f"#{i} {label}\n   stmt: {stmt}")
        print(f"   tracemalloc peak_inc={a['tm_peak_inc']} retained_all={a['tm_retained_all']}")
        print(f"   memray peak={b['mr_peak']} big_peak_noblas={big_peak_noblas(b['events'])} big_retained={b['mr_big_retained']}")
        print(f"   events: {fmt_events(b['events'])}", flush=True)
