import numpy as np
arrays = {name: np.full(20000, float(i)) for i, name in enumerate(["a", "b", "c"])}
total = sum(float(arr[0]) for arr in arrays.values())
print(total, sorted(arrays))
del arrays["b"]
print(len(arrays))
