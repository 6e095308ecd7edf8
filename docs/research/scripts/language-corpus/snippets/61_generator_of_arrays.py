import numpy as np
total = sum(np.ones(50000) * k for k in range(4))
print(total[:2], total.shape)
