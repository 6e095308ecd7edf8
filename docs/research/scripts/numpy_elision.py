import numpy as np, tracemalloc

n = 10**6
env = dict(np=np, a=np.random.rand(n), b=np.random.rand(n), o=np.empty(n),
           i=np.arange(n, dtype=np.int32), f=np.ones(n, dtype=np.float32),
           s=np.random.rand(30000), s2=np.random.rand(30000),
           m=np.random.rand(1000, 1000), r=np.random.rand(1000))

def measure(code):
    """Peak and retained bytes of `code` above what was live before (tracemalloc, all domains)."""
    env.pop("res", None)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    exec(code, env)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak - base, current - base

for code in ["res = a**2 + b**2 + 2*a*b", "res = a + b", "res = b * (a * 2)", "res = b - (a * 2)",
             "res = (a * 2) - b", "res = (a * 2) / b", "res = -(a * 2)", "res = (a * 2) ** 2", "res = (a * 2) ** 3",
             "res = (a * 2) ** 2.0", "res = (a * 2) ** -1", "res = (a * 2) ** 0.5", "res = (f * f) ** 0.5",
             "res = (f * f) ** -1", "res = (i * 2) ** 2", "res = (i * 2) ** 0.5",
             "res = (a * 2) + 1", "res = (i * 2) + 1", "res = (i + i) + i", "res = (f * f) * 2.0",
             "res = (a * 2) + f", "res = (m * 2) + r", "res = r + (m * 2)", "res = (s * 2) + s2",
             "res = np.add(a * 2, b)", "x = a * 2; res = x + b", "a += b", "np.add(a, b, out=o)"]:
    peak, retained = measure(code)
    print(f"{code:28s} peak {peak:>10,d}  retained {retained:>10,d}")
