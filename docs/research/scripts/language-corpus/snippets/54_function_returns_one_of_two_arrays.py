import numpy as np
def pick(n, first):
    a = np.ones(n)
    b = np.zeros(n)
    return a if first else b
x = pick(100000, True)
y = pick(100000, False)
print(x.sum(), y.sum())
