import numpy as np
with np.errstate(divide="ignore", invalid="ignore"):
    r = np.array([1.0, 0.0]) / np.array([0.0, 0.0])
print(r)
