"""How far NumPy 2.4.6's float ufunc loops are from glibc's functions (which the engine calls),
in units in the last place, over 10^5 values per function and dtype.

Run: python3 docs/research/scripts/more-ufuncs/ulps_vs_glibc.py
"""
import ctypes
import ctypes.util
import numpy as np

libm = ctypes.CDLL(ctypes.util.find_library('m'))
rng = np.random.default_rng(0)
N = 100_000
DOMAINS = {
    'log1p': (-0.9, 10), 'expm1': (-5, 5), 'arcsin': (-1, 1), 'arccos': (-1, 1), 'arctan': (-10, 10),
    'sinh': (-5, 5), 'cosh': (-5, 5), 'arcsinh': (-10, 10), 'arccosh': (1, 10), 'arctanh': (-0.99, 0.99),
    'exp2': (-10, 10), 'cbrt': (-10, 10),
}
CNAME = {'log1p': 'log1p', 'expm1': 'expm1', 'arcsin': 'asin', 'arccos': 'acos', 'arctan': 'atan', 'sinh': 'sinh',
         'cosh': 'cosh', 'arcsinh': 'asinh', 'arccosh': 'acosh', 'arctanh': 'atanh', 'exp2': 'exp2', 'cbrt': 'cbrt'}
BINARY = {'arctan2': 'atan2', 'hypot': 'hypot', 'fmod': 'fmod', 'copysign': 'copysign'}


def ulps(a, b, dtype):
    it = np.int64 if dtype == np.float64 else np.int32
    ia, ib = a.astype(dtype).view(it).astype(np.int64), b.astype(dtype).view(it).astype(np.int64)
    ia = np.where(ia < 0, np.iinfo(it).min - ia, ia)
    ib = np.where(ib < 0, np.iinfo(it).min - ib, ib)
    return np.abs(ia - ib)


def cfun(name, dtype, arity):
    f = getattr(libm, name + ('f' if dtype == np.float32 else ''))
    ct = ctypes.c_float if dtype == np.float32 else ctypes.c_double
    f.restype = ct
    f.argtypes = [ct] * arity
    return f


for dtype in (np.float64, np.float32):
    for name, (lo, hi) in DOMAINS.items():
        x = rng.uniform(lo, hi, N).astype(dtype)
        f = cfun(CNAME[name], dtype, 1)
        ref = np.array([f(float(v)) for v in x], dtype=dtype)
        d = ulps(getattr(np, name)(x), ref, dtype)
        print(f'{np.dtype(dtype).name:8} {name:9} max ulps {d.max():3}  differing {np.count_nonzero(d):6} / {N}')
    for name, c in BINARY.items():
        x = rng.uniform(-10, 10, N).astype(dtype)
        y = rng.uniform(-10, 10, N).astype(dtype)
        f = cfun(c, dtype, 2)
        ref = np.array([f(float(u), float(v)) for u, v in zip(x, y)], dtype=dtype)
        d = ulps(getattr(np, name)(x, y), ref, dtype)
        print(f'{np.dtype(dtype).name:8} {name:9} max ulps {d.max():3}  differing {np.count_nonzero(d):6} / {N}')
    x = rng.uniform(-10, 10, N).astype(dtype)
    y = rng.uniform(-10, 10, N).astype(dtype)
    l1p, ex = cfun('log1p', dtype, 1), cfun('exp', dtype, 1)

    def lae(u, v):
        if u == v:
            return u + np.log(2)
        d = u - v
        return u + l1p(ex(-d)) if d > 0 else v + l1p(ex(d))
    ref = np.array([lae(dtype(u), dtype(v)) for u, v in zip(x, y)], dtype=dtype)
    d = ulps(np.logaddexp(x, y), ref, dtype)
    print(f'{np.dtype(dtype).name:8} logaddexp max ulps {d.max():3}  differing {np.count_nonzero(d):6} / {N}')
