"""NumPy 2.4.6 memory of isnan/isinf/isfinite/signbit, nan_to_num and the nan-reductions
(docs/research/numpy-nan-functions.md).

Run: python3 docs/research/scripts/nan-functions/numpy_nanfunctions.py [case numbers]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from measure import run_cases  # noqa: E402

setup = """
a = np.linspace(-1.0, 1.0, 1_000_000)
a[::7] = np.nan
a[3::11] = np.inf
a[5::13] = -np.inf
b = np.where(np.isinf(a), 0.0, a)
b2 = b.reshape(1000, 1000)
i = np.arange(1_000_000)
"""
cases = [
    ("isnan", "r = np.isnan(a)", setup),
    ("isinf", "r = np.isinf(a)", setup),
    ("isfinite", "r = np.isfinite(a)", setup),
    ("signbit", "r = np.signbit(a)", setup),
    ("nan_to_num", "r = np.nan_to_num(a)", setup),
    ("nan_to_num copy=False", "r = np.nan_to_num(a, copy=False)", setup),
    ("nansum", "r = np.nansum(b)", setup),
    ("nansum axis=0", "r = np.nansum(b2, axis=0)", setup),
    ("nansum int", "r = np.nansum(i)", setup),
    ("nanprod", "r = np.nanprod(b)", setup),
    ("nancumsum", "r = np.nancumsum(b)", setup),
    ("nanmin", "r = np.nanmin(b)", setup),
    ("nanmax axis=1", "r = np.nanmax(b2, axis=1)", setup),
    ("nanargmin", "r = np.nanargmin(b)", setup),
    ("nanargmax axis=0", "r = np.nanargmax(b2, axis=0)", setup),
    ("nanmean", "r = np.nanmean(b)", setup),
    ("nanmean axis=0", "r = np.nanmean(b2, axis=0)", setup),
    ("nanvar", "r = np.nanvar(b)", setup),
    ("nanstd axis=1", "r = np.nanstd(b2, axis=1)", setup),
    ("nanmean int", "r = np.nanmean(i)", setup),
]
if __name__ == '__main__':
    run_cases(cases, thresh=1)
