extension NDArray {
    /// `np.linalg.pinv(a, rcond=1e-15)`: the Moore–Penrose pseudo-inverse of each matrix of the
    /// stack `a` (…, M, N), computed as NumPy 2.4.6's `_linalg.py` computes it: the reduced SVD
    /// `u, s, vt`, the singular values at most `rcond · max(s)` set to zero and the others
    /// inverted in place, then `vtᵀ @ (s[..., None] · uᵀ)`.
    ///
    /// Memory: ``svd(_:fullMatrices:)``'s (u, s, vt and its two work buffers), a few K-sized
    /// arrays (the cutoff, the `large` mask and its negation), the K×M product `s[..., None] · uᵀ`
    /// (as large as u), and the N×M result, while u, s and vt stay alive.
    public static func pinv(_ a: NDArray, rcond: Double = 1e-15) throws(EngineError) -> NDArray {
        let factors = try svd(a, fullMatrices: false)   // a.conjugate() is a itself for real dtypes
        let s = factors.s
        let largest = try reduce(.maximum, s, axes: [s.ndim - 1], dtype: nil, out: nil, keepdims: true, identity: nil)
        let cutoff = try largest * Scalar.float(rcond)
        let large = try apply(.greater, .array(s), .array(cutoff))
        // divide(1, s, where=large, out=s); s[~large] = 0
        s.invertSingularValues(where: large)
        let small = try apply(.invert, large)
        withExtendedLifetime((largest, cutoff, small)) {}
        let scaled = try apply(.multiply, .array(s.reshape(s.shape + [1])), .array(factors.u.swapaxes(-1, -2)))
        return try matmul(factors.vh.swapaxes(-1, -2), scaled)
    }

    /// `np.linalg.matrix_rank(A)` (default tolerance) of a stack of matrices (at least two
    /// dimensions): the number of singular values of each matrix above
    /// `max(s) · max(M, N) · eps`. Memory: ``singularValues(_:)``'s buffers, then K-sized
    /// temporaries.
    public static func matrixRank(_ a: NDArray) throws(EngineError) -> NDArray {
        let s = try singularValues(a)
        let eps: Double = s.dtype == .float32 ? Double(Float.ulpOfOne) : Double.ulpOfOne
        let rtol = Double(Swift.max(a.shape[a.ndim - 2], a.shape[a.ndim - 1])) * eps
        let tolerance = try reduce(.maximum, s, axes: [s.ndim - 1], dtype: nil, out: nil, keepdims: true, identity: .float(0)) * Scalar.float(rtol)
        let above = try apply(.greater, .array(s), .array(tolerance))
        return try reduce(.add, above, axes: [above.ndim - 1], dtype: .int64)
    }

    /// `np.linalg.cond(x)` (p None or 2; -2 with `smallest`): the ratio of the largest to the
    /// smallest singular value of each matrix (`s[..., 0] / s[..., -1]`; NumPy's conversion of a
    /// NaN ratio — a zero matrix — to inf is not done). Memory: ``singularValues(_:)``'s
    /// buffers, then the ratio.
    public static func cond(_ x: NDArray, smallest: Bool = false) throws(EngineError) -> NDArray {
        if x.ndim >= 2, x.shape[x.ndim - 1] * x.shape[x.ndim - 2] == 0 {
            throw .linearAlgebra("cond is not defined on empty arrays")
        }
        let s = try singularValues(x)
        let k = s.shape[s.ndim - 1]
        let first = try s.view(at: [.ellipsis, .integer(0)]), last = try s.view(at: [.ellipsis, .integer(k - 1)])
        let ratio = smallest ? try apply(.divide, .array(last), .array(first)) : try apply(.divide, .array(first), .array(last))
        return ratio
    }
}

extension NDArray {
    /// `divide(1, s, where=mask, out=s)` then `s[~mask] = 0`, for the fresh C-ordered float
    /// array `s` of singular values.
    fileprivate func invertSingularValues(where mask: NDArray) {
        let flags = mask.baseAddress.assumingMemoryBound(to: Bool.self)
        if dtype == .float64 {
            let s = baseAddress.assumingMemoryBound(to: Double.self)
            for i in 0..<size { s[i] = flags[i] ? 1 / s[i] : 0 }
        } else {
            let s = baseAddress.assumingMemoryBound(to: Float.self)
            for i in 0..<size { s[i] = flags[i] ? 1 / s[i] : 0 }
        }
    }
}
