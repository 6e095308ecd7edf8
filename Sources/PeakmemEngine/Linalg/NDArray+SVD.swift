import CBLAS

extension NDArray {
    /// The factors `np.linalg.svd` returns: `a = u @ (s[..., None] * vh)` per matrix.
    public struct SingularValueDecomposition {
        /// (…, M, M) with full matrices, else (…, M, K); K = min(M, N).
        public let u: NDArray
        /// (…, K), descending.
        public let s: NDArray
        /// (…, N, N) with full matrices, else (…, K, N).
        public let vh: NDArray
    }

    /// `np.linalg.svd(a, full_matrices=, compute_uv=True)` of each matrix of the stack `a`
    /// (…, M, N), by LAPACK `dgesdd` (divide and conquer) as NumPy's `svd_f`/`svd_s` gufuncs.
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `init_gesdd`): a float64 copy of `a` unless it is
    /// float64; the float64 outputs u, s, vh in that order; then, for the whole call, one
    /// `malloc` of `8·(M·N + K + R·M + N·C) + 64·K` bytes — A in Fortran order, S, U, Vᵀ and
    /// LAPACK's 8·K 8-byte integers, with `R = C = M, N` (full) or `K` (reduced) — and a second
    /// of `8·lwork` bytes, `lwork` being `dgesdd`'s own workspace query (the same answer from
    /// Debian's OpenBLAS 0.3.21 and NumPy's 0.3.31: docs/research/numpy-linalg.md). float32
    /// input: each output converted in turn (u, s, vh), the float64 one freed after its copy.
    /// A matrix whose iteration does not converge gets NaNs, then
    /// ``EngineError/linearAlgebra(_:)`` "SVD did not converge".
    public static func svd(_ a: NDArray, fullMatrices: Bool = true) throws(EngineError) -> SingularValueDecomposition {
        let (outputs, type) = try SVDLoop(a, vectors: fullMatrices ? .full : .reduced).run()
        var u = outputs[0], s = outputs[1], vh = outputs[2]
        u = try LinalgGufunc.converted(u, to: type)
        s = try LinalgGufunc.converted(s, to: type)
        vh = try LinalgGufunc.converted(vh, to: type)
        return SingularValueDecomposition(u: u, s: s, vh: vh)
    }

    /// `np.linalg.svd(a, compute_uv=False)`: the singular values (…, K), descending, by `dgesdd`
    /// with `jobz = 'N'` (NumPy's `svd` gufunc). Memory: the float64 output, then one `malloc`
    /// of `8·(M·N + K) + 64·K` bytes and one of `8·lwork`.
    public static func singularValues(_ a: NDArray) throws(EngineError) -> NDArray {
        let (outputs, type) = try SVDLoop(a, vectors: .none).run()
        return try LinalgGufunc.converted(outputs[0], to: type)
    }
}

/// NumPy's `svd_wrapper` loop (`umath_linalg.cpp`): the outputs, the two work buffers, and per
/// matrix A linearized, `dgesdd`, and S (U, Vᵀ) delinearized.
private struct SVDLoop {
    let call: LinalgGufunc
    let type: DType
    let vectors: LAPACK.SingularVectors
    let (m, n): (Int, Int)

    init(_ a: NDArray, vectors: LAPACK.SingularVectors) throws(EngineError) {
        guard a.ndim >= 2 else {
            throw .linearAlgebra("\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
        }
        type = LinalgGufunc.resultType([a])
        call = try LinalgGufunc([a], coreDimensions: [2])
        self.vectors = vectors
        (m, n) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1])
    }

    /// u, s, vh (or s alone for `.none`) in float64, and the dtype to convert them to.
    func run() throws(EngineError) -> ([NDArray], DType) {
        let k = Swift.min(m, n)
        let (uColumns, vtRows) = switch vectors { case .full: (m, n); case .reduced: (k, k); case .none: (0, 0) }
        var outputs: [NDArray] = []
        if vectors != .none { outputs.append(try NDArray(empty: call.batch + [m, uColumns], dtype: .float64)) }
        outputs.append(try NDArray(empty: call.batch + [k], dtype: .float64))
        if vectors != .none { outputs.append(try NDArray(empty: call.batch + [vtRows, n], dtype: .float64)) }
        let a = call.operands[0]
        let offsets = try call.batchOffsets(a, coreDimensions: 2)
        guard !offsets.isEmpty, m > 0, n > 0 else { return (outputs, type) }
        // init_gesdd: A, S, U (R·M), Vᵀ (N·C), iwork (8·K 8-byte integers); then the workspace.
        let (aBytes, sBytes, uBytes, vtBytes) = (8 * m * n, 8 * k, 8 * uColumns * m, 8 * n * vtRows)
        let buffer = try ArrayStorage(byteCount: aBytes + sBytes + uBytes + vtBytes + 64 * k)
        let lwork = LAPACK.gesddWorkspace(vectors, m: m, n: n)
        let workspace = try ArrayStorage(byteCount: 8 * lwork)
        let pointer = { (offset: Int) in (buffer.base + offset).assumingMemoryBound(to: Double.self) }
        let (sPointer, uPointer, vtPointer) = (pointer(aBytes), pointer(aBytes + sBytes), pointer(aBytes + sBytes + uBytes))
        let iwork = (buffer.base + aBytes + sBytes + uBytes + vtBytes).assumingMemoryBound(to: blasint.self)
        let outputOffsets = try outputs.map { (output) throws(EngineError) -> [Int] in try call.batchOffsets(output, coreDimensions: output.ndim - call.batch.count) }
        let singular = vectors == .none ? 0 : 1
        var failed = false
        for index in offsets.indices {
            try LinalgGufunc.matrix(of: a, at: offsets[index], m, n).assign(to: LinalgGufunc.fortranMatrix(in: buffer, at: 0, m, n))
            let s = outputs[singular]
            let sTarget = NDArray(storage: s.storage, dtype: .float64, shape: [k, 1], strides: [s.strides[s.ndim - 1], 8], offset: outputOffsets[singular][index])
            var targets = [sTarget]
            if vectors != .none {
                targets.append(LinalgGufunc.matrix(of: outputs[0], at: outputOffsets[0][index], m, uColumns))
                targets.append(LinalgGufunc.matrix(of: outputs[2], at: outputOffsets[2][index], vtRows, n))
            }
            let outcome = LAPACK.gesdd(vectors, m: m, n: n, a: pointer(0), s: sPointer, u: uPointer, vt: vtPointer,
                                       work: workspace.base.assumingMemoryBound(to: Double.self), lwork: lwork, iwork: iwork)
            guard outcome == .success else {
                failed = true
                targets.forEach(LinalgGufunc.fillNaN)
                continue
            }
            try LinalgGufunc.fortranMatrix(in: buffer, at: aBytes, k, 1).assign(to: sTarget)
            if vectors != .none {
                try LinalgGufunc.fortranMatrix(in: buffer, at: aBytes + sBytes, m, uColumns).assign(to: targets[1])
                try LinalgGufunc.fortranMatrix(in: buffer, at: aBytes + sBytes + uBytes, vtRows, n).assign(to: targets[2])
            }
        }
        withExtendedLifetime((buffer, workspace)) {}
        if failed { throw .linearAlgebra("SVD did not converge") }
        return (outputs, type)
    }
}
