"""NumPy 2.4.6 memory of numpy.fft (pocketfft C++, numpy/fft/_pocketfft_umath.cpp) and of
complex arithmetic (docs/research/numpy-fft.md).

Run: python3 docs/research/scripts/numpy_fft.py [case numbers]
Each case: tracemalloc's peak increment (all domains) and retained bytes, memray's heap peak
(plain malloc included: pocketfft's plan and scratch) and the ordered list of allocations
>= 4096 bytes with their frees (helpers in measure.py). Each case is measured twice in one
process: tracemalloc first, then memray, so the memray run finds pocketfft's plan cache warm
when the tracemalloc run made it (see the note, section 1).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run_cases  # noqa: E402

setup = """
rng = np.random.default_rng(0)
x = rng.random(65536)                 # 2^16 float64, 512 KiB
p = rng.random(65537)                 # prime length
q = rng.random(10007)                 # prime length
m = rng.random(60000)                 # 2^5 3 5^4
z = x + 1j * rng.random(65536)        # complex128
zp = p + 1j * rng.random(65537)
X = rng.random((512, 512))
Z = X + 1j * rng.random((512, 512))
X3 = rng.random((64, 64, 64))
x32 = x.astype(np.float32)
z64 = z.astype(np.complex64)
o = np.empty(65536, complex)
"""

cases = [
    ("fft(x) 2^16 real", "r = np.fft.fft(x)", setup),
    ("fft(z) 2^16 complex", "r = np.fft.fft(z)", setup),
    ("fft(p) prime 65537 real", "r = np.fft.fft(p)", setup),
    ("fft(q) prime 10007", "r = np.fft.fft(q)", setup),
    ("fft(m) 60000", "r = np.fft.fft(m)", setup),
    ("ifft(z)", "r = np.fft.ifft(z)", setup),
    ("rfft(x)", "r = np.fft.rfft(x)", setup),
    ("rfft(p)", "r = np.fft.rfft(p)", setup),
    ("irfft(rfft(x)) (irfft only)", "r = np.fft.irfft(y)", setup + "y = np.fft.rfft(x)\n"),
    ("fft(x, n=100000)", "r = np.fft.fft(x, n=100000)", setup),
    ("fft(x, n=1000)", "r = np.fft.fft(x, n=1000)", setup),
    ("fft2(X)", "r = np.fft.fft2(X)", setup),
    ("fft2(Z)", "r = np.fft.fft2(Z)", setup),
    ("ifft2(Z)", "r = np.fft.ifft2(Z)", setup),
    ("rfft2(X)", "r = np.fft.rfft2(X)", setup),
    ("fftn(X3)", "r = np.fft.fftn(X3)", setup),
    ("rfftn(X3)", "r = np.fft.rfftn(X3)", setup),
    ("irfftn(Y3)", "r = np.fft.irfftn(Y3)", setup + "Y3 = np.fft.rfftn(X3)\n"),
    ("fft(X, axis=0)", "r = np.fft.fft(X, axis=0)", setup),
    ("fft(X) axis -1", "r = np.fft.fft(X)", setup),
    ("hfft(zh)", "r = np.fft.hfft(zh)", setup + "zh = z[:32769].copy()\n"),
    ("fftfreq", "r = np.fft.fftfreq(65536)", setup),
    ("rfftfreq", "r = np.fft.rfftfreq(65536)", setup),
    ("fftshift(z)", "r = np.fft.fftshift(z)", setup),
    ("ifftshift(X)", "r = np.fft.ifftshift(X)", setup),
    ("fft(x32)", "r = np.fft.fft(x32)", setup),
    ("fft(z, out=o)", "r = np.fft.fft(z, out=o)", setup),
    ("fft(x, norm='ortho')", "r = np.fft.fft(x, norm='ortho')", setup),
    ("z * 2.0", "r = z * 2.0", setup),
    ("z * x", "r = z * x", setup),
    ("abs(z)", "r = np.abs(z)", setup),
    ("z.real", "r = z.real", setup),
    ("np.conj(z)", "r = np.conj(z)", setup),
    ("np.angle(z)", "r = np.angle(z)", setup),
    ("z.sum()", "r = z.sum()", setup),
    ("z.mean()", "r = z.mean()", setup),
    ("np.exp(z)", "r = np.exp(z)", setup),
    ("z == z", "r = z == z", setup),
    ("x + 1j", "r = x + 1j", setup),
    ("fft(x) twice", "r = np.fft.fft(x); r = np.fft.fft(x)", setup),
    ("ifft(fft(p))", "r = np.fft.ifft(np.fft.fft(p))", setup),
    ("fft(x) 2^20", "r = np.fft.fft(big)", setup + "big = rng.random(1 << 20)\n"),
    ("irfft(zp) n odd", "r = np.fft.irfft(zp[:32769], n=65537)", setup),
    ("fft(x32) complex64", "r = np.fft.fft(z64)", setup),
]

if __name__ == "__main__":
    run_cases(cases)
