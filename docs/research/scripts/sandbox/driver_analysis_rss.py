# The resident memory the NumPy driver's memray analysis adds after scenario code ends
# (docs/security.md, "Memory limit"): run `python3 driver_analysis_rss.py` in a scratch directory.
# MiB figures of VmRSS, RssAnon, RssFile: at start, after the tracked run, after reading the
# records with their native stacks (what the driver's heap_figures does).
import os, memray, tracemalloc, numpy as np
def st():
    d = {}
    for line in open("/proc/self/status"):
        k, v = line.split(":", 1)
        if k in ("VmRSS", "RssAnon", "RssFile", "RssShmem"): d[k] = int(v.split()[0]) // 1024
    return d
tracemalloc.start()
print("start", st())
a = np.ones(1000)
with memray.Tracker("probe.memray", native_traces=True, follow_fork=False):
    b = np.ones(1000) * 2
print("after tracker", st())
from memray import AllocatorType
reader = memray.FileReader("probe.memray")
n = 0
for r in reader.get_allocation_records():
    if AllocatorType(r.allocator) in (AllocatorType.MALLOC, AllocatorType.CALLOC):
        n += len(r.native_stack_trace())
print("after reading", st(), n)
os.unlink("probe.memray")
