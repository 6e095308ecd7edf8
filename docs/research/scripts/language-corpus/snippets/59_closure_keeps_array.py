import numpy as np
def make_scaler(n):
    weights = np.full(n, 0.5)
    def apply(x):
        return x * weights
    return apply
s = make_scaler(100000)
out = s(np.ones(100000))
print(out[:3])
