import numpy as np
a = np.ones(3)
try:
    b = a.reshape(2, 2)
except ValueError as e:
    print("ValueError:", e)
