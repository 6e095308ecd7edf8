"""Values of NumPy 2.4.6 (at 10^5 elements, which keeps the debug-build tests fast) that Tests/PeakmemRuntimeTests/SortingTests.swift and
OrderStatisticsTests.swift expect (repr of each expression), for the arrays below — made with
the legacy generator, which the Swift engine reproduces bit for bit.

Run: python3 docs/research/scripts/numpy_everyday_a_values.py > docs/research/scripts/numpy_everyday_a_values.out
"""
import numpy as np

np.random.seed(0)
x = np.random.rand(100000)
X = x.reshape(250, 400)
XF = np.asfortranarray(X)
xi = (x * 1000).astype(np.int64)
x32 = x.astype(np.float32)
n = np.array([3.0, np.nan, 1.0, 2.0, np.nan, -np.inf])
s = np.sort(x[:1000])
small = np.array([5, 3, 3, 9, 1, 5, 5, 0], dtype=np.int32)
w = x[::-1].copy()

expressions = [
    # sorting
    "np.sort(x)[:3]", "np.sort(x)[-2:]", "np.sort(X, axis=0)[:2, :3]", "np.sort(X)[5, -3:]",
    "np.sort(X, axis=None)[[0, 50000, 99999]]", "np.sort(XF)[7, :3]", "np.sort(n)",
    "np.sort(xi)[[0, 1, 99998]]", "np.sort(x32)[-3:]", "np.sort(small)", "np.sort(x, kind='stable')[12345]",
    "np.argsort(x)[:5]", "np.argsort(X, axis=0)[:2, :4]", "np.argsort(n)", "np.argsort(small, kind='stable')",
    "np.argsort(xi, kind='stable')[:6]", "np.argsort(X, axis=None)[-3:]",
    "np.partition(x, 50000)[50000]", "np.partition(X, 10, axis=0)[10, :4]", "np.partition(n, 2)[2]",
    "x[np.argpartition(x, 999)[999]]", "np.argpartition(small, 3)[3]", "np.partition(small, [1, 6])[[1, 6]]",
    # searching
    "np.searchsorted(s, x[:6])", "np.searchsorted(s, x[:6], side='right')", "np.searchsorted(s, 0.5)",
    "np.searchsorted(np.sort(small), small)", "np.searchsorted(np.sort(small), small, side='right')",
    "np.searchsorted(s[::-1], [0.1, 0.7], sorter=np.arange(999, -1, -1))", "np.searchsorted(n[[5, 2, 3, 0, 1]], [np.nan, 2.5])",
    "np.digitize(x[:6], s[::100])", "np.digitize(x[:6], s[::100], right=True)", "np.digitize(x[:6], s[::-100])",
    "np.digitize([1, 5, 9], [9, 5, 1], right=True)",
    "np.lexsort((small, small % 3))", "np.lexsort([x[:8], xi[:8] // 300])",
    "np.argwhere(X[:3, :3] > 0.5)", "np.argwhere(X > 0.999).shape", "np.flatnonzero(x > 0.5)[:5]", "np.flatnonzero(small)",
    # unique, bincount
    "np.unique(xi)[:5]", "np.unique(xi).size", "np.unique(small)", "np.unique(n)",
    "np.unique(xi, return_counts=True)[1][:5]", "np.unique(xi, return_index=True)[1][:5]",
    "np.unique(xi, return_inverse=True)[1][:5]", "np.unique(small, return_index=True, return_inverse=True, return_counts=True)",
    "np.unique(x[:5])", "np.unique(X[:2, :2], return_inverse=True)[1]",
    "np.bincount(xi)[:5]", "np.bincount(xi).size", "np.bincount(small)", "np.bincount(small, minlength=12)",
    "np.bincount(xi, weights=w)[:3]", "np.bincount(small, weights=np.arange(8) * 0.5)",
    # order statistics
    "np.median(x)", "np.median(X, axis=0)[:3]", "np.median(X, axis=1)[-2:]", "np.median(xi)", "np.median(x32)",
    "np.median(small)", "np.median(n)", "np.median(X, axis=0, keepdims=True).shape", "np.median(x[:7])",
    "np.percentile(x, 90)", "np.percentile(x, [10, 50, 90])", "np.percentile(xi, 50)", "np.percentile(xi, 33)",
    "np.quantile(x, 0.5)", "np.quantile(X, 0.5, axis=1)[:3]", "np.quantile(X, [0.25, 0.75], axis=0)[:, :2]",
    "np.quantile(x32, 0.3)", "np.quantile(x32, [0.3])", "np.quantile(small, 0.4)",
    "np.percentile(x, 90, method='nearest')", "np.percentile(xi, 33, method='lower')", "np.percentile(xi, 33, method='higher')",
    "np.percentile(x, 37, method='midpoint')", "np.percentile(x, 37, method='hazen')", "np.percentile(x, 37, method='weibull')",
    "np.percentile(x, 37, method='median_unbiased')", "np.percentile(x, 37, method='normal_unbiased')",
    "np.percentile(x, 37, method='interpolated_inverted_cdf')", "np.quantile(n, 0.5)", "np.quantile(small, [0, 1])",
    "np.quantile(X, 0.9, axis=0, keepdims=True).shape", "np.percentile(small, 50, method='nearest')",
    # set operations
    "np.isin(small, [3, 5])", "np.isin(xi[:10], np.arange(0, 1000, 7))", "np.isin(x[:5], x[[1, 3]])",
    "np.isin(small, [3, 5], invert=True)", "np.isin(X[:2, :3], X[0, :2])", "np.isin(xi, np.arange(0, 1000, 7)).sum()",
    "np.intersect1d(small, [9, 3, 7])", "np.intersect1d(xi[:50], xi[50:100])", "np.union1d(small, [2, 9])",
    "np.setdiff1d(small, [3, 5])", "np.setxor1d(small, [3, 4, 11])", "np.setdiff1d(xi[:20], xi[20:40])",
    "np.union1d(x[:3], x[:2]).size", "np.setxor1d(xi[:30], xi[30:60])", "np.intersect1d(x[:10], x[5:20])",
    # average, ptp
    "np.average(x)", "np.average(x, weights=w)", "np.average(X, axis=0, weights=w[:250])[:3]",
    "np.average(X, axis=1, weights=X)[:2]", "np.average(small)", "np.average(x, returned=True)",
    "np.ptp(x)", "np.ptp(X, axis=0)[:3]", "np.ptp(small)", "np.ptp(xi)",
]

for e in expressions:
    print(f"{e} => {eval(e)!r}".replace("\n", " "))
