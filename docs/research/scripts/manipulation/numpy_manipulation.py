"""NumPy 2.4.6 memory of the array-manipulation functions (docs/research/numpy-manipulation.md).

Run: python3 docs/research/scripts/manipulation/numpy_manipulation.py [case numbers]
     python3 docs/research/scripts/manipulation/numpy_manipulation.py index   (the index functions)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from measure import run_cases  # noqa: E402

setup = """
a = np.linspace(0.0, 1.0, 1_000_000)
m = a.reshape(1000, 1000)
v = np.linspace(0.0, 1.0, 1000)
x = np.linspace(0.0, 1.0, 1000); y = np.linspace(0.0, 2.0, 500)
"""
cases = [
    ("flip (view)", "r = np.flip(m)", setup),
    ("rot90 (view)", "r = np.rot90(m)", setup),
    ("diagonal (view)", "r = np.diagonal(m)", setup),
    ("diag of 2-d (view)", "r = np.diag(m)", setup),
    ("diag of 1-d", "r = np.diag(v)", setup),
    ("trace", "r = np.trace(m)", setup),
    ("triu", "r = np.triu(m)", setup),
    ("tril k=-1", "r = np.tril(m, -1)", setup),
    ("diff", "r = np.diff(a)", setup),
    ("diff n=2", "r = np.diff(a, n=2)", setup),
    ("diff axis=0", "r = np.diff(m, axis=0)", setup),
    ("roll", "r = np.roll(a, 1000)", setup),
    ("roll axis=1", "r = np.roll(m, 3, axis=1)", setup),
    ("meshgrid", "X, Y = np.meshgrid(x, y)", setup),
    ("meshgrid sparse", "X, Y = np.meshgrid(x, y, sparse=True)", setup),
    ("meshgrid copy=False", "X, Y = np.meshgrid(x, y, copy=False)", setup),
    ("split 4", "r = np.split(a, 4)", setup),
    ("array_split 3", "r = np.array_split(a, 3)", setup),
    ("atleast_2d", "r = np.atleast_2d(a)", setup),
    ("moveaxis", "r = np.moveaxis(m, 0, -1)", setup),
    ("pad constant", "r = np.pad(m, 2)", setup),
    ("pad reflect", "r = np.pad(m, ((1, 2), (3, 4)), mode='reflect')", setup),
    ("dstack", "r = np.dstack((m, m))", setup),
    ("copyto", "np.copyto(m, 0.5)", setup),
    ("logspace", "r = np.logspace(0, 3, 1_000_000)", setup),
    ("geomspace", "r = np.geomspace(1, 1000, 1_000_000)", setup),
    ("indices", "r = np.indices((1000, 1000))", setup),
]
if __name__ == '__main__' and sys.argv[1:2] != ['index']:
    run_cases(cases, thresh=1)

index_setup = """
flat = np.arange(0, 1_000_000, 3)
rows = flat // 1000
cols = flat % 1000
a = np.zeros(1_000_000)
mask = a < 1
"""
index_cases = [
    ("unravel_index", "r = np.unravel_index(flat, (1000, 1000))", index_setup),
    ("ravel_multi_index", "r = np.ravel_multi_index((rows, cols), (1000, 1000))", index_setup),
    ("put", "np.put(a, flat, 1.5)", index_setup),
    ("place", "np.place(a, mask, [1.0, 2.0])", index_setup),
]
if __name__ == '__main__' and len(sys.argv) > 1 and sys.argv[1] == 'index':
    sys.argv = sys.argv[:1]
    run_cases(index_cases, thresh=1)
