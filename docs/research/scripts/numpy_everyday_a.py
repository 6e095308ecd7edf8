"""NumPy 2.4.6 memory of sorting and searching, order statistics (median, percentile, quantile),
unique/bincount and the set operations (docs/research/numpy-sorting.md, numpy-order-statistics.md;
the set operations, cases 46-53, are measured for a later version).

Run: python3 docs/research/scripts/numpy_everyday_a.py [case numbers]
Each case: tracemalloc's peak increment (all domains) and retained bytes, memray's ordered list
of allocations >= 4096 bytes (NPALLOC = NumPy's data allocator, with the C functions that asked;
MALLOC = plain malloc, e.g. a sort's work buffer) and their frees (helpers in measure.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run_cases  # noqa: E402

setup = """
rng = np.random.default_rng(0)
x = rng.random(1_000_000)                      # 8 MB float64
X = rng.random((1000, 1000)); XF = np.asfortranarray(X)
xi = rng.integers(0, 1000, 1_000_000)          # 8 MB int64
x32 = x.astype(np.float32)
xb = x > 0.5
s = np.sort(rng.random(1000))
w = rng.random(1_000_000)
small = np.arange(0, 1000, 7)
yi = rng.integers(0, 2000, 1_000_000)
"""

cases = [
    # 0-9: sort
    ("np.sort(x)", "r = np.sort(x)", setup),
    ("x.sort()", "x.sort()", setup),
    ("np.sort(X) (axis -1)", "r = np.sort(X)", setup),
    ("np.sort(X, axis=0) (strided rows: buffer)", "r = np.sort(X, axis=0)", setup),
    ("np.sort(X, axis=None)", "r = np.sort(X, axis=None)", setup),
    ("np.sort(XF) (F copy, last axis strided)", "r = np.sort(XF)", setup),
    ("np.sort(x, kind='stable')", "r = np.sort(x, kind='stable')", setup),
    ("np.sort(xi, kind='stable')", "r = np.sort(xi, kind='stable')", setup),
    ("np.sort(xi)", "r = np.sort(xi)", setup),
    ("np.sort(x32)", "r = np.sort(x32)", setup),
    # 10-17: argsort, partition, argpartition
    ("np.argsort(x)", "r = np.argsort(x)", setup),
    ("np.argsort(x, kind='stable')", "r = np.argsort(x, kind='stable')", setup),
    ("np.argsort(X, axis=0)", "r = np.argsort(X, axis=0)", setup),
    ("np.partition(x, 500000)", "r = np.partition(x, 500000)", setup),
    ("x.partition(500000)", "x.partition(500000)", setup),
    ("np.argpartition(x, 500000)", "r = np.argpartition(x, 500000)", setup),
    ("np.partition(X, 10, axis=0)", "r = np.partition(X, 10, axis=0)", setup),
    ("np.argpartition(xi, [10, 500000])", "r = np.argpartition(xi, [10, 500000])", setup),
    # 18-29: median, percentile, quantile
    ("np.median(x)", "r = np.median(x)", setup),
    ("np.median(X, axis=0)", "r = np.median(X, axis=0)", setup),
    ("np.median(xi)", "r = np.median(xi)", setup),
    ("np.median(x, overwrite_input=True)", "r = np.median(x, overwrite_input=True)", setup),
    ("np.percentile(x, 90)", "r = np.percentile(x, 90)", setup),
    ("np.percentile(x, [10, 50, 90])", "r = np.percentile(x, [10, 50, 90])", setup),
    ("np.quantile(x, 0.5)", "r = np.quantile(x, 0.5)", setup),
    ("np.quantile(X, 0.5, axis=1)", "r = np.quantile(X, 0.5, axis=1)", setup),
    ("np.percentile(xi, 50)", "r = np.percentile(xi, 50)", setup),
    ("np.percentile(x, 90, method='nearest')", "r = np.percentile(x, 90, method='nearest')", setup),
    ("np.quantile(X, [0.25, 0.75], axis=0)", "r = np.quantile(X, [0.25, 0.75], axis=0)", setup),
    ("np.median(X)", "r = np.median(X)", setup),
    # 30-37: unique, bincount
    ("np.unique(xi)", "r = np.unique(xi)", setup),
    ("np.unique(xi, return_counts=True)", "r = np.unique(xi, return_counts=True)", setup),
    ("np.unique(xi, return_index=True)", "r = np.unique(xi, return_index=True)", setup),
    ("np.unique(xi, return_inverse=True)", "r = np.unique(xi, return_inverse=True)", setup),
    ("np.unique(x)", "r = np.unique(x)", setup),
    ("np.bincount(xi)", "r = np.bincount(xi)", setup),
    ("np.bincount(xi, weights=w)", "r = np.bincount(xi, weights=w)", setup),
    ("np.bincount(xi, minlength=5000)", "r = np.bincount(xi, minlength=5000)", setup),
    # 38-45: searching
    ("np.searchsorted(s, x)", "r = np.searchsorted(s, x)", setup),
    ("np.searchsorted(s, x, side='right')", "r = np.searchsorted(s, x, side='right')", setup),
    ("np.argwhere(X > 0.5)", "r = np.argwhere(X > 0.5)", setup),
    ("np.flatnonzero(xb)", "r = np.flatnonzero(xb)", setup),
    ("np.digitize(x, s)", "r = np.digitize(x, s)", setup),
    ("np.lexsort((x, xi))", "r = np.lexsort((x, xi))", setup),
    ("np.searchsorted(s[::-1], x, sorter=np.arange(999, -1, -1))", "r = np.searchsorted(s[::-1], x, sorter=np.arange(999, -1, -1))", setup),
    ("np.flatnonzero(x > 0.5)", "r = np.flatnonzero(x > 0.5)", setup),
    # 46-53: sets
    ("np.isin(xi, small)", "r = np.isin(xi, small)", setup),
    ("np.intersect1d(xi, yi)", "r = np.intersect1d(xi, yi)", setup),
    ("np.union1d(xi, yi)", "r = np.union1d(xi, yi)", setup),
    ("np.setdiff1d(xi, small)", "r = np.setdiff1d(xi, small)", setup),
    ("np.setxor1d(xi, yi)", "r = np.setxor1d(xi, yi)", setup),
    ("np.isin(x, s)", "r = np.isin(x, s)", setup),
    ("np.isin(xi, small, kind='sort')", "r = np.isin(xi, small, kind='sort')", setup),
    ("np.intersect1d(xi, yi, assume_unique=True)", "r = np.intersect1d(np.unique(xi), np.unique(yi), assume_unique=True)", setup),
    # 54-58: average, ptp, digitize with decreasing bins
    ("np.average(x, weights=w)", "r = np.average(x, weights=w)", setup),
    ("np.average(X, axis=0, weights=w[:1000])", "r = np.average(X, axis=0, weights=w[:1000])", setup),
    ("np.ptp(X, axis=0)", "r = np.ptp(X, axis=0)", setup),
    ("np.ptp(x)", "r = np.ptp(x)", setup),
    ("np.digitize(x, s[::-1])", "r = np.digitize(x, s[::-1])", setup),
]

if __name__ == "__main__":
    run_cases(cases)
