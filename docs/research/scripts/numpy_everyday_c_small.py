"""The peak of NumPy's own data allocations of every size (NPALLOC and plain malloc, not Python
objects, after a warm-up product) for a numpy_everyday_c.py case: the figure the ledger's exact bytes are compared with
where small arrays (edges, counts, masks of a last block) are live at the peak.

Run: python3 docs/research/scripts/numpy_everyday_c_small.py CASE...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
from measure import mr  # noqa: E402
from numpy_everyday_c import cases  # noqa: E402

for number in sys.argv[1:]:
    label, stmt, setup = cases[int(number)]
    ns = {'np': np}
    exec('import numpy as np\n' + setup, ns)
    exec("np.dot(np.ones((3, 3)), np.ones((3, 3)))", ns)   # OpenBLAS's buffers before the measurement
    events = mr(stmt, ns, thresh=1)['events']
    live, current, peak = {}, 0, 0
    for kind, size, index in events:
        if kind == 'free':
            current -= live.pop(index, 0)
        elif 'NPALLOC<' in kind or 'MALLOC<' in kind and 'PY<' not in kind:
            live[index] = size
            current += size
            peak = max(peak, current)
    print(f"#{number} {label}: data peak {peak}, retained {current}")
