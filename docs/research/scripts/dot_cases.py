from measure import run_cases
n, p = 1000, 20000
big = f"X = np.random.randn({n}, {p})"
cases = [
 # label, stmt, setup
 ("dot(X, X.T) f64 C 1000x20000", "S = np.dot(X, X.T)", big),
 ("X.dot(X.T) f64", "S = X.dot(X.T)", big),
 ("dot(X, X.T) f32", "S = np.dot(X, X.T)", big + ".astype(np.float32)"),
 ("dot(X.T, X) f64 (X 20000x300 C -> syrk Trans)", "S = np.dot(X.T, X)", "X = np.random.randn(20000, 300)"),
 ("dot(XF, XF.T) X F-ordered", "S = np.dot(X, X.T)", big + "; X = np.asfortranarray(X)"),
 ("dot(X, X.T.copy()) (different buffers -> gemm)", "S = np.dot(X, Y)", big + "; Y = X.T.copy()"),
 ("dot(X, Y) C,C Y 20000x100", "S = np.dot(X, Y)", big + f"; Y = np.random.randn({p}, 100)"),
 ("dot(XF, Y) F,C", "S = np.dot(X, Y)", big + f"; Y = np.random.randn({p}, 100); X = np.asfortranarray(X)"),
 ("dot(X, YF) C,F", "S = np.dot(X, Y)", big + f"; Y = np.asfortranarray(np.random.randn({p}, 100))"),
 ("dot(XF, YF) F,F", "S = np.dot(X, Y)", big + f"; Y = np.asfortranarray(np.random.randn({p}, 100)); X = np.asfortranarray(X)"),
 ("dot(X[:, :10000], Y[:10000]) column-sliced view (row stride > ncols)", "S = np.dot(X[:, :10000], Y[:10000])", big + f"; Y = np.random.randn({p}, 100)"),
 ("dot(Xv, Xv.T) Xv = X[:, :10000] (strided, same buffer)", "S = np.dot(Xv, Xv.T)", big + "; Xv = X[:, :10000]"),
 ("dot(X[::2], Y) row-step view", "S = np.dot(X[::2], Y)", big + f"; Y = np.random.randn({p}, 100)"),
 ("dot(X[::-1], Y) negative row stride", "S = np.dot(X[::-1], Y)", big + f"; Y = np.random.randn({p}, 100)"),
 ("dot(X[:, ::-1], Y) negative col stride", "S = np.dot(X[:, ::-1], Y)", big + f"; Y = np.random.randn({p}, 100)"),
 ("dot(XF[::-1], Y) F with negative stride", "S = np.dot(X[::-1], Y)", big + f"; X = np.asfortranarray(X); Y = np.random.randn({p}, 100)"),
 ("dot(Xu, Y) unaligned X", "S = np.dot(Xu, Y)", f"buf = np.empty({n}*{p}*8+1, np.uint8); Xu = np.frombuffer(buf.data, dtype=np.float64, offset=1, count={n}*{p}).reshape({n},{p}); Xu[...] = 1.0; Y = np.random.randn({p}, 100)"),
 ("dot(X32, Y64) mixed dtype", "S = np.dot(X, Y)", big + f".astype(np.float32); Y = np.random.randn({p}, 100)"),
 ("dot(X64, Y32) mixed dtype", "S = np.dot(X, Y)", big + f"; Y = np.random.randn({p}, 100).astype(np.float32)"),
 ("dot(X, v) gemv C", "s = np.dot(X, v)", big + f"; v = np.random.randn({p})"),
 ("dot(XF, v) gemv F", "s = np.dot(X, v)", big + f"; X = np.asfortranarray(X); v = np.random.randn({p})"),
 ("dot(X[:, :10000], v) gemv, non-one-segment matrix", "s = np.dot(X[:, :10000], v)", big + f"; v = np.random.randn(10000)"),
 ("dot(X, v[::2]) strided vector", "s = np.dot(X, v[::2])", big + f"; v = np.random.randn({2*p})"),
 ("dot(w, X) vector-matrix", "s = np.dot(w, X)", big + f"; w = np.random.randn({n})"),
 ("dot(v, v) vector-vector", "s = np.dot(v, v)", f"v = np.random.randn({p})"),
 ("dot(X, 2.0) scalar", "S = np.dot(X, 2.0)", big),
 ("dot(X, Y, out=O)", "np.dot(X, Y, out=O)", big + f"; Y = np.random.randn({p}, 100); O = np.empty(({n}, 100))"),
 ("dot(X, Y) 3-D X (no BLAS gemm; generic dot loop)", "S = np.dot(X3, Y)", f"X3 = np.random.randn(10, 100, {p}); Y = np.random.randn({p}, 100)"),
]
run_cases(cases)
