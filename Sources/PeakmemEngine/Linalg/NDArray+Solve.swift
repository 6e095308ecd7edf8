import CBLAS

extension NDArray {
    /// `np.linalg.solve(a, b)`: `x` with `a·x = b` for each matrix of the stack `a` (…, M, M);
    /// `b` is one vector (M,) — NumPy's `solve1` gufunc, `(m,m),(m)->(m)` — or a stack of
    /// M×K matrices (…, M, K) — `solve`, `(m,m),(m,n)->(m,n)`; batch dimensions broadcast.
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `solve`/`solve1` through ``LinalgGufunc``): a float64
    /// copy of each operand that is not float64, the float64 result, then one work buffer of
    /// `8·(M² + M·K + M)` bytes (`K = 1` for a vector `b`: the Fortran-ordered copies of A and B
    /// and the pivots) for the whole call, freed before the ufunc returns; a float32 result is
    /// the float64 one converted. A singular matrix anywhere in the stack fills its result with
    /// NaN and, after the whole stack, raises ``EngineError/linearAlgebra(_:)``
    /// "Singular matrix" (LAPACK `dgesv` reports a zero pivot).
    public static func solve(_ a: NDArray, _ b: NDArray) throws(EngineError) -> NDArray {
        try LinalgGufunc.assertStackedSquare(a)
        let type = LinalgGufunc.resultType([a, b])
        let vector = b.ndim == 1
        let n = a.shape[a.ndim - 1]
        let bRows = b.shape[Swift.max(b.ndim - 2, 0)]
        guard bRows == n else {
            let signature = vector ? "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m)"
                                   : "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n)"
            throw .invalidArgument("\(signature) (size \(bRows) is different from \(n))")
        }
        let call = try LinalgGufunc([a, b], coreDimensions: [2, vector ? 1 : 2])
        let k = vector ? 1 : b.shape[b.ndim - 1]
        let x = try NDArray(empty: call.batch + (vector ? [n] : [n, k]), dtype: .float64)
        try GESVLoop(n: n, rightHandSides: k).run(call, output: x) { buffer, index, offsets throws(EngineError) in
            // B: the right-hand side(s), Fortran-ordered.
            let rhs = call.operands[1]
            let source = vector ? NDArray(storage: rhs.storage, dtype: .float64, shape: [n, 1], strides: [rhs.strides[0], 8], offset: offsets[index])
                                : LinalgGufunc.matrix(of: rhs, at: offsets[index], n, k)
            try source.assign(to: LinalgGufunc.fortranMatrix(in: buffer, at: 8 * n * n, n, k))
        }
        return try LinalgGufunc.converted(x, to: type)
    }

    /// `np.linalg.inv(a)`: the inverse of each matrix of the stack `a` (…, M, M), solving
    /// `A·X = I` with LAPACK `dgesv` as NumPy's `inv` gufunc does.
    ///
    /// Memory (NumPy 2.4.6): a float64 copy of `a` unless it is float64, the float64 result,
    /// then one work buffer of `8·(2·M² + M)` bytes (Fortran-ordered A, the identity that becomes
    /// the inverse, the pivots) for the whole call, freed before the ufunc returns — 800×800:
    /// 5 120 000 + 10 246 400 bytes at the peak. A float32 result is the float64 one converted
    /// (a new array; the float64 one freed after it). A singular matrix: NaNs, then
    /// ``EngineError/linearAlgebra(_:)`` "Singular matrix".
    public static func inv(_ a: NDArray) throws(EngineError) -> NDArray {
        try LinalgGufunc.assertStackedSquare(a)
        let type = LinalgGufunc.resultType([a])
        let n = a.shape[a.ndim - 1]
        let call = try LinalgGufunc([a], coreDimensions: [2])
        let result = try NDArray(empty: call.batch + [n, n], dtype: .float64)
        try GESVLoop(n: n, rightHandSides: n).run(call, output: result) { buffer, _, _ in
            let identity = (buffer.base + 8 * n * n).assumingMemoryBound(to: Double.self)
            identity.update(repeating: 0, count: n * n)
            for i in 0..<n { identity[i * n + i] = 1 }
        }
        return try LinalgGufunc.converted(result, to: type)
    }
}

/// The batch loop NumPy's `solve`, `solve1` and `inv` gufuncs share (`init_gesv`,
/// `call_gesv`): one work buffer of `8·(n² + n·nrhs + n)` bytes — A, B, pivots — and, per
/// matrix, A linearized, B filled by the caller, `dgesv`, and B delinearized into the output
/// (or NaNs when A is singular).
private struct GESVLoop {
    let n: Int
    let rightHandSides: Int

    /// Runs the loop over `call`'s batch; `fillB(buffer, batchIndex, offsetsOfOperand1)` writes
    /// B (column-major n×nrhs, `8·n²` bytes into the buffer). Throws "Singular matrix" after
    /// the whole batch when some matrix was singular.
    func run(_ call: LinalgGufunc, output: NDArray,
             fillB: (ArrayStorage, Int, [Int]) throws(EngineError) -> Void) throws(EngineError) {
        guard output.size > 0 else { return }
        let (n, k) = (n, rightHandSides)
        let work = try ArrayStorage(byteCount: 8 * (n * n + n * k + n))
        let a = call.operands[0]
        let aOffsets = try call.batchOffsets(a, coreDimensions: 2)
        let bOffsets = call.operands.count > 1 ? try call.batchOffsets(call.operands[1], coreDimensions: call.coreDimensions[1]) : []
        let outputCore = output.ndim - call.batch.count
        let outputOffsets = try call.batchOffsets(output, coreDimensions: outputCore)
        let factors = work.base.assumingMemoryBound(to: Double.self)
        let solution = (work.base + 8 * n * n).assumingMemoryBound(to: Double.self)
        let pivots = (work.base + 8 * (n * n + n * k)).assumingMemoryBound(to: blasint.self)
        var singular = false
        for index in aOffsets.indices {
            try LinalgGufunc.matrix(of: a, at: aOffsets[index], n, n).assign(to: LinalgGufunc.fortranMatrix(in: work, at: 0, n, n))
            try fillB(work, index, bOffsets)
            let target = outputCore == 1
                ? NDArray(storage: output.storage, dtype: .float64, shape: [n, 1], strides: [output.strides[output.ndim - 1], 8], offset: outputOffsets[index])
                : LinalgGufunc.matrix(of: output, at: outputOffsets[index], n, k)
            if LAPACK.gesv(n: n, rightHandSides: k, a: factors, pivots: pivots, b: solution) == .success {
                try LinalgGufunc.fortranMatrix(in: work, at: 8 * n * n, n, k).assign(to: target)
            } else {
                singular = true
                LinalgGufunc.fillNaN(target)
            }
        }
        withExtendedLifetime(work) {}
        if singular { throw .linearAlgebra("Singular matrix") }
    }
}
