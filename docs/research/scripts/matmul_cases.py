from measure import run_cases
n, p = 1000, 20000
big = f"X = np.random.randn({n}, {p})"
Y = f"; Y = np.random.randn({p}, 100)"
cases = [
 ("X @ X.T f64 C", "S = X @ X.T", big),
 ("X @ X.T f32 C", "S = X @ X.T", big + ".astype(np.float32)"),
 ("np.matmul(XF, XF.T) F", "S = np.matmul(X, X.T)", big + "; X = np.asfortranarray(X)"),
 ("X @ Y C,C", "S = X @ Y", big + Y),
 ("XF @ Y", "S = X @ Y", big + Y + "; X = np.asfortranarray(X)"),
 ("X[:, :10000] @ Y[:10000] (row stride > ncols: blasable, no copy)", "S = X[:, :10000] @ Y[:10000]", big + Y),
 ("Xv @ Xv.T, Xv = X[:, :10000] (syrk, no copy)", "S = Xv @ Xv.T", big + "; Xv = X[:, :10000]"),
 ("X[::2] @ Y (row step: blasable)", "S = X[::2] @ Y", big + Y),
 ("X[:, ::2] @ Y[::2] (col step: NOT blasable -> malloc copy)", "S = X[:, ::2] @ Y[::2]", big + Y),
 ("X[:, ::2] @ X[:, ::2].T (both non-blasable)", "S = Xs @ Xs.T", big + "; Xs = X[:, ::2]"),
 ("X[::-1] @ Y (negative stride -> malloc copy)", "S = X[::-1] @ Y", big + Y),
 ("X @ Y[::-1]", "S = X @ Y[::-1]", big + Y),
 ("X @ Y, out=O[:, ::2] strided out (tmp op)", "np.matmul(X, Y, out=O[:, ::2])", big + Y + f"; O = np.zeros(({n}, 200))"),
 ("X @ Y, out=O C", "np.matmul(X, Y, out=O)", big + Y + f"; O = np.zeros(({n}, 100))"),
 ("X32 @ Y64 mixed", "S = X @ Y", big + ".astype(np.float32)" + Y),
 ("Xu @ Y unaligned", "S = Xu @ Y", f"buf = np.empty({n}*{p}*8+1, np.uint8); Xu = np.frombuffer(buf.data, dtype=np.float64, offset=1, count={n}*{p}).reshape({n},{p}); Xu[...] = 1.0" + Y),
 ("X @ v gemv", "s = X @ v", big + f"; v = np.random.randn({p})"),
 ("w @ X gemv", "s = w @ X", big + f"; w = np.random.randn({n})"),
 ("v @ v", "s = v @ v", f"v = np.random.randn({p})"),
 ("X[:, ::2] @ v[::2] (matrix-vector non-blasable -> noblas loop, no copy)", "s = X[:, ::2] @ v[::2]", big + f"; v = np.random.randn({p})"),
 ("A3 @ B3 batched (10,100,2000)@(10,2000,50)", "S = A @ B", "A = np.random.randn(10, 100, 2000); B = np.random.randn(10, 2000, 50)"),
 ("A3 @ B2 broadcast", "S = A @ B", "A = np.random.randn(10, 100, 2000); B = np.random.randn(2000, 50)"),
 ("A2 @ B3 broadcast", "S = A @ B", "A = np.random.randn(100, 2000); B = np.random.randn(10, 2000, 50)"),
 ("A4 @ B4 broadcast batch (5,1,..)@(1,4,..)", "S = A @ B", "A = np.random.randn(5, 1, 100, 2000); B = np.random.randn(1, 4, 2000, 50)"),
 ("A3[:, :, ::2] @ B3[:, ::2] batched non-blasable", "S = A[:, :, ::2] @ B[:, ::2]", "A = np.random.randn(10, 100, 2000); B = np.random.randn(10, 2000, 50)"),
 ("A4s @ B4 broadcast, non-blasable (5,1,..)@(1,4,..)", "S = A[..., ::2] @ B[:, :, ::2]", "A = np.random.randn(5, 1, 100, 2000); B = np.random.randn(1, 4, 2000, 50)"),
 ("seed003 Paul: w @ data.reshape(k,30,784).swapaxes(1,2)", "S = w @ data.reshape(-1, 30, 784).swapaxes(1, 2)", "w = np.random.randn(30, 784); data = np.random.rand(1666, 23520).astype(np.float32)"),
 ("seed003 Paul all-f64", "S = w @ data.reshape(-1, 30, 784).swapaxes(1, 2)", "w = np.random.randn(30, 784); data = np.random.rand(1666, 23520)"),
 ("int64 @ int64", "S = A @ B", "A = np.ones((300, 2000), np.int64); B = np.ones((2000, 100), np.int64)"),
]
def describe(ns):
    r = ns.get('S', ns.get('s'))
    if r is not None and hasattr(r, 'flags'):
        return f"   result shape={r.shape} dtype={r.dtype} strides={r.strides} C={r.flags.c_contiguous} F={r.flags.f_contiguous}"
run_cases(cases, describe=describe)
