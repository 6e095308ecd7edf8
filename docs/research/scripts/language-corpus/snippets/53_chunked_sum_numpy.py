import numpy as np
def chunked_sum(a, chunk):
    total = 0.0
    for start in range(0, len(a), chunk):
        total += sum(a[start:start + chunk].tolist())
    return total
a = np.arange(10000, dtype=np.float64)
print(chunked_sum(a, 1024))
