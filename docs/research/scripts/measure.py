"""Measurement helpers for the numpy-products report.

tm(stmt, ns)  -> tracemalloc figures (all domains peak, numpy-domain retained)
mr(stmt, ns)  -> memray figures: peak (incl. plain malloc), ordered list of big
                 allocations/frees (>= THRESH bytes) with allocator names.
"""
import os, gc, sys, tempfile, tracemalloc
import numpy as np
import memray

DOM = np.lib.tracemalloc_domain
THRESH = 4096

def _np_domain_total(snap):
    return sum(s.size for s in snap.filter_traces([tracemalloc.DomainFilter(True, DOM)]).statistics('filename'))

def tm(stmt, ns):
    gc.collect()
    tracemalloc.start()
    try:
        s0 = tracemalloc.take_snapshot()
        cur0, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        exec(stmt, ns)
        cur1, peak = tracemalloc.get_traced_memory()
        s1 = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    return dict(tm_peak_inc=peak - cur0, tm_retained_all=cur1 - cur0,
                tm_retained_npdomain=_np_domain_total(s1) - _np_domain_total(s0))

def _who(rec):
    try:
        fr = [f[0] for f in rec.native_stack_trace()]
    except Exception:
        return '?'
    if any(f.startswith('PyDataMem_UserNEW') for f in fr):
        # name the numpy function that asked for the buffer
        for f in fr:
            if f in ('new_array_for_sum', 'PyArray_NewCopy', 'PyArray_NewLikeArray', 'npyiter_new_temp_array',
                     'PyArray_Zeros', 'PyArray_Empty', 'PyArray_FromArray', 'PyArray_Nonzero', 'array_nonzero',
                     'npyiter_allocate_arrays', 'PyArray_NewFromDescr_int'):
                pass
        chain = [f for f in fr if not f.startswith(('default_', 'PyDataMem', 'PyArray_NewFromDescr_int', '_Py', 'Py_', 'cfunction', 'method_vectorcall'))]
        return 'NPALLOC<' + '<'.join(chain[:3]) + '>'
    for f in fr:
        if 'scipy_' in f or 'blas' in f.lower() or 'thread' in f:
            return 'BLAS<' + f + '>'
    top = [f for f in fr if f not in ('malloc', 'calloc', 'realloc', 'free') and 'memray' not in f and not f.startswith('intercept')]
    if top and ('PyArena' in top[0] or 'obmalloc' in top[0] or top[0].startswith(('_PyObject', 'PyMem', '_PyMem'))):
        return 'PY<' + top[0] + '>'
    return 'MALLOC<' + '<'.join(top[:2]) + '>'

def mr(stmt, ns, thresh=THRESH):
    gc.collect()
    fd, path = tempfile.mkstemp(suffix='.bin'); os.close(fd); os.unlink(path)
    with memray.Tracker(path, native_traces=True):
        exec(stmt, ns)
    r = memray.FileReader(path)
    peak = r.metadata.peak_memory
    live = {}
    events = []
    for rec in r.get_allocation_records():
        name = memray.AllocatorType(rec.allocator).name if isinstance(rec.allocator, int) else rec.allocator.name
        if name in ('FREE', 'MUNMAP', 'PYMALLOC_FREE'):
            if rec.address in live:
                sz, idx = live.pop(rec.address)
                events.append(('free', sz, idx))
        else:
            if rec.size >= thresh:
                idx = len([e for e in events if e[0] != 'free'])
                live[rec.address] = (rec.size, idx)
                events.append((name.lower() + ':' + _who(rec), rec.size, idx))
    os.unlink(path)
    retained = sum(sz for sz, _ in live.values())
    return dict(mr_peak=peak, mr_big_retained=retained, events=events)

def fmt_events(events):
    out = []
    blas = {}
    blas_idx = set(i for k, s, i in events if 'BLAS<' in k)
    for kind, sz, idx in events:
        if idx in blas_idx:
            if kind != 'free':
                blas[(kind, sz)] = blas.get((kind, sz), 0) + 1
            continue
        if kind == 'free':
            out.append(f"free#{idx}({sz})")
        else:
            out.append(f"{kind}#{idx}({sz})")
    if blas:
        out.append('| BLAS-internal (malloc+free inside the BLAS call): ' + ', '.join(f"{n}x {k}({s})" for (k, s), n in blas.items()))
    return ' '.join(out)

def run(label, stmt, setup, thresh=THRESH, show=True):
    ns = {'np': np}
    exec('import numpy as np\n' + setup, ns)
    # warm-up BLAS & caches with a tiny product of the same kind
    exec("np.dot(np.ones((3,3)), np.ones((3,3)))", ns)
    ns2 = dict(ns)
    a = tm(stmt, ns2)
    ns3 = dict(ns)
    b = mr(stmt, ns3, thresh)
    if show:
        print(f"== {label}\n   stmt: {stmt}")
        print(f"   tracemalloc peak_inc={a['tm_peak_inc']} retained_all={a['tm_retained_all']} retained_npdomain={a['tm_retained_npdomain']}")
        print(f"   memray peak={b['mr_peak']} big_retained={b['mr_big_retained']}")
        print(f"   events: {fmt_events(b['events'])}")
    return a, b

def run_cases(cases, thresh=THRESH, describe=None):
    """run() each (label, stmt, setup) case, or only those whose numbers are given as arguments;
    describe(ns), when given, returns a line about the namespace after a fresh setup + stmt."""
    sel = sys.argv[1:]
    for i, (label, stmt, setup) in enumerate(cases):
        if sel and str(i) not in sel: continue
        print(f"\n#{i}", flush=True)
        run(label, stmt, setup, thresh)
        if describe is not None:
            ns = {'np': np}; exec(setup, ns); exec(stmt, ns)
            line = describe(ns)
            if line: print(line)
        sys.stdout.flush()
