import CBLAS

extension NDArray {
    /// What `np.linalg.lstsq` returns.
    public struct LeastSquaresSolution {
        /// (N,) for a 1-D `b`, else (N, K): the minimum-norm solution.
        public let x: NDArray
        /// (K,) (or (1,)): the squared residual norms when the rank is N and M > N, else empty.
        public let residuals: NDArray
        /// The effective rank of `a`.
        public let rank: Int
        /// (min(M, N),): the singular values of `a`.
        public let s: NDArray
    }

    /// `np.linalg.lstsq(a, b, rcond=None)`: the `x` minimising ‖b − a·x‖₂ for a 2-D `a` (M, N)
    /// and `b` (M,) or (M, K), by LAPACK `dgelsd` as NumPy's `lstsq` gufunc
    /// (`(m,n),(m,nrhs),()->(n,nrhs),(nrhs),(),(p)`); `rcond` nil is `eps · max(M, N)`.
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `init_gelsd`): float64 copies of the operands that are
    /// not float64; the outputs x (N×K), residuals (K), rank, s (min(M, N)); one `malloc` of
    /// `8·(M·N + max(M, N)·K + min(M, N))` bytes (A and B in Fortran order, S) and one of
    /// `8·(lwork + liwork)` bytes (`dgelsd`'s workspace query; LAPACK's integers are 8 bytes in
    /// NumPy's ILP64 build), both freed before the call returns; then the wrapper's
    /// `x.astype(result_t, copy=True)` — always a copy of x, the gufunc's x freed after it — and,
    /// unless the rank is N and M > N, an empty residuals array.
    public static func lstsq(_ a: NDArray, _ b: NDArray, rcond: Double? = nil) throws(EngineError) -> LeastSquaresSolution {
        let vector = b.ndim == 1
        let rhs = vector ? try b.reshape([b.shape[0], 1]) : b
        for array in [a, rhs] where array.ndim != 2 {
            throw .linearAlgebra("\(array.ndim)-dimensional array given. Array must be two-dimensional")
        }
        let (m, n, k) = (a.shape[0], a.shape[1], rhs.shape[1])
        guard rhs.shape[0] == m else { throw .linearAlgebra("Incompatible dimensions") }
        let type = LinalgGufunc.resultType([a, b])
        let call = try LinalgGufunc([a, rhs], coreDimensions: [2, 2])
        let p = Swift.min(m, n)
        let x = try NDArray(empty: [n, k], dtype: .float64)
        let residuals = try NDArray(empty: [k], dtype: .float64)
        let s = try NDArray(empty: [p], dtype: .float64)
        let threshold = rcond ?? Double.ulpOfOne * Double(Swift.max(m, n))
        var rank: blasint = 0
        if m > 0, n > 0, k > 0 {
            let rows = Swift.max(m, n)
            let buffer = try ArrayStorage(byteCount: 8 * (m * n + rows * k + p))
            let sizes = LAPACK.gelsdWorkspace(m: m, n: n, rightHandSides: k)
            let workspace = try ArrayStorage(byteCount: 8 * (sizes.doubles + sizes.integers))
            try call.operands[0].assign(to: LinalgGufunc.fortranMatrix(in: buffer, at: 0, m, n))
            let bMatrix = NDArray(storage: buffer, dtype: .float64, shape: [m, k], strides: [8, 8 * rows], offset: 8 * m * n)
            try call.operands[1].assign(to: bMatrix)
            let base = (buffer.base + 8 * m * n).assumingMemoryBound(to: Double.self)
            let singular = (buffer.base + 8 * (m * n + rows * k)).assumingMemoryBound(to: Double.self)
            let outcome = LAPACK.gelsd(m: m, n: n, rightHandSides: k, a: buffer.base.assumingMemoryBound(to: Double.self), b: base,
                                       s: singular, rcond: threshold, rank: &rank,
                                       work: workspace.base.assumingMemoryBound(to: Double.self), lwork: sizes.doubles,
                                       iwork: (workspace.base + 8 * sizes.doubles).assumingMemoryBound(to: blasint.self))
            guard outcome == .success else {
                withExtendedLifetime((buffer, workspace)) {}
                throw .linearAlgebra("SVD did not converge in Linear Least Squares")
            }
            try NDArray(storage: buffer, dtype: .float64, shape: [n, k], strides: [8, 8 * rows], offset: 8 * m * n).assign(to: x)
            try NDArray(storage: buffer, dtype: .float64, shape: [p], strides: [8], offset: 8 * (m * n + rows * k)).assign(to: s)
            let r = residuals.baseAddress.assumingMemoryBound(to: Double.self)
            for column in 0..<k {
                var sum = 0.0
                if m >= n, Int(rank) == n {
                    for row in n..<m { sum += base[column * rows + row] * base[column * rows + row] }
                } else {
                    sum = .nan
                }
                r[column] = sum
            }
            withExtendedLifetime((buffer, workspace)) {}
        }
        let kept = Int(rank) == n && m > n ? try LinalgGufunc.converted(residuals, to: type) : try NDArray(empty: [0], dtype: type)
        let values = try LinalgGufunc.converted(s, to: type)
        var solution = try x.astype(type)
        if vector { solution = try solution.reshape([n]) }
        return LeastSquaresSolution(x: solution, residuals: kept, rank: Int(rank), s: values)
    }
}
