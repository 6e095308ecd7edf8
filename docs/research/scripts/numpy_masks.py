"""NumPy 2.4.6 memory of boolean-mask indexing, index assignment, np.where, np.nonzero and
np.count_nonzero (docs/research/numpy-masks.md).

Run: python3 docs/research/scripts/numpy_masks.py [case numbers]
Each case: tracemalloc's peak increment (all domains) and retained bytes, memray's ordered list
of allocations >= 4096 bytes (NPALLOC = NumPy's data allocator, with the C functions that asked)
and their frees (helpers in measure.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run_cases  # noqa: E402

n = 1_000_000                # 8 MB of float64
rows, cols = 1000, 1000
setup = f"""
rng = np.random.default_rng(0)
a1 = rng.random({n})
a32 = a1.astype(np.float32)
m1 = a1 > 0.5                                   # 1-D mask, about half true
k = int(m1.sum())
v = rng.random(k); v32 = v.astype(np.float32)
a2 = rng.random(({rows}, {cols})); aF = np.asfortranarray(a2)
m2 = a2 > 0.5; m2F = np.asfortranarray(m2)
mrows = rng.random({rows}) > 0.5; kr = int(mrows.sum())
mcols = rng.random({cols}) > 0.5
a3 = rng.random((200, 100, 50)); m3 = a3[:, :, 0] > 0.5; m3T = np.ascontiguousarray(m3.T).T
idx = rng.integers(0, {n}, {n} // 2); idx32 = idx.astype(np.int32)
vi = rng.random({n} // 2); vi32 = vi.astype(np.float32)
ridx = rng.integers(0, {rows}, 300)
lst = list(range(0, 3000, 3))
w = rng.random((50, 20000)); mw = rng.random(20000) > 0.5
"""

cases = [
    # boolean-mask reading
    ("a1[m1] (1-D, mask of a's shape)", "res = a1[m1]", setup),
    ("a2[m2] (2-D C, mask of a's shape)", "res = a2[m2]", setup),
    ("aF[m2] (F-order array)", "res = aF[m2]", setup),
    ("a2[m2F] (F-order mask)", "res = a2[m2F]", setup),
    ("a2[mrows] (mask of the leading dimension)", "res = a2[mrows]", setup),
    ("a2[mrows, :]", "res = a2[mrows, :]", setup),
    ("a2[:, mcols]", "res = a2[:, mcols]", setup),
    ("w[:, mw] (mask of the last dimension, 20000 columns)", "res = w[:, mw]", setup),
    ("a3[m3] (2-D mask of a 3-D array's leading dims)", "res = a3[m3]", setup),
    ("a3[m3T] (same, mask not C-contiguous)", "res = a3[m3T]", setup),
    ("a1[a1 > 0.5]", "res = a1[a1 > 0.5]", setup),
    ("a2[(m2,)] (1-tuple)", "res = a2[(m2,)]", setup),
    # boolean-mask assignment
    ("a1[m1] = 0.0", "a1[m1] = 0.0", setup),
    ("a1[m1] = 7 (int into float64)", "a1[m1] = 7", setup),
    ("a1[m1] = v (float64, count values)", "a1[m1] = v", setup),
    ("a1[m1] = v32 (float32, count values)", "a1[m1] = v32", setup),
    ("a32[m1] = v (float64 into float32)", "a32[m1] = v", setup),
    ("a2[m2] = a2[m2] * 2", "a2[m2] = a2[m2] * 2", setup),
    ("a2[mrows] = 0.0 (leading-dim mask)", "a2[mrows] = 0.0", setup),
    ("a2[mrows] = a2[0] (a row, broadcast)", "a2[mrows] = a2[0]", setup),
    ("a1[m1] += 1", "a1[m1] += 1", setup),
    # integer-array assignment
    ("a1[idx] = 0.0 (int64 idx)", "a1[idx] = 0.0", setup),
    ("a1[idx32] = 0.0 (int32 idx)", "a1[idx32] = 0.0", setup),
    ("a1[idx] = vi (float64)", "a1[idx] = vi", setup),
    ("a1[idx] = vi32 (float32)", "a1[idx] = vi32", setup),
    ("a1[idx32] = vi", "a1[idx32] = vi", setup),
    ("a1[idx] = a1[:500000] (value overlaps a1)", "a1[idx] = a1[:500000]", setup),
    ("a1[idx] = a1[500000:] (overlaps a1, disjoint from the written part?)", "a1[idx] = a1[500000:]", setup),
    ("a1[lst] = 1.0 (list index)", "a1[lst] = 1.0", setup),
    ("a2[ridx] = 0.0 (rows)", "a2[ridx] = 0.0", setup),
    ("a2[:, ridx] = 0.0 (columns)", "a2[:, ridx] = 0.0", setup),
    ("a2[ridx] = a2[0] (rows, broadcast row)", "a2[ridx] = a2[0]", setup),
    ("a2[ridx] = aF[:300] (F-order value, overlaps nothing)", "a2[ridx] = aF[:300]", setup),
    ("a1[idx] += 1", "a1[idx] += 1", setup),
    ("a1[10:500010] = vi (basic slice)", "a1[10:500010] = vi", setup),
    # where / nonzero / count_nonzero
    ("np.where(m1, a1, 0.0)", "res = np.where(m1, a1, 0.0)", setup),
    ("np.where(m1, a32, 0.5) (float32, weak float)", "res = np.where(m1, a32, 0.5)", setup),
    ("np.where(m1, a32, a1) (float32 and float64)", "res = np.where(m1, a32, a1)", setup),
    ("np.where(a1, 1, 0) (float condition, int scalars)", "res = np.where(a1, 1, 0)", setup),
    ("np.where(m2F, aF, 0.0) (F-order inputs)", "res = np.where(m2F, aF, 0.0)", setup),
    ("np.where(m2, a2[0], 0.0) (row broadcast)", "res = np.where(m2, a2[0], 0.0)", setup),
    ("np.where(m1) (1-D)", "res = np.where(m1)", setup),
    ("np.nonzero(m2) (2-D)", "res = np.nonzero(m2)", setup),
    ("np.nonzero(a3 > 0.5) (3-D)", "res = np.nonzero(a3 > 0.5)", setup),
    ("a2.nonzero() (float array)", "res = a2.nonzero()", setup),
    ("np.count_nonzero(a2)", "res = np.count_nonzero(a2)", setup),
    ("np.count_nonzero(m2, axis=0)", "res = np.count_nonzero(m2, axis=0)", setup),
    ("np.count_nonzero(a2, axis=1)", "res = np.count_nonzero(a2, axis=1)", setup),
]

if __name__ == "__main__":
    print(f"numpy {__import__('numpy').__version__}")
    run_cases(cases)
