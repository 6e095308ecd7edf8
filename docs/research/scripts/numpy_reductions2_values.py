"""Values NumPy 2.4.6 prints for the functions of docs/research/numpy-reductions-2.md; the
expected reprs of Tests/PeakmemRuntimeTests/StatisticsTests.swift and RoundingTests.swift.
Run: python3 docs/research/scripts/numpy_reductions2_values.py
"""
import warnings
import numpy as np

warnings.simplefilter("ignore")
np.random.seed(0)
x = np.random.rand(1000000)
X = x.reshape(1000, 1000)
XF = np.asfortranarray(X)
xi = (x * 1000).astype(np.int64)
x32 = x.astype(np.float32)
b = x > 0.5
n = np.array([1.0, np.nan, 3.0, np.nan, -np.inf])
u = np.array([0, 7, 255, 3], dtype=np.uint8)

lines = """
np.std(x)
np.var(x)
x.std(ddof=1)
np.var(x, ddof=2.5)
np.std(X, axis=0)[:3]
np.var(X, axis=1)[-3:]
np.std(xi)
np.var(xi.astype(np.int32))
np.var(b)
np.std(x32)
np.std(x32, dtype=np.float64)
np.std(X.T, axis=0)[5]
np.std(XF, axis=1)[7]
np.std(XF[:, ::2], axis=1)[3]
np.var(XF[::3], axis=0)[10]
np.std(XF[:, ::2])
np.std(X, keepdims=True)
np.var(X[:, ::3], axis=(0, 1))
np.std([1, 2, 3, 4])
np.var(np.ones(3), ddof=5)
np.std(np.ones((2, 0)), axis=0)
np.std(x, correction=1)
np.var(X, axis=0, dtype=np.float32)[:2]
x32.var(axis=0)
np.mean(np.full(16777217, 0.1, dtype=np.float32))
np.mean(np.arange(10), dtype=np.int64)
np.arange(10).mean(dtype=np.int32)
np.all(x)
np.any(b)
np.all(b)
np.all(X > 0, axis=0).shape
np.any(X > 0.999, axis=1)[:8]
np.all([])
np.any([])
np.any(np.zeros((2, 0)), axis=1)
np.all(np.array([1.0, np.nan]))
np.any(np.array([0.0, -0.0]))
x.any(keepdims=True)
np.all(X > 0.001, axis=(0, 1))
np.argmax(x)
np.argmin(x)
np.argmax(X, axis=0)[:5]
np.argmin(X, axis=1)[:5]
X.argmax(axis=1, keepdims=True).shape
np.argmax(X, keepdims=True)
np.argmax(n)
np.argmin(n)
np.argmax(u)
np.argmin(u)
np.argmax(b)
np.argmin(np.array([3, 1, 1, 2]))
np.argmax(np.float64(2.0))
np.argmax(np.array([[1, 5], [7, 2]]), axis=-2)
np.all(5)
np.any(0.0)
np.argmax(7)
np.std(3.0)
np.var(np.float32(2))
np.all(np.zeros((2, 3)), axis=())
np.std(np.arange(4.0), axis=())
np.floor_divide(np.array([7, -7, 7, -7, 0]), np.array([2, 2, -2, -2, 0]))
np.remainder(np.array([7, -7, 7, -7, 0]), np.array([2, 2, -2, -2, 0]))
np.array([7., -7., 7., -7., 0., -0., 1., np.inf, np.nan, 5.0, 1e300]) // np.array([2., 2., -2., -2., 3., 3., 0., 3., 1., np.inf, 1e-300])
np.array([7., -7., 7., -7., 0., -0., 1., np.inf, np.nan, 5.0, 1e300]) % np.array([2., 2., -2., -2., 3., 3., 0., 3., 1., np.inf, 1e-300])
np.array([-1.0]) // np.inf
np.array([-1.0]) % np.inf
np.array([5, 200], dtype=np.uint8) // 0
np.array([5, 200], dtype=np.uint8) % 7
np.array([-7, 7], dtype=np.int32) // 2
np.array([-7, 7], dtype=np.int32) % -3
np.array([-7, 7], dtype=np.int32) % 2.5
np.array([np.iinfo(np.int64).min]) // -1
np.array([np.iinfo(np.int64).min]) % -1
np.mod(np.array([7.5], dtype=np.float32), 2)
np.float64(7.5) // 2
np.int64(-7) % 3
x[:3] * 10 // 3
(x[:5] * 100) % 7
np.clip(x[:4], 0.2, 0.8)
np.clip(u, -5, 300)
np.clip(u, 10, 300)
np.clip(u, -1, 100)
np.clip(np.array([1, 5, 9]), 0.5, 7)
np.clip(np.array([1.0, np.nan, -0.0, 5.0]), 0.0, 3.0)
np.clip(np.array([1.0, 2.0]), np.nan, 3.0)
np.clip(np.array([-0.0, 2.0]), np.array([0.0, 0.0]), 3.0)
np.clip(np.arange(10), 8, 1)
np.clip(np.arange(10), [3, 4, 1, 1, 1, 4, 4, 4, 4, 4], 8)
np.clip(np.arange(5))
np.clip(np.arange(5), None, 2)
np.clip(np.arange(5), min=1, max=3)
np.arange(5).clip(2)
np.arange(5.0).clip(max=2.5)
np.clip(np.array([1, 2], dtype=np.int32), np.int64(0), 1)
np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005]), 2)
np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5]))
np.around(np.array([15, 25, -15, 149, 151]), -1)
np.round(np.array([15, 25, -15, 149, 151], dtype=np.int32), -2)
np.round(np.array([15, 25]), 3)
np.round(np.array([1234.5678, -0.125]), -2)
np.round(x32[:3], 3)
x[:3].round(4)
np.round(2.5)
np.round(np.array([1e300]), 10)
round(np.float64(2.675), 2)
round(np.float32(2.675), 2)
round(np.int64(155), -1)
round(np.float64(2.5))
round(2.675, 2)
np.logical_and(np.array([0.0, 1.0, np.nan, 2.0]), np.array([1, 1, 1, 0]))
np.logical_or(np.array([0.0, 0.0, np.nan]), 0)
np.logical_xor(np.array([True, False, True]), np.array([2, 0, 0]))
np.logical_not(np.array([0.0, -0.0, np.nan, 3.0]))
np.logical_not(np.array([0, 1, 2], dtype=np.uint8))
np.logical_not(0)
np.logical_and(1, 2.0)
""".strip().splitlines()

for line in lines:
    print(f"{line}  ->  {eval(line)!r}".replace("\n", "\\n"))

try:
    round(np.arange(3.0))
except TypeError as error:
    print(f"round(np.arange(3.0))  ->  TypeError: {error}")
