import numpy as np
a = np.ones(100000)
for i in range(5):
    a = a * 2.0
print(a[0], a.nbytes)
