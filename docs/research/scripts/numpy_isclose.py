import numpy as np, tracemalloc
n = 10**6
x = np.random.rand(n); y = x + 1e-9; i = np.arange(n)
for code in ["np.isclose(x, y)", "np.allclose(x, y)", "np.allclose(x, i)", "np.isclose(x, 1.0)", "np.allclose(x, y, equal_nan=True)"]:
    tracemalloc.start(); base = tracemalloc.get_traced_memory()[0]
    r = eval(code)
    cur, peak = tracemalloc.get_traced_memory(); tracemalloc.stop()
    print(f"{code:40s} peak {peak-base:>12,d} retained {cur-base:>12,d}")
    del r
