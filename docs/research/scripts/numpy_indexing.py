"""NumPy 2.4.6 memory of integer-array indexing, np.take and np.memmap (docs/research/numpy-techniques.md
§2 and §4), measured with tracemalloc (NumPy's data buffers and Python objects).

Run: python3 docs/research/scripts/numpy_indexing.py
Each line: the expression, the index dtype, the result's nbytes, the peak above what was live
before it and that peak minus the result's nbytes, and the retained bytes.
"""
import os
import tempfile
import tracemalloc

import numpy as np


def measure(label, stmt, ns):
    code = compile(stmt, "<m>", "exec")
    tracemalloc.start()
    c0, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    exec(code, ns)
    c1, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    result = ns.get("res")
    size = result.nbytes if isinstance(result, np.ndarray) else 0
    print(f"{label:40s} result {size:>10,d}  peak {peak - c0:>11,d}  above result {peak - c0 - size:>10,d}"
          f"  retained {c1 - c0:>11,d}")
    ns.pop("res", None)


n = 1_000_000
rng = np.random.default_rng(0)
lut1 = rng.integers(0, 256, 256).astype(np.uint8)
lut = rng.integers(0, 256, (16, 16, 16, 4)).astype(np.uint8)
lut2 = rng.integers(0, 256, (4, 256)).astype(np.uint8)
big = rng.random(n)
base = {"np": np, "lut1": lut1, "lut": lut, "lut2": lut2, "big": big}
print(f"numpy {np.__version__}, n = {n:,d} indices")
for dtype in (np.int64, np.int32, np.uint8):
    idx = rng.integers(0, 256, n).astype(dtype)
    r, g, b = (rng.integers(0, 16, n).astype(dtype) for _ in range(3))
    ns = dict(base, idx=idx, r=r, g=g, b=b)
    name = np.dtype(dtype).name
    measure(f"lut1[idx] ({name})", "res = lut1[idx]", ns)
    measure(f"lut[r, g, b] ({name})", "res = lut[r, g, b]", ns)
    measure(f"lut2[:, idx] ({name})", "res = lut2[:, idx]", ns)
    measure(f"np.take(lut1, idx) ({name})", "res = np.take(lut1, idx)", ns)
ns = dict(base, idx=rng.integers(0, n, n), o=np.empty(n), t=rng.random((2000, 500)).T)
measure("np.take(big, idx, out=o)", "np.take(big, idx, out=o)", ns)
measure("np.take(big, idx, out=o, mode='clip')", "np.take(big, idx, out=o, mode='clip')", ns)
measure("np.take(t, idx), t not C-contiguous", "res = np.take(t, idx)", ns)

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "data.bin")
    np.arange(1_000_000, dtype=np.float64).tofile(path)
    measure("np.memmap 8 MB + sum", "m = np.memmap(path, dtype=np.float64, mode='r'); s = m.sum(); del m",
            {"np": np, "path": path})
