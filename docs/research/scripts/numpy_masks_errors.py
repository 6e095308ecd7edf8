"""The exceptions NumPy 2.4.6 raises for bad masks, index assignments, where and nonzero.

Run: python3 docs/research/scripts/numpy_masks_errors.py
"""
import numpy as np

a = np.arange(5.0)
m = np.array([True, False, True, True, False])
a2 = np.arange(12.0).reshape(3, 4)
u = np.arange(5, dtype=np.uint8)
statements = [
    "a[m] = [1.0, 2.0]", "a[m] = np.ones((3, 1))", "a[m] = np.ones(1)", "a[m] = np.ones(3, dtype=np.int64)",
    "x = a[np.array([True, False])]", "a[np.array([True, False])] = 1", "x = a2[np.array([True, False])]",
    "x = a2[np.ones((3, 5), bool)]", "a2[np.ones((3, 5), bool)] = 0", "x = a[np.ones((5, 1), bool)]",
    "x = a2[:, np.array([True, False, True])]", "a[np.array([1, 7])] = 0", "a[np.array([1, -7])] = 0",
    "a[[1, 2, 3]] = [1.0, 2.0]", "a2[np.array([0, 2])] = np.ones(3)", "a2[np.array([0, 2])] = np.ones((3, 4))",
    "a2[:, np.array([0, 5])] = 0", "u[m] = 300", "u[np.array([0, 1])] = 300", "u[m] = -1",
    "u[m] = np.array([300, 1, 2])", "a[np.array([0.5])] = 1",
    "x = np.where(m)", "x = np.where(m, 1)", "x = np.where(np.float64(1))", "x = np.nonzero(np.True_)",
    "x = np.where(np.ones(3) > 0, np.ones(2), 0)", "x = np.count_nonzero(a, axis=2)",
    "a[1:3] = np.ones(3)", "x = a[[True, False, True, True, False]]", "x = a[np.array(True)]",
]
for statement in statements:
    ns = dict(np=np, a=a.copy(), m=m, a2=a2.copy(), u=u.copy())
    try:
        exec(statement, ns)
        print(f"{statement:50} -> ok" + (f" {ns['x']!r}" if "x" in ns else ""))
    except Exception as error:
        print(f"{statement:50} -> {type(error).__name__}: {error}")
