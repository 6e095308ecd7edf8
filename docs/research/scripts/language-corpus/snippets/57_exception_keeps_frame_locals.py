import numpy as np
def fail(n):
    big = np.ones(n)
    raise RuntimeError("failed with %d floats" % n)
try:
    fail(100000)
except RuntimeError as e:
    other = np.zeros(100000)
    print(e)
del other
print("done")
