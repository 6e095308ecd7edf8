"""The values LinalgSolverTests compares with: NumPy 2.4.6 on small operands (numpy_linalg_values.out)."""
import numpy as np
rng = np.random.default_rng(0)
M = rng.standard_normal((50, 50)); A = M @ M.T + 50 * np.eye(50)
b = rng.standard_normal((50, 3))
print(np.linalg.inv(A)[0, :3])
print(np.linalg.solve(A, b)[:2])
print(np.linalg.solve(A, b[:, 0])[:3])
print(np.linalg.det(A[:5, :5]), np.linalg.slogdet(A))
print(np.linalg.cholesky(A)[:3, :3])
print(np.linalg.cholesky(A, upper=True)[:3, :3])
print(np.linalg.norm(A), np.linalg.norm(A, axis=1)[:3], np.linalg.norm(A, 1), np.linalg.norm(A, np.inf), np.linalg.norm(b, 3, axis=0), np.linalg.norm(b, 0, axis=0), np.linalg.norm(b, -np.inf, axis=1)[:3])
print(np.linalg.norm(A, keepdims=True).shape, np.linalg.norm(A, axis=(0, 1), keepdims=True).shape, np.linalg.norm(np.arange(5)))
S = np.stack([A, A * 2]); print(np.linalg.det(S), np.linalg.inv(S).shape, np.linalg.solve(S, b).shape)
print(np.linalg.inv(A.astype(np.float32)).dtype, np.linalg.det(A.astype(np.float32)))
try:
    np.linalg.inv(np.zeros((3, 3)))
except np.linalg.LinAlgError as e:
    print("caught", e)
try:
    np.linalg.cholesky(-A)
except np.linalg.LinAlgError as e:
    print("caught", e)
try:
    np.linalg.inv(np.zeros((3, 4)))
except np.linalg.LinAlgError as e:
    print("caught", e)
# SVD family (values are sign-free: singular vectors' signs may differ between LAPACK builds)
T = rng.standard_normal((40, 6))
u, s, vh = np.linalg.svd(T, full_matrices=False)
print(s[:3], abs(u[0, :3]), abs(vh[0, :3]), np.linalg.svd(T)[0].shape, np.linalg.svd(T, compute_uv=False)[-1])
print(np.linalg.pinv(T)[:2, :3])
x, r, k, sv = np.linalg.lstsq(T, b[:40, 0])
print(x[:3], r, k, sv[:2])
print(np.linalg.matrix_rank(A), np.linalg.matrix_rank(T[:, [0, 1, 1]]), np.linalg.cond(A), np.linalg.cond(A, -2), np.linalg.norm(A, 2), np.linalg.norm(A, 'nuc'))
# eigh family, matrix_power, multi_dot
w, v = np.linalg.eigh(A[:6, :6])
print(w[:3], abs(v[0, :3]), np.linalg.eigvalsh(A[:6, :6], UPLO='U')[-1])
print(np.linalg.matrix_power(A[:4, :4], 5)[0, :2], np.linalg.matrix_power(A[:4, :4], -3)[0, :2], np.linalg.matrix_power(A[:4, :4], 0)[0])
C1, C2, C3, C4 = rng.standard_normal((10, 3)), rng.standard_normal((3, 8)), rng.standard_normal((8, 2)), rng.standard_normal((2, 7))
print(np.linalg.multi_dot([C1, C2, C3, C4])[0, :3], np.linalg.multi_dot([C1[:, 0], C1, C2, C3[:, 0]]), np.linalg.multi_dot([C2[0], C3]))
