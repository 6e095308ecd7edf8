extension NDArray {
    /// `np.var(a, axis=axes, dtype=dtype, out=out, ddof=ddof, keepdims=keepdims)`, computed as
    /// NumPy 2.4.6's `_methods._var` computes it, with its buffers:
    ///
    ///     m = add.reduce(a, axes, dtype, keepdims=True); m /= n        (n: elements reduced)
    ///     x = a - m                                                     (full size)
    ///     x *= x         (np.square in place; booleans: x * conjugate(x), a second full-size copy)
    ///     r = add.reduce(x, axes, dtype, out, keepdims); r /= max(n - ddof, 0)
    ///
    /// Boolean and integer input compute in float64 unless `dtype` says otherwise. The sums
    /// are the engine's reductions (NumPy's pairwise summation) and `x` has the input's axis
    /// order (NumPy's order K), so the results are NumPy's bit for bit; the divisions run in float64 and are
    /// cast back to a float32 result, as NumPy divides by an `intp` scalar.
    ///
    /// Memory: the kept-dimension mean (the reduced shape, one element per output element),
    /// then `x`, one full-size array of the input's shape (float64 for integer input; twice
    /// for boolean input), then the result (nothing with `out`); `x` and the mean are gone
    /// when this returns. For 10⁶ float64 values the peak is 8 000 016 bytes above the input.
    ///
    /// - Throws: bad axes, a `dtype` that is not floating point (NumPy's integer `dtype=`
    ///   variance, with its unsafe casts, is not supported here), ``reduce(_:_:axes:dtype:out:keepdims:)``'s
    ///   errors for `out`.
    public static func variance(_ a: NDArray, axes: [Int]?, dtype: DType? = nil, out: NDArray? = nil,
                                ddof: Double = 0, keepdims: Bool = false) throws(EngineError) -> NDArray {
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        if let dtype, !dtype.isFloatingPoint {
            throw .unsupportedDType("np.var/np.std with dtype=\(dtype) (an integer or boolean accumulator) is not supported; use a float dtype")
        }
        if let out, !out.dtype.isFloatingPoint {
            throw .unsupportedDType("np.var/np.std into an out= array of dtype \(out.dtype) is not supported; use a float output")
        }
        let sumType = dtype ?? (a.dtype.isFloatingPoint ? nil : .float64)
        let count = reduced.reduce(1) { $0 * a.shape[$1] }
        // The mean and `x` live until the result exists, as `_var`'s locals do.
        let mean = try reduce(.add, a, axes: reduced, dtype: sumType, keepdims: true)
        try mean.divideInPlace(by: Double(count))
        let (_, xType) = try BinaryOperator.subtract.loop(a.dtype, mean.dtype)
        // `subtract(arr, arrmean, out=...)` allocates in order K: the input's axis order (the
        // broadcast mean does not constrain it), so the second sum runs in NumPy's order.
        let x = NDArray(storage: try ArrayStorage(byteCount: a.size * xType.itemSize, dtype: xType, shape: a.shape), dtype: xType, shape: a.shape,
                        strides: a.layoutStrides(for: .keep, itemSize: xType.itemSize))
        _ = try apply(.subtract, .array(a), .array(mean), out: x)
        if a.dtype == .bool {
            // NumPy's general branch, `multiply(x, conjugate(x), out=x)`: conjugate copies.
            let conjugate = try x.copy(order: .keep)
            _ = try apply(.multiply, .array(x), .array(conjugate), out: x)
        } else {
            _ = try apply(.square, x, out: x)
        }
        let result = try reduce(.add, x, axes: reduced, dtype: sumType, out: out, keepdims: keepdims)
        withExtendedLifetime((mean, x)) {}
        try result.divideInPlace(by: Swift.max(Double(count) - ddof, 0))
        return result
    }

    /// `np.std`: ``variance(_:_:axes:dtype:out:ddof:keepdims:)`` with the square root taken in
    /// place (NumPy's `sqrt(ret, out=ret)`); the same memory.
    public static func standardDeviation(_ a: NDArray, axes: [Int]?, dtype: DType? = nil, out: NDArray? = nil,
                                         ddof: Double = 0, keepdims: Bool = false) throws(EngineError) -> NDArray {
        let result = try variance(a, axes: axes, dtype: dtype, out: out, ddof: ddof, keepdims: keepdims)
        return try apply(.sqrt, result, out: result)
    }

    /// `self /= divisor` for a float array, the quotient computed in float64 and cast back, as
    /// NumPy's `true_divide(t, n, out=t, casting='unsafe')` with a strong `intp` or float64
    /// scalar `n` computes it. Allocates nothing.
    func divideInPlace(by divisor: Double) throws(EngineError) {
        try dtype.dispatch(DivideInPlace(target: self, divisor: divisor))
    }
}

/// `t[i] = T(Double(t[i]) / divisor)` over a float array: the float64 loop NumPy runs when a
/// float32 array is divided by a float64 or int64 scalar. (For float32 the result equals a
/// float32 division by an exactly representable divisor: double rounding is innocuous for
/// division from 53 to 24 bits.)
private struct DivideInPlace: DTypeVisitor {
    let target: NDArray
    let divisor: Double

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let plan = StridedLoop(shape: target.shape, strides: [target.strides])
        let d = divisor
        try plan.forEachRun(bases: [target.baseAddress]) { p, s, n throws(EngineError) in
            for i in 0..<n {
                let o = p[0] + i * s[0]
                o.storeBytes(of: T(floatCast: o.load(as: T.self).doubleValue / d), as: T.self)
            }
        }
        withExtendedLifetime(target) {}
    }
}
