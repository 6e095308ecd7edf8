"""Exact NumPy data-buffer figures of seed 002's einsum expressions (NumPy 2.4.6), as asserted in
Tests/PeakmemRuntimeTests/EinsumRuntimeTests.swift and scenarios/einsum-paths.yaml.

Every buffer NumPy's data allocator (PyDataMem_UserNEW) asks malloc for is recorded with memray
(native stacks); the printed figures are the peak increment and retained bytes of those buffers,
then the ordered allocations (+) and frees (-). Requests under 1024 bytes are served from NumPy's
small-buffer cache and never reach malloc, so they are invisible here (the 8-byte 0-d step results
of a path); run at n=300, q=302 so that every vector (2400 or 2416 bytes) is seen.

    python3 docs/research/scripts/einsum_seed002.py > docs/research/scripts/einsum_seed002.out
"""
import gc, os, tempfile
import memray
import numpy as np


def npdomain(stmt, ns):
    code = compile(stmt, '<m>', 'exec')
    gc.collect()
    fd, path = tempfile.mkstemp(suffix='.bin'); os.close(fd); os.unlink(path)
    with memray.Tracker(path, native_traces=True):
        exec(code, ns)
    live, cur, peak, seq = {}, 0, 0, []
    for rec in memray.FileReader(path).get_allocation_records():
        kind = rec.allocator if not isinstance(rec.allocator, int) else memray.AllocatorType(rec.allocator)
        if kind.name in ('FREE', 'MUNMAP', 'PYMALLOC_FREE'):
            if rec.address in live:
                size = live.pop(rec.address); cur -= size; seq.append(-size)
            continue
        if kind.name not in ('MALLOC', 'CALLOC', 'REALLOC', 'POSIX_MEMALIGN', 'ALIGNED_ALLOC'):
            continue
        if any(f[0].startswith('PyDataMem_User') for f in rec.native_stack_trace()):
            live[rec.address] = rec.size; cur += rec.size; peak = max(peak, cur); seq.append(rec.size)
    os.unlink(path)
    return peak, cur, seq


n, q = 300, 302
rng = np.random.default_rng(0)
ns = dict(np=np, A=rng.normal(size=(n, n)), B=rng.normal(size=(q,)), Y2=rng.normal(size=(n,)), Z2=rng.normal(size=(q, n)))
exec("C = np.einsum('i, jk -> ijk', B, A); C2 = np.einsum('j, ik -> ijk', Y2, Z2)", ns)
for stmt in [
    "r = np.einsum('i, jk -> ijk', B, A)",
    "r = np.einsum('ijk, ikj -> k', C, C)",
    "r = np.einsum('i, jk, i, kj -> k', B, A, B, A)",
    "r = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize='optimal')",
    "r = np.einsum('j, ik, k, ij -> k', Y2, Z2, Y2, Z2, optimize='optimal')",
    "r = np.einsum('i, jk, k, ij -> k', B, A, Y2, Z2, optimize='optimal')",
    "r = np.einsum('j, ik, i, kj -> k', Y2, Z2, B, A, optimize='optimal')",
    "r = np.einsum('ijk, ikj -> k', C+C2, C+C2)",
    "r = np.einsum('ijk,kj->i', C, A, optimize=True)",
]:
    peak, retained, seq = npdomain(stmt, dict(ns))
    print(f"{stmt}\n    peak {peak}  retained {retained}  buffers {seq}")
