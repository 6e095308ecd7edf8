"""NumPy 2.4.6 memory of the added ufuncs (docs/research/numpy-more-ufuncs.md).

Run: python3 docs/research/scripts/more-ufuncs/numpy_more_ufuncs.py [case numbers]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from measure import run_cases  # noqa: E402

setup = """
a = np.linspace(-0.9, 0.9, 1_000_000)
b = np.linspace(1.0, 5.0, 1_000_000)
i = np.arange(1_000_000, dtype=np.int32)
f = a.astype(np.float32)
o = np.empty(1_000_000)
"""
cases = [
    ("arcsin float64", "r = np.arcsin(a)", setup),
    ("log1p out=", "r = np.log1p(a, out=o)", setup),
    ("arcsin float32", "r = np.arcsin(f)", setup),
    ("cbrt int32 -> float64", "r = np.cbrt(i)", setup),
    ("trunc int32 (kept)", "r = np.trunc(i)", setup),
    ("arctan2", "r = np.arctan2(a, b)", setup),
    ("hypot int32, float64", "r = np.hypot(i, b)", setup),
    ("float_power float32 -> float64", "r = np.float_power(f, 2)", setup),
    ("fmax", "r = np.fmax(a, b)", setup),
    ("fmod int32", "r = np.fmod(i, 7)", setup),
    ("divmod", "q, m = np.divmod(b, 0.75)", setup),
    ("logaddexp", "r = np.logaddexp(a, b)", setup),
    ("heaviside", "r = np.heaviside(a, 0.5)", setup),
]
if __name__ == '__main__':
    run_cases(cases)
