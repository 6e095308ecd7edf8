"""Exceptions NumPy 2.4.6 raises for the functions of docs/research/numpy-reductions-2.md.
Run: python3 docs/research/scripts/numpy_reductions2_errors.py
"""
import warnings
import numpy as np

warnings.simplefilter("ignore")
X = np.ones((3, 4))
u = np.arange(4, dtype=np.uint8)
b = np.array([True, False])
oi = np.empty(3, dtype=np.int64)

lines = """
np.std(X, axis=2)
np.var(X, ddof=1, correction=1)
np.std(X, axis=0, out=np.empty(3))
np.all(X, axis=0, out=np.empty(3, dtype=bool))
np.any(X, axis=(0, 0))
np.argmax(np.zeros(0))
np.argmin(np.zeros((3, 0)), axis=1)
np.argmax(X, axis=0, out=oi)
np.argmax(X, axis=1, out=np.empty(3))
np.argmax(X, axis=(0, 1))
np.argmax(X, axis=2)
b // b
b % b
np.floor_divide(X, 2, out=np.empty(4, dtype=np.int64))
np.clip(u, 300, 400)
np.clip(X, 1)
np.clip(X, a_max=1)
np.clip(X, 0, 1, min=0)
np.clip(X, 0, 1, out=np.empty((3, 4), dtype=np.int64))
np.round(np.arange(3), -1, out=np.empty(3, dtype=np.int64))
np.round(X, 1, out=np.empty(5))
np.round(b)
np.logical_and(X, np.ones(3))
np.logical_not(X, out=np.empty(3, dtype=bool))
""".strip().splitlines()

for line in lines:
    try:
        r = eval(line)
        print(f"{line}  ->  no error: {r!r}")
    except Exception as e:
        print(f"{line}  ->  {type(e).__name__}: {e}")
