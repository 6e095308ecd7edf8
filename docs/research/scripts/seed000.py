# Seed 000 cases at the documented size (X 1000x50000, Y 50000x100 float64), NumPy 2.4.6, exact tracemalloc.
import tracemalloc, numpy as np
from scipy.linalg import blas
DOM = np.lib.tracemalloc_domain
def npdom(s): return sum(t.size for t in s.filter_traces([tracemalloc.DomainFilter(True, DOM)]).traces)
def measure(stmt, ns):
    code = compile(stmt, '<m>', 'exec')
    tracemalloc.start(); s0 = tracemalloc.take_snapshot(); c0, _ = tracemalloc.get_traced_memory(); tracemalloc.reset_peak()
    exec(code, ns)
    c1, pk = tracemalloc.get_traced_memory(); s1 = tracemalloc.take_snapshot(); tracemalloc.stop()
    return pk - c0, c1 - c0, npdom(s1) - npdom(s0)
rng = np.random.default_rng(0)
X = rng.standard_normal((1000, 50000)); Y = rng.standard_normal((50000, 100))
XF = np.asfortranarray(X); YF = np.asfortranarray(Y)
np.dot(X[:3,:3], X[:3,:3])
ns = dict(np=np, blas=blas, X=X, Y=Y, XF=XF, YF=YF)
for stmt in ["S = np.dot(X, Y)", "S = np.dot(XF, Y)", "S = np.dot(X, YF)", "S = np.dot(XF, YF)",
             "S = np.dot(X, X.T)", "S = X.dot(X.T)", "S = blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)",
             "S = blas.dgemm(alpha=1., a=X, b=X, trans_b=True)"]:
    ns.pop('S', None)
    pk, ret, retnp = measure(stmt, ns)
    print(f"{stmt:55s} peak_inc={pk:>11d} retained={ret:>9d} retained_numpy_domain={retnp:>9d}")
