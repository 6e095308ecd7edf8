/// NumPy's nan-functions (numpy/lib/_nanfunctions_impl.py), step for step, so that their
/// buffers are NumPy's (docs/research/numpy-nan-functions.md).
///
/// Most start with NumPy's `_replace_nan(a, val)`: for a float array, the mask `isnan(a)`
/// (one byte per element), then a copy of `a` (order K) with `val` written where the mask is
/// true; both live until the function returns. Integer and boolean arrays have no NaN: no
/// mask, no copy, the plain reduction runs on `a`.
extension NDArray {
    /// NumPy's `_replace_nan(a, value)`: the copy with NaNs replaced and the mask, or `a`
    /// itself and nil for a non-float array.
    static func replacingNaN(_ a: NDArray, with value: Double) throws(EngineError) -> (NDArray, NDArray?) {
        guard a.dtype.isFloatingPoint else { return (a, nil) }
        let mask = try classify(.isnan, a)
        let copy = try a.copy(order: .keep)
        try copy.fill(.float(value), where: mask)
        return (copy, mask)
    }

    /// `np.nansum` (`op: .add`) and `np.nanprod` (`op: .multiply`): the reduction of the copy
    /// with NaNs replaced by 0 (1), while the mask and the copy live.
    public static func nanReduce(_ op: BinaryOperator, _ a: NDArray, axes: [Int]?, dtype: DType? = nil, out: NDArray? = nil,
                                 keepdims: Bool = false) throws(EngineError) -> NDArray {
        guard op == .add || op == .multiply else { throw .invalidArgument("nan-reduction of \(op.rawValue) is not supported") }
        let (x, mask) = try replacingNaN(a, with: op == .add ? 0 : 1)
        let result = try reduce(op, x, axes: axes, dtype: dtype, out: out, keepdims: keepdims)
        withExtendedLifetime((x, mask)) {}
        return result
    }

    /// `np.nancumsum` / `np.nancumprod`: `np.cumsum` of the copy with NaNs replaced (axis nil:
    /// of the flattened copy, a view when the copy is C-contiguous).
    public static func nanAccumulate(_ op: BinaryOperator, _ a: NDArray, axis: Int?, dtype: DType? = nil,
                                     out: NDArray? = nil) throws(EngineError) -> NDArray {
        guard op == .add || op == .multiply else { throw .invalidArgument("nan-accumulation of \(op.rawValue) is not supported") }
        let (x, mask) = try replacingNaN(a, with: op == .add ? 0 : 1)
        let source = axis == nil ? try x.ravel() : x
        let result = try accumulate(op, source, axis: axis ?? 0, dtype: dtype, out: out)
        withExtendedLifetime((x, mask)) {}
        return result
    }

    /// `np.nanmin` / `np.nanmax` of an ndarray: `np.fmin.reduce` / `np.fmax.reduce` (no
    /// copy: NaNs lose to numbers, an all-NaN slice gives NaN), then NumPy's
    /// `np.isnan(res).any()` check, whose boolean temporary exists for an array result only.
    public static func nanExtremum(largest: Bool, _ a: NDArray, axes: [Int]?, out: NDArray? = nil,
                                   keepdims: Bool = false) throws(EngineError) -> NDArray {
        let result = try reduce(largest ? .fmax : .fmin, a, axes: axes, out: out, keepdims: keepdims)
        if result.ndim > 0 {
            let bad = try classify(.isnan, result)
            _ = try truthReduce(.any, bad, axes: nil)
        }
        return result
    }

    /// `np.nanargmin` / `np.nanargmax`: `_replace_nan(a, ±inf)`; the mask reduced by `np.all`
    /// along `axis` (the full mask is freed then); `ValueError: All-NaN slice encountered` if
    /// any slice is all NaN; `np.argmin`/`np.argmax` of the copy.
    public static func nanArgExtremum(largest: Bool, _ a: NDArray, axis: Int?, out: NDArray? = nil,
                                      keepdims: Bool = false) throws(EngineError) -> NDArray {
        let x: NDArray
        var mask: NDArray?
        (x, mask) = try replacingNaN(a, with: largest ? -.infinity : .infinity)
        if (mask?.size ?? 0) > 0 {
            let slices = try truthReduce(.all, mask!, axes: axis.map { [$0] })
            mask = slices  // NumPy rebinds `mask`: the full mask is freed here
            if try truthReduce(.any, slices, axes: nil).element([], as: Bool.self) {
                throw .invalidArgument("All-NaN slice encountered")
            }
        }
        let result = try argExtremum(largest: largest, x, axis: axis, out: out, keepdims: keepdims)
        withExtendedLifetime((x, mask)) {}
        return result
    }

    /// `np.nanmean`: for a float array, `cnt = sum(~mask)` (int64; the inverted mask is a
    /// temporary), `tot = sum(copy)` and `tot / cnt` in place — as a float64 division cast
    /// back, NumPy's unsafe `divide(tot, cnt, out=tot)` — then NumPy's `cnt == 0` check (a
    /// boolean temporary for an array count). Other arrays: ``mean(_:axes:dtype:out:keepdims:)``.
    public static func nanMean(_ a: NDArray, axes: [Int]?, dtype: DType? = nil, out: NDArray? = nil,
                               keepdims: Bool = false) throws(EngineError) -> NDArray {
        let (x, maskOrNil) = try replacingNaN(a, with: 0)
        guard let mask = maskOrNil else { return try mean(a, axes: axes, dtype: dtype, out: out, keepdims: keepdims) }
        try checkInexact(dtype: dtype, out: out)
        let count = try validCount(mask, axes: axes, keepdims: keepdims)
        let total = try reduce(.add, x, axes: axes, dtype: dtype, out: out, keepdims: keepdims)
        try divide(total, byCount: count)
        if count.ndim > 0 {
            let bad = try apply(.equal, .array(count), .scalar(.int(0)))
            _ = try truthReduce(.any, bad, axes: nil)
        }
        withExtendedLifetime((x, mask)) {}
        return total
    }

    /// `np.nanvar` (and, with `sqrt: true`, `np.nanstd`, the root taken in place): NumPy's
    /// steps — the count and the sum of the copy kept with the reduced dimensions, the mean
    /// (sum / count in place), the copy centred, re-zeroed at the NaNs and squared in place,
    /// its sum (the result), `dof = cnt − ddof` (a new array), the division, and the
    /// `dof <= 0` check. Non-float arrays: ``variance(_:axes:dtype:out:ddof:keepdims:)``.
    public static func nanVariance(_ a: NDArray, axes: [Int]?, dtype: DType? = nil, out: NDArray? = nil, ddof: Double = 0,
                                   keepdims: Bool = false, sqrt: Bool = false) throws(EngineError) -> NDArray {
        let (x, maskOrNil) = try replacingNaN(a, with: 0)
        guard let mask = maskOrNil else {
            return sqrt ? try standardDeviation(a, axes: axes, dtype: dtype, out: out, ddof: ddof, keepdims: keepdims)
                        : try variance(a, axes: axes, dtype: dtype, out: out, ddof: ddof, keepdims: keepdims)
        }
        try checkInexact(dtype: dtype, out: out)
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        let count = try validCount(mask, axes: reduced, keepdims: true)
        let mean = try reduce(.add, x, axes: reduced, dtype: dtype, keepdims: true)
        try divide(mean, byCount: count)
        _ = try apply(.subtract, .array(x), .array(mean), out: x)
        try x.fill(.int(0), where: mask)
        _ = try apply(.multiply, .array(x), .array(x), out: x)
        let result = try reduce(.add, x, axes: reduced, dtype: dtype, out: out, keepdims: keepdims)
        let counts = result.ndim < count.ndim ? count.squeezing(reduced) : count
        let dof = try apply(.subtract, .array(counts), ddof == ddof.rounded() ? .scalar(.int(Int64(ddof))) : .scalar(.float(ddof)))
        try divide(result, byCount: dof)
        let bad = try apply(.lessEqual, .array(dof), .scalar(.int(0)))
        if try truthReduce(.any, bad, axes: nil).element([], as: Bool.self) { try result.fill(.float(.nan), where: bad) }
        withExtendedLifetime((x, mask, mean)) {}
        if sqrt { _ = try apply(.sqrt, result, out: result) }
        return result
    }

    /// NumPy's `np.sum(~mask, axis, dtype=intp, keepdims)`: the inverted mask is a temporary.
    private static func validCount(_ mask: NDArray, axes: [Int]?, keepdims: Bool) throws(EngineError) -> NDArray {
        let valid = try apply(.invert, mask)
        return try reduce(.add, valid, axes: axes, dtype: .int64, keepdims: keepdims)
    }

    /// NumPy's `_divide_by_count(a, b)`: `divide(a, b, out=a, casting='unsafe')` (a float64
    /// division cast back). A 1-d count of more than one element is first cast to float64 as a
    /// whole, a temporary NumPy 2.4.6 makes there (measured; 0-d and keepdims counts are not).
    private static func divide(_ target: NDArray, byCount count: NDArray) throws(EngineError) {
        let divisor = count.ndim == 1 && count.size > 1 ? try count.astype(.float64) : count
        _ = try apply(.divide, .array(target), .array(divisor), out: target)
    }

    private static func checkInexact(dtype: DType?, out: NDArray?) throws(EngineError) {
        if let dtype, !dtype.isFloatingPoint { throw .castingRefused("If a is inexact, then dtype must be inexact") }
        if let out, !out.dtype.isFloatingPoint { throw .castingRefused("If a is inexact, then out must be inexact") }
    }

    /// The view without the (length-1) dimensions `axes`.
    func squeezing(_ axes: [Int]) -> NDArray {
        let kept = shape.indices.filter { !axes.contains($0) }
        return NDArray(storage: storage, dtype: dtype, shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }, offset: offset)
    }
}
