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

# RGB to CMYK (scenarios/rgb-cmyk-lookup.yaml), npix = n // 10 pixels of 16 levels per channel.
npix = n // 10
np.random.seed(0)
img = (np.random.randint(0, 16, (npix, 3)) * 17).astype(np.uint8)
channels = {"r": img[:, 0], "g": img[:, 1], "b": img[:, 2], "np": np, "npix": npix}
print(f"npix = {npix:,d}")
per_pixel = """
rf = r / 255.0
gf = g / 255.0
bf = b / 255.0
k = 1.0 - np.maximum(np.maximum(rf, gf), bf)
d = np.maximum(1.0 - k, 1e-9)
CMYK = np.empty((npix, 4), dtype=np.uint8)
CMYK[:, 0] = (1.0 - rf - k) / d * 255.0 + 0.5
CMYK[:, 1] = (1.0 - gf - k) / d * 255.0 + 0.5
CMYK[:, 2] = (1.0 - bf - k) / d * 255.0 + 0.5
CMYK[:, 3] = k * 255.0 + 0.5
"""
lookup = """
v = np.arange(16) * 17 / 255.0
rf = v.reshape((16, 1, 1))
gf = v.reshape((1, 16, 1))
bf = v.reshape((1, 1, 16))
k = 1.0 - np.maximum(np.maximum(rf, gf), bf)
d = np.maximum(1.0 - k, 1e-9)
lut = np.empty((16, 16, 16, 4), dtype=np.uint8)
lut[..., 0] = (1.0 - rf - k) / d * 255.0 + 0.5
lut[..., 1] = (1.0 - gf - k) / d * 255.0 + 0.5
lut[..., 2] = (1.0 - bf - k) / d * 255.0 + 0.5
lut[..., 3] = k * 255.0 + 0.5
CMYK = lut[r >> 4, g >> 4, b >> 4]
"""
first, second = dict(channels), dict(channels)
measure("per-pixel", per_pixel, first)
measure("lookup-table", lookup, second)
print("results equal:", np.array_equal(first["CMYK"], second["CMYK"]))
