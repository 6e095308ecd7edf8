from measure import run_cases
D = "from scipy import sparse; rng = np.random.default_rng(0); M = rng.random((1000, 2000)); M[M < 0.8] = 0; nnz = int(np.count_nonzero(M)); print('   nnz =', nnz)"
cases = [
 ("csr_matrix(M) float64 1000x2000 ~20% nnz", "S = sparse.csr_matrix(M)", D),
 ("csr_matrix(M32) float32", "S = sparse.csr_matrix(M)", D + "; M = M.astype(np.float32)"),
 ("csr_array(M) float64", "S = sparse.csr_array(M)", D),
 ("coo_matrix(M) float64", "S = sparse.coo_matrix(M)", D),
 ("np.nonzero(M)", "r = np.nonzero(M)", D),
 ("M[np.nonzero(M)]", "r = M[idx]", D + "; idx = np.nonzero(M)"),
 ("csr @ dense (2000x50 C) float64", "R = S @ B", D + "; S = sparse.csr_matrix(M); B = rng.random((2000, 50))"),
 ("csr @ dense F-ordered (ravel copies)", "R = S @ B", D + "; S = sparse.csr_matrix(M); B = np.asfortranarray(rng.random((2000, 50)))"),
 ("csr32 @ dense64 (data cast inside sparsetools)", "R = S @ B", D + "; S = sparse.csr_matrix(M.astype(np.float32)); B = rng.random((2000, 50))"),
 ("csr @ vector", "r = S @ v", D + "; S = sparse.csr_matrix(M); v = rng.random(2000)"),
 ("dense @ csr.T (seed003 bar4 style: w @ dsp.T)", "R = w @ S.T", D + "; S = sparse.csr_matrix(M); w = rng.random((30, 2000))"),
]
run_cases(cases, thresh=2048)
