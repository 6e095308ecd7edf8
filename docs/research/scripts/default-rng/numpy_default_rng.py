"""NumPy 2.4.6 memory of np.random.default_rng(seed) Generator methods
(docs/research/numpy-default-rng.md).

Run: python3 docs/research/scripts/default-rng/numpy_default_rng.py [case numbers]
Each case: tracemalloc's peak increment and retained bytes, memray's ordered list of
allocations >= 8 bytes (NPALLOC = NumPy's data allocator) and their frees (../measure.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from measure import run_cases  # noqa: E402

n = 1_000_000
setup = f"""
rng = np.random.default_rng(12345)
a = np.arange({n}, dtype=np.float64)
a2 = np.arange({n}, dtype=np.float64).reshape(1000, 1000)
"""

cases = [
    ("random", "r = rng.random(1_000_000)", setup),
    ("standard_normal", "r = rng.standard_normal(1_000_000)", setup),
    ("normal", "r = rng.normal(2.0, 3.0, 1_000_000)", setup),
    ("uniform", "r = rng.uniform(-1.0, 1.0, 1_000_000)", setup),
    ("exponential", "r = rng.exponential(2.0, 1_000_000)", setup),
    ("integers small range", "r = rng.integers(0, 100, 1_000_000)", setup),
    ("integers wide range", "r = rng.integers(0, 2**40, 1_000_000)", setup),
    ("integers int32", "r = rng.integers(0, 100, 1_000_000, dtype=np.int32)", setup),
    ("choice(int, size) with replacement", "r = rng.choice(1_000_000, 1000)", setup),
    ("choice(array, size) with replacement", "r = rng.choice(a, 1000)", setup),
    ("choice(int, size, replace=False): hash set", "r = rng.choice(1_000_000, 1000, replace=False)", setup),
    ("choice(int, size, replace=False): shuffle", "r = rng.choice(1_000_000, 500_000, replace=False)", setup),
    ("choice(array, size, replace=False): shuffle", "r = rng.choice(a, 500_000, replace=False)", setup),
    ("permutation(int)", "r = rng.permutation(1_000_000)", setup),
    ("permutation(1-d array)", "r = rng.permutation(a)", setup),
    ("permutation(2-d array)", "r = rng.permutation(a2)", setup),
    ("shuffle(1-d array)", "rng.shuffle(a)", setup),
    ("shuffle(2-d array)", "rng.shuffle(a2)", setup),
    ("permuted(2-d, axis=None)", "r = rng.permuted(a2)", setup),
    ("permuted(2-d, axis=1)", "r = rng.permuted(a2, axis=1)", setup),
    ("permuted(2-d, axis=1, out=a2)", "r = rng.permuted(a2, axis=1, out=a2)", setup),
    ("default_rng(seed)", "g = np.random.default_rng(7)", "pass"),
]

if __name__ == '__main__':
    run_cases(cases, thresh=8)
