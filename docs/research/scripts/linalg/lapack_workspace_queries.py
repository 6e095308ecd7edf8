"""LAPACK workspace queries (dgesdd, dsyevd, dgelsd) of Debian's OpenBLAS 0.3.21 (LP64) and NumPy's bundled scipy_openblas64_ 0.3.31 (ILP64), side by side (numpy-linalg.md)."""
import ctypes, glob, numpy as np
deb = ctypes.CDLL("/usr/lib/x86_64-linux-gnu/libopenblas.so.0")
npl = ctypes.CDLL(glob.glob("/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numpy.libs/libscipy_openblas64_*.so")[0])
def q_gesdd(lib, name, I, jobz, m, n):
    f = getattr(lib, name)
    c = ctypes.c_char(jobz.encode())
    M, N = I(m), I(n); ld = I(max(m, 1)); ucol = {'A': m, 'S': min(m, n), 'N': 1}[jobz]; vtc = {'A': n, 'S': min(m, n), 'N': 1}[jobz]
    ldvt = I(max(vtc,1)); lwork = I(-1); info = I(0); w = ctypes.c_double(0)
    a = (ctypes.c_double * 1)(); s = (ctypes.c_double * 1)(); iw = (I * 1)()
    f(ctypes.byref(c), ctypes.byref(M), ctypes.byref(N), a, ctypes.byref(ld), s, a, ctypes.byref(ld), a, ctypes.byref(ldvt), ctypes.byref(w), ctypes.byref(lwork), iw, ctypes.byref(info), ctypes.c_size_t(1))
    return int(w.value)
def q_syevd(lib, name, I, jobz, n):
    f = getattr(lib, name); c = ctypes.c_char(jobz.encode()); u = ctypes.c_char(b'L')
    N = I(n); ld = I(max(n,1)); lwork = I(-1); liwork = I(-1); info = I(0); w = ctypes.c_double(0); iw = I(0)
    a = (ctypes.c_double * 1)()
    f(ctypes.byref(c), ctypes.byref(u), ctypes.byref(N), a, ctypes.byref(ld), a, ctypes.byref(w), ctypes.byref(lwork), ctypes.byref(iw), ctypes.byref(liwork), ctypes.byref(info), ctypes.c_size_t(1), ctypes.c_size_t(1))
    return int(w.value), iw.value
def q_gelsd(lib, name, I, m, n, nrhs):
    f = getattr(lib, name)
    M, N, R = I(m), I(n), I(nrhs); lda = I(max(m,1)); ldb = I(max(m, n, 1)); rcond = ctypes.c_double(-1); rank = I(0); lwork = I(-1); info = I(0); w = ctypes.c_double(0); iw = I(0)
    a = (ctypes.c_double * 1)()
    f(ctypes.byref(M), ctypes.byref(N), ctypes.byref(R), a, ctypes.byref(lda), a, ctypes.byref(ldb), a, ctypes.byref(rcond), ctypes.byref(rank), ctypes.byref(w), ctypes.byref(lwork), ctypes.byref(iw), ctypes.byref(info))
    return int(w.value), iw.value
for args in [('A', 800, 800), ('S', 800, 800), ('N', 800, 800), ('S', 20000, 100), ('A', 20000, 100), ('N', 20000, 100), ('S', 100, 20000), ('S', 200, 300), ('S', 1000, 50)]:
    print('gesdd', args, q_gesdd(deb, 'dgesdd_', ctypes.c_int32, *args), q_gesdd(npl, 'scipy_dgesdd_64_', ctypes.c_int64, *args))
for args in [('V', 800), ('N', 800), ('V', 200)]:
    print('syevd', args, q_syevd(deb, 'dsyevd_', ctypes.c_int32, *args), q_syevd(npl, 'scipy_dsyevd_64_', ctypes.c_int64, *args))
for args in [(20000, 100, 1), (800, 800, 10), (1000, 50, 1)]:
    print('gelsd', args, q_gelsd(deb, 'dgelsd_', ctypes.c_int32, *args), q_gelsd(npl, 'scipy_dgelsd_64_', ctypes.c_int64, *args))
