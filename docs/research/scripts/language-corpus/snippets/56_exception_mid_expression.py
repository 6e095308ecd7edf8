import numpy as np
def boom():
    raise ValueError("boom")
a = np.ones(100000)
try:
    b = (a * 2.0) + boom()
except ValueError as e:
    print("caught", e)
c = a + 1.0
print(c[0])
