# Exact tracemalloc figures for S = np.dot(X, X.T), X 1000x20000 float64 C (code pre-compiled, so
# no exec/compile arena is counted).
import tracemalloc, numpy as np
DOM = np.lib.tracemalloc_domain
def npdom(snap):
    return sum(t.size for t in snap.filter_traces([tracemalloc.DomainFilter(True, DOM)]).traces)
def measure(stmt, ns):
    code = compile(stmt, '<m>', 'exec')
    tracemalloc.start()
    s0 = tracemalloc.take_snapshot(); c0, _ = tracemalloc.get_traced_memory(); tracemalloc.reset_peak()
    exec(code, ns)
    c1, pk = tracemalloc.get_traced_memory(); s1 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    d = s1.filter_traces([tracemalloc.DomainFilter(False, DOM)]).compare_to(s0.filter_traces([tracemalloc.DomainFilter(False, DOM)]), 'lineno')
    return pk - c0, c1 - c0, npdom(s1) - npdom(s0)
for dt in (np.float64, np.float32):
    X = np.random.randn(1000, 20000).astype(dt)
    np.dot(X[:3, :3], X[:3, :3].T)
    ns = {'np': np, 'X': X}
    for stmt in ('S = np.dot(X, X.T)', 'S = X @ X.T', 'S = X.dot(X.T)'):
        ns.pop('S', None)
        pk, ret, retnp = measure(stmt, ns)
        print(f"{np.dtype(dt).name:8s} {stmt:22s} peak_inc(all domains)={pk} retained(all)={ret} retained(numpy domain)={retnp}")
