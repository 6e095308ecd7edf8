import numpy as np
def work(n):
    tmp = np.ones(n) * 3.0
    tmp2 = tmp + 1.0
    del tmp
    return float(tmp2.sum())
results = [work(50000) for _ in range(3)]
print(results)
