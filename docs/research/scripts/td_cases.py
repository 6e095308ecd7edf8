from measure import run_cases
seed = "w = np.random.randn(30, 784); data = np.random.rand(1666, 23520).astype(np.float32)"
seed64 = "w = np.random.randn(30, 784); data = np.random.rand(1666, 23520)"
cases = [
 ("seed003 tensordot f32 data, f64 w", "out = np.tensordot(data.reshape(data.shape[0], 30, -1), w, axes=(2, 1))", seed),
 ("seed003 tensordot(...).reshape(-1, 900) f32 data, f64 w", "out = np.tensordot(data.reshape(data.shape[0], 30, -1), w, axes=(2, 1)).reshape(-1, 900)", seed),
 ("seed003 tensordot all f64", "out = np.tensordot(data.reshape(data.shape[0], 30, -1), w, axes=(2, 1)).reshape(-1, 900)", seed64),
 ("seed003 tensordot all f32", "out = np.tensordot(data.reshape(data.shape[0], 30, -1), w, axes=(2, 1)).reshape(-1, 900)", seed + "; w = w.astype(np.float32)"),
 ("seed003 manual reshape+dot f32 data", "out = data.reshape(-1, data.shape[1] // 30).dot(w.T).reshape(-1, 900)", seed),
 ("seed003 bar3 (w @ data.reshape(-1,784).T).T.reshape(k,-1) f32 data", "out = (w @ data.reshape(-1, 784).T).T.reshape(1666, -1)", seed),
 ("seed003 bar3 all f64", "out = (w @ data.reshape(-1, 784).T).T.reshape(1666, -1)", seed64),
 ("tensordot axes=2 contiguous default (a (20,30,40), b (30,40,50))", "out = np.tensordot(a, b)", "a = np.random.randn(200, 30, 40); b = np.random.randn(30, 40, 50)"),
 ("tensordot axes=([0],[0]) -> a transposed (F-like) view", "out = np.tensordot(a, b, axes=([0], [0]))", "a = np.random.randn(2000, 300); b = np.random.randn(2000, 50)"),
 ("tensordot axes=([1,0],[0,1]) a 3-D needing copy in reshape", "out = np.tensordot(a, b, axes=([1, 2], [1, 0]))", "a = np.random.randn(50, 60, 70); b = np.random.randn(70, 60, 40)"),
 ("kron(identity(30) f64, w f64 30x784)", "foo = np.kron(I, w)", "I = np.identity(30); w = np.random.randn(30, 784)"),
 ("kron(np.identity(30), w) incl identity", "foo = np.kron(np.identity(30), w)", "w = np.random.randn(30, 784)"),
 ("kron(I32, w32) float32", "foo = np.kron(I, w)", "I = np.identity(30, dtype=np.float32); w = np.random.randn(30, 784).astype(np.float32)"),
 ("kron(I f64, w32) mixed", "foo = np.kron(I, w)", "I = np.identity(30); w = np.random.randn(30, 784).astype(np.float32)"),
 ("kron(I, w.T) non-contiguous b", "foo = np.kron(I, wT)", "I = np.identity(30); wT = np.random.randn(784, 30).T"),
 ("seed003 bar = np.dot(foo, data[0]) foo f64 900x23520, data[0] f32", "bar = np.dot(foo, data[0])", "foo = np.kron(np.identity(30), np.random.randn(30, 784)); data = np.random.rand(4, 23520).astype(np.float32)"),
 ("seed003 loop 3 iters (foo rebound each iteration)", "for i in range(3):\n    foo = np.kron(np.identity(30), w)\n    bar = np.dot(foo, data[i])", "w = np.random.randn(30, 784); data = np.random.rand(4, 23520).astype(np.float32)"),
 ("outer(a, b) f64 contiguous 3000 x 4000", "o = np.outer(a, b)", "a = np.random.randn(3000); b = np.random.randn(4000)"),
 ("outer(a[::2], b) non-contiguous a (ravel copies)", "o = np.outer(a[::2], b)", "a = np.random.randn(6000); b = np.random.randn(4000)"),
 ("outer(A2d, b) 2-D a (ravel)", "o = np.outer(A, b)", "A = np.random.randn(60, 50); b = np.random.randn(4000)"),
 ("outer(A2d.T, b) (ravel copies)", "o = np.outer(A.T, b)", "A = np.random.randn(60, 50); b = np.random.randn(4000)"),
 ("outer(a32, b64) mixed", "o = np.outer(a, b)", "a = np.random.randn(3000).astype(np.float32); b = np.random.randn(4000)"),
]
def describe(ns):
    r = ns.get('out', ns.get('foo', ns.get('o', ns.get('bar'))))
    if r is not None and hasattr(r, 'flags'):
        return (f"   result shape={r.shape} dtype={r.dtype} strides={r.strides} C={r.flags.c_contiguous} F={r.flags.f_contiguous}"
                f" owndata={r.flags.owndata} base={'None' if r.base is None else type(r.base).__name__}")
run_cases(cases, thresh=2048, describe=describe)
