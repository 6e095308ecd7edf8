"""The exceptions NumPy 2.4.6 and CPython raise for shapes and lengths that cannot be allocated.

Run: python3 docs/research/scripts/numpy_size_errors.py
Prints one line per statement: the statement, then `ExceptionType: message`. The figures are
what Tests/PeakmemRuntimeTests/SizeLimitTests.swift expects of the engine (peakmem's own
MemoryError threshold is RAM + swap, as the kernel's overcommit heuristic refuses glibc's malloc).
"""
import numpy as np

X = np.arange(10)
STATEMENTS = [
    "np.zeros((2**32, 2**32))",
    "np.ones((2**32, 2**32))",
    "np.empty((2**62, 4))",
    "X.reshape(10**10, 10**10)",
    "np.eye(10**10)",
    "np.identity(10**10)",
    "np.tile(X, 10**18)",
    "X.repeat(10**18)",
    "np.arange(0, 1, 1e-300)",
    "np.broadcast_to(np.ones(1), (2**40, 2**40))",
    "[0] * 10**12",
    "np.ones(10**12)",
    "np.empty(10**18)",
    "np.ones((10**6,)) * np.ones((10**6, 1))",
]
for statement in STATEMENTS:
    try:
        eval(statement)
        print(f"{statement}  ->  (no error)")
    except BaseException as error:  # noqa: BLE001 - the exception is the figure
        name = "MemoryError" if isinstance(error, MemoryError) else type(error).__name__
        print(f"{statement}  ->  {name}: {error}")
