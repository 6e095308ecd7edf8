"""Values of NumPy 2.4.6 that Tests/PeakmemRuntimeTests/EverydayCTests.swift expects (repr of
each expression, its line breaks printed as blanks), for the arrays below — made with the legacy
generator, which the Swift engine reproduces bit for bit.

Run: python3 docs/research/scripts/numpy_everyday_c_values.py > docs/research/scripts/numpy_everyday_c_values.out
"""
import numpy as np

np.random.seed(0)
x = np.random.rand(1000)
X = x.reshape(25, 40)
XF = np.asfortranarray(X)
small = np.array([5, 3, 3, 9, 1, 5, 5, 0], dtype=np.int32)
m = np.arange(12).reshape(3, 4)
x32 = x.astype(np.float32)
xn = x.copy(); xn[::7] = np.nan
n = np.array([3.0, np.nan, 1.0, 2.0, np.nan, -np.inf])
g = np.random.default_rng(12345)

expressions = [
    # pad
    "np.pad(small, 2)", "np.pad(small, (1, 3), constant_values=(-1, 7))", "np.pad(small, 3, mode='edge')",
    "np.pad(small, 3, mode='reflect')", "np.pad(small, 3, mode='symmetric')", "np.pad(small, 3, mode='wrap')",
    "np.pad(small, 20, mode='reflect')", "np.pad(small, (20, 11), mode='symmetric')", "np.pad(small, (19, 17), mode='wrap')",
    "np.pad(m, 1)", "np.pad(m, ((1, 0), (2, 3)), constant_values=9)", "np.pad(m, 2, mode='edge')",
    "np.pad(m, 2, mode='reflect')", "np.pad(m, ((3, 1), (0, 5)), mode='symmetric')", "np.pad(m, ((4, 1), (5, 9)), mode='wrap')",
    "np.pad(m, [(1, 1), (2, 2)], mode='constant', constant_values=((1, 2), (3, 4)))",
    "np.pad(m, 1, constant_values=2.7)", "np.pad(np.ones((1, 3)), 2, mode='reflect')",
    "np.pad(X, 3, mode='reflect')[:2, :5]", "np.pad(XF, 2, mode='wrap').flags.f_contiguous",
    "np.pad(x32, (0, 2))[-3:]", "np.pad(X, 5, mode='symmetric').sum()", "np.pad(m, 1, mode='empty').shape",
    # select
    "np.select([small < 3, small > 4], [small, -small])", "np.select([small < 3, small > 4], [small, 2.5], default=-1)",
    "np.select([x[:5] < 0.5], [x[:5]])", "np.select([m > 5, m > 2], [m * 10, 7], default=m)",
    "np.select([small == 5], [True])", "np.select([np.array([True, False])], [np.array([[1], [2]])])",
    # cov, corrcoef
    "np.cov(X[:4])", "np.cov(X[:3], bias=True)", "np.cov(X[:3, :6], rowvar=False)[:2]", "np.cov(x, x[::-1])",
    "np.cov(x)", "np.cov(small)", "np.cov(X[:2], ddof=3)", "np.cov(X[:2], X[5:7])", "np.cov(m)",
    "np.corrcoef(X[:4])", "np.corrcoef(x, x[::-1])", "np.corrcoef(x)", "np.corrcoef(m)", "np.corrcoef(X[:3, :6], rowvar=False)[1]",
    # interp
    "np.interp(x[:6], np.sort(x[100:200]), x[200:300])", "np.interp([-1.0, 0.5, 2.0], [0.0, 1.0], [3.0, 5.0])",
    "np.interp([-1.0, 0.5, 2.0], [0.0, 1.0], [3.0, 5.0], left=-7, right=9.5)", "np.interp(2.5, [1, 2, 3], [3, 2, 0])",
    "np.interp(small, [0, 4, 10], [1.0, 2.0, 0.5])", "np.interp(x32[:4], [0.25, 0.75], [1.0, 3.0])",
    "np.interp([0.0, 1.0, 1.5, np.nan], [1.0, 1.0, 2.0], [0.0, 1.0, 2.0])", "np.interp([3.0], [2.0], [8.0])",
    "np.interp([0.5, 1.5], [0.0, 1.0, 2.0], [0.0, np.inf, 1.0])", "np.interp(X[:2, :3], [0.0, 1.0], [10.0, 20.0])",
    # histogram
    "np.histogram(x)", "np.histogram(x, bins=7, range=(0.25, 0.75))", "np.histogram(x, bins=[0, 0.1, 0.5, 0.9, 1.0])",
    "np.histogram(x, bins=5, density=True)", "np.histogram(x, bins=4, weights=x[::-1])", "np.histogram(small)",
    "np.histogram(small, bins=3, range=(0, 6))", "np.histogram(m, bins=[0, 2, 5, 11], weights=m * 1.5)",
    "np.histogram(small, bins=[0, 3, 5, 9], density=True)", "np.histogram(np.full(4, 2.0), bins=3)",
    "np.histogram(X, bins=6)[0]", "np.histogram(small, bins=4, weights=small)", "np.histogram(x[:0])",
    "np.histogram(x, bins=np.linspace(0, 1, 11))[0]", "np.histogram(x * 100, bins=13)[0]",
    # ufunc.outer
    "np.add.outer(small[:3], m[0])", "np.multiply.outer(x[:2], x[2:5])", "np.subtract.outer(m[:2, :2], small[:2]).shape",
    "np.subtract.outer(m[:2, ::2], small[:2])", "np.maximum.outer(small[:4], small[4:])", "np.multiply.outer(2, small[:3])",
    "np.greater.outer(x[:3], x[3:5])", "np.power.outer([1, 2, 3], [0, 2])", "np.add.outer(x32[:2], x32[2:4])",
    # nanmedian, nanpercentile, nanquantile (axis=None)
    "np.nanmedian(xn)", "np.nanmedian(n)", "np.nanmedian(small)", "np.nanmedian(xn.reshape(25, 40))",
    "np.nanmedian(np.array([np.nan, np.nan]))", "np.nanmedian(x32)", "np.nanmedian(n[:4])",
    "np.nanpercentile(xn, 90)", "np.nanpercentile(n, [10, 50, 100])", "np.nanquantile(xn, [0.25, 0.75])",
    "np.nanquantile(xn, 0.5, method='nearest')", "np.nanquantile(small, 0.3)", "np.nanpercentile(x32, 25)",
    "np.nanquantile(np.array([np.nan, np.nan]), [0.5, 0.7])",
    # Generator.random(dtype=np.float32): two floats per 64-bit draw
    "g.random(5, dtype=np.float32)", "g.random(dtype=np.float32)", "g.random((2, 3), dtype='float32')", "g.random(3)",
    "g.random(dtype=np.float32)", "g.random(2, dtype=np.float32)",
    # Generator.choice(p=): the cumulative distribution inverted
    "g.choice(5, 12, p=[0.1, 0.2, 0.3, 0.2, 0.2])", "g.choice(small, (2, 3), p=np.full(8, 0.125))",
    "g.choice(3, p=[0.5, 0.25, 0.25])", "g.choice(x[:4], 6, p=np.array([0.0, 0.5, 0.5, 0.0]))", "g.random()",
]

for expression in expressions:
    print(expression, "=>", repr(eval(expression)).replace("\n", " "))
