import CBLAS

extension NDArray {
    /// `np.linalg.eigh(a, UPLO=)`: the eigenvalues (…, M), ascending, and the orthonormal
    /// eigenvectors (…, M, M; column i for eigenvalue i) of each symmetric matrix of the stack
    /// `a`, of which only the `upper` (UPLO 'U') or lower ('L') triangle is read; LAPACK `dsyevd`
    /// as NumPy's `eigh_lo`/`eigh_up` gufuncs.
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `init_evd`): a float64 copy of `a` unless it is
    /// float64; the outputs w then v; one `malloc` of `8·M·(M + 1)` bytes (A in Fortran order, W)
    /// and one of `8·(lwork + liwork)` bytes (`dsyevd`'s workspace query; LAPACK's integers are
    /// 8 bytes in NumPy's ILP64 build); float32 input: w then v converted. A matrix for which
    /// `dsyevd` does not converge gets NaNs, then ``EngineError/linearAlgebra(_:)``
    /// "Eigenvalues did not converge".
    public static func eigh(_ a: NDArray, upper: Bool = false) throws(EngineError) -> (eigenvalues: NDArray, eigenvectors: NDArray) {
        let (outputs, type) = try symmetricEigen(a, vectors: true, upper: upper)
        var w = outputs[0], v = outputs[1]
        w = try LinalgGufunc.converted(w, to: type)
        v = try LinalgGufunc.converted(v, to: type)
        return (w, v)
    }

    /// `np.linalg.eigvalsh(a, UPLO=)`: the eigenvalues (…, M), ascending, of each symmetric
    /// matrix of the stack `a` (`dsyevd` with `jobz = 'N'`). Memory as ``eigh(_:upper:)`` without
    /// the eigenvector output (and with `dsyevd`'s smaller workspace for values only).
    public static func eigvalsh(_ a: NDArray, upper: Bool = false) throws(EngineError) -> NDArray {
        let (outputs, type) = try symmetricEigen(a, vectors: false, upper: upper)
        return try LinalgGufunc.converted(outputs[0], to: type)
    }

    /// NumPy's `eigh_wrapper` loop: w (and v) in float64, and the dtype to convert them to.
    private static func symmetricEigen(_ a: NDArray, vectors: Bool, upper: Bool) throws(EngineError) -> ([NDArray], DType) {
        try LinalgGufunc.assertStackedSquare(a)
        let type = LinalgGufunc.resultType([a])
        let n = a.shape[a.ndim - 1]
        let call = try LinalgGufunc([a], coreDimensions: [2])
        var outputs = [try NDArray(empty: call.batch + [n], dtype: .float64)]
        if vectors { outputs.append(try NDArray(empty: call.batch + [n, n], dtype: .float64)) }
        let offsets = try call.batchOffsets(call.operands[0], coreDimensions: 2)
        guard !offsets.isEmpty, n > 0 else { return (outputs, type) }
        let buffer = try ArrayStorage(byteCount: 8 * n * (n + 1))
        let sizes = LAPACK.syevdWorkspace(vectors: vectors, n: n)
        let workspace = try ArrayStorage(byteCount: 8 * (sizes.doubles + sizes.integers))
        let outputOffsets = try outputs.map { (output) throws(EngineError) -> [Int] in try call.batchOffsets(output, coreDimensions: output.ndim - call.batch.count) }
        let matrix = LinalgGufunc.fortranMatrix(in: buffer, at: 0, n, n)
        var failed = false
        for index in offsets.indices {
            try LinalgGufunc.matrix(of: call.operands[0], at: offsets[index], n, n).assign(to: matrix)
            let w = outputs[0]
            let wTarget = NDArray(storage: w.storage, dtype: .float64, shape: [n, 1], strides: [w.strides[w.ndim - 1], 8], offset: outputOffsets[0][index])
            let vTarget = vectors ? LinalgGufunc.matrix(of: outputs[1], at: outputOffsets[1][index], n, n) : nil
            let outcome = LAPACK.syevd(vectors: vectors, upper: upper, n: n, a: buffer.base.assumingMemoryBound(to: Double.self),
                                       w: (buffer.base + 8 * n * n).assumingMemoryBound(to: Double.self),
                                       work: workspace.base.assumingMemoryBound(to: Double.self), lwork: sizes.doubles,
                                       iwork: (workspace.base + 8 * sizes.doubles).assumingMemoryBound(to: blasint.self), liwork: sizes.integers)
            guard outcome == .success else {
                failed = true
                LinalgGufunc.fillNaN(wTarget)
                if let vTarget { LinalgGufunc.fillNaN(vTarget) }
                continue
            }
            try LinalgGufunc.fortranMatrix(in: buffer, at: 8 * n * n, n, 1).assign(to: wTarget)
            if let vTarget { try matrix.assign(to: vTarget) }
        }
        withExtendedLifetime((buffer, workspace)) {}
        if failed { throw .linearAlgebra("Eigenvalues did not converge") }
        return (outputs, type)
    }
}
