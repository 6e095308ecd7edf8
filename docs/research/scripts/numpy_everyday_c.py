"""NumPy 2.4.6 memory of np.pad, np.select, np.cov, np.corrcoef, np.interp, np.histogram,
ufunc.outer, np.nanmedian/nanpercentile/nanquantile, Generator.random(dtype=np.float32) and
Generator.choice(p=)
(docs/research/numpy-everyday-c.md).

Run: python3 docs/research/scripts/numpy_everyday_c.py [case numbers] > numpy_everyday_c.out
Each case: tracemalloc's peak increment (all domains) and retained bytes, memray's ordered list
of allocations >= 4096 bytes (NPALLOC = NumPy's data allocator, with the C functions that asked;
MALLOC = plain malloc) and their frees (helpers in measure.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run_cases  # noqa: E402

setup = """
rng = np.random.default_rng(0)
x = rng.random(1_000_000)                      # 8 MB float64
X = rng.random((1000, 1000))
xi = rng.integers(0, 1000, 1_000_000)
x32 = x.astype(np.float32)
C = rng.random((10, 100_000))                  # 10 variables, 10^5 observations
xp = np.sort(rng.random(1000)); fp = rng.random(1000)
xn = x.copy(); xn[::100] = np.nan               # 10 000 NaNs
pw = fp / fp.sum()
"""

cases = [
    # 0-8: pad
    ("np.pad(x, 10)", "r = np.pad(x, 10)", setup),
    ("np.pad(X, 10)", "r = np.pad(X, 10)", setup),
    ("np.pad(X, ((1, 2), (3, 4)), constant_values=7)", "r = np.pad(X, ((1, 2), (3, 4)), constant_values=7)", setup),
    ("np.pad(X, 10, mode='edge')", "r = np.pad(X, 10, mode='edge')", setup),
    ("np.pad(X, 10, mode='reflect')", "r = np.pad(X, 10, mode='reflect')", setup),
    ("np.pad(X, 10, mode='symmetric')", "r = np.pad(X, 10, mode='symmetric')", setup),
    ("np.pad(X, 10, mode='wrap')", "r = np.pad(X, 10, mode='wrap')", setup),
    ("np.pad(xi, 5, mode='edge')", "r = np.pad(xi, 5, mode='edge')", setup),
    ("np.pad(x32, (0, 100))", "r = np.pad(x32, (0, 100))", setup),
    # 9-11: select
    ("np.select([x < 0.3, x > 0.7], [x, -x])", "r = np.select([x < 0.3, x > 0.7], [x, -x])", setup),
    ("np.select([x < 0.3, x > 0.7], [x, 2.0], default=5)", "r = np.select([x < 0.3, x > 0.7], [x, 2.0], default=5)", setup),
    ("np.select([xi < 300], [xi])", "r = np.select([xi < 300], [xi])", setup),
    # 12-16: cov, corrcoef
    ("np.cov(C)", "r = np.cov(C)", setup),
    ("np.corrcoef(C)", "r = np.corrcoef(C)", setup),
    ("np.cov(x, x[::-1])", "r = np.cov(x, x[::-1])", setup),
    ("np.cov(C[:, :100], rowvar=False)", "r = np.cov(C[:, :100], rowvar=False)", setup),
    ("np.cov(C, ddof=0)", "r = np.cov(C, ddof=0)", setup),
    # 17-19: interp
    ("np.interp(x, xp, fp)", "r = np.interp(x, xp, fp)", setup),
    ("np.interp(x32, xp, fp)", "r = np.interp(x32, xp, fp)", setup),
    ("np.interp(xi, xp * 1000, fp)", "r = np.interp(xi, xp * 1000, fp)", setup),
    # 20-26: histogram
    ("np.histogram(x)", "r = np.histogram(x)", setup),
    ("np.histogram(x, bins=100, range=(0.2, 0.8))", "r = np.histogram(x, bins=100, range=(0.2, 0.8))", setup),
    ("np.histogram(x, bins=xp)", "r = np.histogram(x, bins=xp)", setup),
    ("np.histogram(x, bins=50, density=True)", "r = np.histogram(x, bins=50, density=True)", setup),
    ("np.histogram(x, bins=50, weights=X.ravel())", "r = np.histogram(x, bins=50, weights=X.ravel())", setup),
    ("np.histogram(xi, bins=10)", "r = np.histogram(xi, bins=10)", setup),
    ("np.histogram(X)", "r = np.histogram(X)", setup),
    # 27-30: ufunc.outer
    ("np.add.outer(xp, fp)", "r = np.add.outer(xp, fp)", setup),
    ("np.multiply.outer(xp, X[:, 0])", "r = np.multiply.outer(xp, X[:, 0])", setup),
    ("np.subtract.outer(X[:10, ::2], xp[:100])", "r = np.subtract.outer(X[:10, ::2], xp[:100])", setup),
    ("np.maximum.outer(xi[:1000], xp)", "r = np.maximum.outer(xi[:1000], xp)", setup),
    # 31-37: nanmedian, nanpercentile, nanquantile (axis=None)
    ("np.nanmedian(xn)", "r = np.nanmedian(xn)", setup),
    ("np.nanmedian(x) (no NaN)", "r = np.nanmedian(x)", setup),
    ("np.nanmedian(xi)", "r = np.nanmedian(xi)", setup),
    ("np.nanpercentile(xn, 90)", "r = np.nanpercentile(xn, 90)", setup),
    ("np.nanquantile(xn, [0.25, 0.75])", "r = np.nanquantile(xn, [0.25, 0.75])", setup),
    ("np.nanmedian(xn, overwrite_input=True)", "r = np.nanmedian(xn, overwrite_input=True)", setup),
    ("np.nanmedian(X)", "r = np.nanmedian(X)", setup),
    # 38: Generator.random(dtype=np.float32)
    ("rng.random(1_000_000, dtype=np.float32)", "r = rng.random(1_000_000, dtype=np.float32)", setup),
    # 39-40: Generator.choice(p=)
    ("rng.choice(1000, 1_000_000, p=pw)", "r = rng.choice(1000, 1_000_000, p=pw)", setup),
    ("rng.choice(xp, 1_000_000, p=pw)", "r = rng.choice(xp, 1_000_000, p=pw)", setup),
]

if __name__ == "__main__":
    run_cases(cases)
