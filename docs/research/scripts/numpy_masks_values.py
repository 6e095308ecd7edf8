"""The values NumPy 2.4.6 gives for the inputs of peakmem's mask, index-assignment, where and
nonzero tests (Tests/PeakmemEngineTests/BooleanIndexingTests.swift, Tests/PeakmemRuntimeTests/MaskTests.swift).

Run: python3 docs/research/scripts/numpy_masks_values.py
"""
import numpy as np

a = np.arange(12.0).reshape(3, 4)
m = np.array([[1, 0, 0, 1], [0, 1, 1, 0], [0, 0, 1, 1]], dtype=bool)
a3 = np.arange(24.0).reshape(4, 3, 2)
m3 = np.array([[1, 0, 1], [0, 0, 0], [1, 1, 0], [0, 1, 0]], dtype=bool)
lines = {
    "a[m]": a[m],
    "np.asfortranarray(a)[m.T.copy().T]": np.asfortranarray(a)[m.T.copy().T],
    "a3[m3]": a3[m3],
    "a3[m3.T.copy().T]": a3[m3.T.copy().T],
    "a[:, [True, False, True, False]]": a[:, [True, False, True, False]],
    "a[[True, False, True]]": a[[True, False, True]],
    "a[m[:, 0], 1:]": a[m[:, 0], 1:],
    "a[a > 6.5]": a[a > 6.5],
}
for k, v in lines.items():
    print(f"{k} -> {v!r}")


def show(label, code, ns):
    exec(code, ns)
    print(f"{label} -> {ns['r']!r}")


ns = dict(np=np, a=a, m=m, a3=a3, m3=m3)
show("b[m] = -1.0", "r = a.copy(); r[m] = -1.0", ns)
show("b[m] = float32 values", "r = a.copy(); r[m] = np.arange(6, dtype=np.float32) * 10 + 0.5", ns)
show("b[m] = [7]", "r = a.copy(); r[m] = np.array([7])", ns)
show("i[m5] = 2.7 (int64)", "r = np.arange(5); r[np.array([True, False, True, False, True])] = 2.7", ns)
show("c[[1, 3, 1]] = [5, 6, 7]", "r = np.arange(10.0); r[[1, 3, 1]] = [5.0, 6.0, 7.0]", ns)
show("c[idx32] = 9 (negative)", "r = np.arange(10.0); r[np.array([-1, 0], dtype=np.int32)] = 9", ns)
show("d[[0, 2]] = arange(4)", "r = np.zeros((3, 4)); r[[0, 2]] = np.arange(4.0)", ns)
show("d[:, [1, 3]] = [[1, 2], [3, 4], [5, 6]]", "r = np.zeros((3, 4)); r[:, [1, 3]] = [[1, 2], [3, 4], [5, 6]]", ns)
show("d[[0, 1], [1, 2]] = 8", "r = np.zeros((3, 4)); r[[0, 1], [1, 2]] = 8", ns)
show("d[[0, 2]] = ones((1, 2, 4))", "r = np.zeros((3, 4)); r[[0, 2]] = np.ones((1, 2, 4))", ns)
show("u[[0, 1]] = int64 [300, -1]", "r = np.zeros(3, np.uint8); r[[0, 1]] = np.array([300, -1])", ns)
show("e[[1, 2, 3]] = e[0:3] (overlap: value copied)", "r = np.arange(10.0); r[[1, 2, 3]] = r[0:3]", ns)
show("f[mask] = f[0:3] (overlap, no copy)", "r = np.arange(5.0); r[np.array([False, True, True, True, False])] = r[0:3]", ns)
show("a3[m3] = 0 (leading mask)", "r = a3.copy(); r[m3] = 0", ns)
show("a3[m3] = [1, 2] (row broadcast)", "r = a3.copy(); r[m3] = [1.0, 2.0]", ns)
show("a[m] += 100", "r = a.copy(); r[m] += 100", ns)
show("a[[0, 0, 2]] += 1 (repeated: once)", "r = a.copy(); r[[0, 0, 2]] += 1", ns)

u = np.array([1, 2], np.uint8); c = np.array([True, False]); f32 = np.array([1.5, 2.5], np.float32)
for e in ["np.where(c, u, 300)", "np.where(c, f32, 0.5)", "np.where(c, u, 2.5)", "np.where(c, 1, 0)",
          "np.where(np.array([0.0, np.nan]), u, np.array([7, 8], np.int32))", "np.where(c, 1, [[2], [3]])",
          "np.where(a > 4, a, -a)", "np.where(True, u, 5)",
          "np.nonzero(np.array([[0, 1, 0], [2, 0, 3]]))", "np.nonzero(np.array([[0, 1, 0], [2, 0, 3]]))[1].strides",
          "np.where(np.array([0.0, -0.0, np.nan, 2.0]))", "np.count_nonzero(np.array([0.0, -0.0, np.nan, 2.0]))",
          "np.count_nonzero(a > 4, axis=0)", "np.count_nonzero(a, axis=1, keepdims=True)", "np.count_nonzero(a, axis=(0, 1))",
          "(a > 4).nonzero()"]:
    print(f"{e} -> {eval(e)!r}")
