"""NumPy 2.4.6 memory of std/var, all/any, argmax/argmin, floor_divide/remainder (and the
`//`, `%` operators), clip, round and the logical ufuncs (docs/research/numpy-reductions-2.md).

Run: python3 docs/research/scripts/numpy_reductions2.py [case numbers]
Each case: tracemalloc's peak increment (all domains) and retained bytes, memray's ordered list
of allocations >= 4096 bytes (NPALLOC = NumPy's data allocator, with the C functions that asked)
and their frees (helpers in measure.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run_cases  # noqa: E402

setup = """
rng = np.random.default_rng(0)
x = rng.random(1_000_000)                      # 8 MB float64
x32 = x.astype(np.float32)                     # 4 MB
xi = rng.integers(0, 1000, 1_000_000)          # 8 MB int64
xi32 = xi.astype(np.int32)
xb = x > 0.5                                   # 1 MB bool
X = rng.random((1000, 1000)); XF = np.asfortranarray(X)
o1000 = np.empty(1000); o1 = np.empty(()); oi1000 = np.empty(1000, dtype=np.int64)
oX = np.empty((1000, 1000)); ob = np.empty(1000, dtype=bool)
u8 = rng.integers(0, 256, 1_000_000).astype(np.uint8)
"""

cases = [
    # 0-9: std / var
    ("np.std(x), 10^6 float64", "r = np.std(x)", setup),
    ("np.var(x)", "r = np.var(x)", setup),
    ("x.std(ddof=1)", "r = x.std(ddof=1)", setup),
    ("np.std(xi) (int64 -> float64)", "r = np.std(xi)", setup),
    ("np.std(x32) (float32)", "r = np.std(x32)", setup),
    ("np.std(x32, dtype=np.float64)", "r = np.std(x32, dtype=np.float64)", setup),
    ("np.std(X, axis=0)", "r = np.std(X, axis=0)", setup),
    ("np.std(X, axis=1, out=o1000)", "np.std(X, axis=1, out=o1000)", setup),
    ("np.var(xb) (bool: multiply by conjugate)", "r = np.var(xb)", setup),
    ("np.std(xi32) (int32)", "r = np.std(xi32)", setup),
    # 10-16: all/any/argmax/argmin
    ("np.all(x)", "r = np.all(x)", setup),
    ("np.any(X, axis=0)", "r = np.any(X, axis=0)", setup),
    ("np.any(X, axis=1, out=ob)", "np.any(X, axis=1, out=ob)", setup),
    ("np.argmax(x)", "r = np.argmax(x)", setup),
    ("np.argmax(X, axis=0) (transposed -> contiguous copy)", "r = np.argmax(X, axis=0)", setup),
    ("np.argmax(X, axis=1)", "r = np.argmax(X, axis=1)", setup),
    ("np.argmin(XF) (axis=None of an F array: ravel copy)", "r = np.argmin(XF)", setup),
    # 17-24: floor_divide, remainder, operators
    ("np.floor_divide(x, 0.3)", "r = np.floor_divide(x, 0.3)", setup),
    ("(x * 10) // 3 (temporary elided)", "r = (x * 10) // 3", setup),
    ("(x * 10) % 3 (not elided)", "r = (x * 10) % 3", setup),
    ("np.remainder(xi, 7, out=xi)", "np.remainder(xi, 7, out=xi)", setup),
    ("xi //= 7", "xi //= 7", setup),
    ("(xi + 1) // 2.0 (int temp, float scalar: not elided)", "r = (xi + 1) // 2.0", setup),
    ("np.mod(x, 0.25)", "r = np.mod(x, 0.25)", setup),
    ("x % 0.25", "r = x % 0.25", setup),
    # 25-31: clip
    ("np.clip(x, 0.2, 0.8)", "r = np.clip(x, 0.2, 0.8)", setup),
    ("x.clip(0.2, 0.8, out=x)", "x.clip(0.2, 0.8, out=x)", setup),
    ("np.clip(u8, -5, 300) (bounds dropped: positive copy)", "r = np.clip(u8, -5, 300)", setup),
    ("np.clip(u8, 10, 300) (maximum)", "r = np.clip(u8, 10, 300)", setup),
    ("np.clip(xi, 0.5, 10) (float64 result)", "r = np.clip(xi, 0.5, 10)", setup),
    ("np.clip(X, X[0], 0.9) (array bound)", "r = np.clip(X, X[0], 0.9)", setup),
    ("np.clip(XF, 0.1, 0.9) (F order kept)", "r = np.clip(XF, 0.1, 0.9)", setup),
    # 32-37: round
    ("np.round(x) (rint)", "r = np.round(x)", setup),
    ("np.round(x, 2)", "r = np.round(x, 2)", setup),
    ("np.round(xi, -2) (int, negative decimals: float64 temporary)", "r = np.round(xi, -2)", setup),
    ("np.round(xi, 2) (int copy)", "r = np.round(xi, 2)", setup),
    ("x.round(3, out=x)", "x.round(3, out=x)", setup),
    ("np.round(XF, 1) (F order)", "r = np.round(XF, 1)", setup),
    # 38-41: logical
    ("np.logical_and(x > 0.5, x < 0.9)", "r = np.logical_and(x > 0.5, x < 0.9)", setup),
    ("np.logical_or(x, xi)", "r = np.logical_or(x, xi)", setup),
    ("np.logical_not(x)", "r = np.logical_not(x)", setup),
    ("np.logical_xor(xb, xb, out=xb)", "np.logical_xor(xb, xb, out=xb)", setup),
    # 42-43
    ("np.round(xi32, -1) (int32)", "r = np.round(xi32, -1)", setup),
    ("np.argmax(X.T, axis=1) (X.T is F-contiguous: C copy)", "r = np.argmax(X.T, axis=1)", setup),
    # 44
    ("np.argmax(ro) (read-only C-contiguous view: copied)", "r = np.argmax(ro)", setup + "ro = np.broadcast_to(x, x.shape)\n"),
]

if __name__ == "__main__":
    run_cases(cases)
