"""NumPy 2.4.6 memory of the techniques in scenarios/large-array-techniques.yaml (and the
lookup-table and memmap jobs), measured with tracemalloc, which sees NumPy's data buffers.

Run: python3 docs/research/scripts/numpy_techniques.py [n]   (default n = 10_000_000)
Each line: the variant, its peak and retained bytes above what was live before it.
"""
import sys
import tracemalloc

import numpy as np

try:
    import numexpr as ne
except ImportError:
    ne = None


def measure(label, run, namespace):
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    exec(run, globals(), namespace)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:22s} peak {peak - before:>12,d}  retained {current - before:>12,d}")


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
chunk = 1_000_000
np.random.seed(0)
a = np.random.randint(0, 8, n).astype(np.float64)
b = np.random.randint(0, 8, n).astype(np.float64)
print(f"numpy {np.__version__}, n = {n:,d}, nbytes(float64 S) = {8 * n:,d}")
measure("naive", "S = a**2 + b**2 + 2*a*b", {"a": a, "b": b})
S, t = np.empty(n), np.empty(n)
measure("out-buffers", """
np.multiply(a, a, out=S)
np.multiply(b, b, out=t)
np.add(S, t, out=S)
np.multiply(a, b, out=t)
np.multiply(t, 2, out=t)
np.add(S, t, out=S)
""", {"a": a, "b": b, "S": S, "t": t, "np": np})
measure("chunked", """
S = np.empty(n)
for i in range(0, n, chunk):
    x = a[i:i + chunk]
    y = b[i:i + chunk]
    S[i:i + chunk] = x**2 + y**2 + 2*x*y
""", {"a": a, "b": b, "n": n, "chunk": chunk, "np": np})
if ne is not None:
    measure("numexpr", "S = ne.evaluate('a**2 + b**2 + 2*a*b', local_dict={'a': a, 'b': b})", {"a": a, "b": b, "ne": ne})
for dtype in (np.int32, np.uint8):
    ai, bi = a.astype(dtype), b.astype(dtype)
    measure(dtype.__name__, "S = a**2 + b**2 + 2*a*b", {"a": ai, "b": bi})
    if ne is not None:
        measure(dtype.__name__ + "-numexpr", "S = ne.evaluate('a**2 + b**2 + 2*a*b', local_dict={'a': a, 'b': b})", {"a": ai, "b": bi, "ne": ne})
