extension NDArray {
    /// `np.linalg.cholesky(a, upper=)`: the lower-triangular `L` with `L·Lᵀ = A` (or, with
    /// `upper`, the upper-triangular `U = Lᵀ` with `Uᵀ·U = A`) of each symmetric
    /// positive-definite matrix of the stack `a` (…, M, M), from LAPACK `dpotrf`; only the
    /// triangle named by `upper` is read, the other one of the result is zero.
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `cholesky_lo`/`cholesky_up`): a float64 copy of `a`
    /// unless it is float64, the float64 result, then one work buffer of `8·M²` bytes (A in
    /// Fortran order, factored in place) for the whole call; float32 input gives a float32
    /// result (converted). A matrix that is not positive definite gets NaNs and, after the whole
    /// stack, ``EngineError/linearAlgebra(_:)`` "Matrix is not positive definite".
    public static func cholesky(_ a: NDArray, upper: Bool = false) throws(EngineError) -> NDArray {
        try LinalgGufunc.assertStackedSquare(a)
        let type = LinalgGufunc.resultType([a])
        let n = a.shape[a.ndim - 1]
        let call = try LinalgGufunc([a], coreDimensions: [2])
        let result = try NDArray(empty: call.batch + [n, n], dtype: .float64)
        let offsets = try call.batchOffsets(call.operands[0], coreDimensions: 2)
        let outputOffsets = try call.batchOffsets(result, coreDimensions: 2)
        if result.size > 0 {
            let work = try ArrayStorage(byteCount: 8 * n * n)
            let factor = work.base.assumingMemoryBound(to: Double.self)
            let fortran = LinalgGufunc.fortranMatrix(in: work, at: 0, n, n)
            var failed = false
            for index in offsets.indices {
                try LinalgGufunc.matrix(of: call.operands[0], at: offsets[index], n, n).assign(to: fortran)
                let target = LinalgGufunc.matrix(of: result, at: outputOffsets[index], n, n)
                guard LAPACK.potrf(n: n, upper: upper, a: factor) == .success else {
                    failed = true
                    LinalgGufunc.fillNaN(target)
                    continue
                }
                // Zero the triangle dpotrf left as it was (column-major: column j, rows i).
                for column in 0..<n {
                    let rows = upper ? (column + 1)..<n : 0..<column
                    for row in rows { factor[column * n + row] = 0 }
                }
                try fortran.assign(to: target)
            }
            withExtendedLifetime(work) {}
            if failed { throw .linearAlgebra("Matrix is not positive definite") }
        }
        return try LinalgGufunc.converted(result, to: type)
    }
}
