extension NDArray {
    /// `np.linspace(start, stop, num, endpoint, dtype)` for scalar bounds: `num` values
    /// `start + i·step`, `step = (stop − start) / (num − 1)` (`/ num` without the endpoint),
    /// the last one exactly `stop` when `endpoint` is true; also returns `step` (NaN when
    /// `num` ≤ 1 with the endpoint, or 0), as `retstep=True` does.
    ///
    /// Computed as NumPy's Python implementation computes it, in `compute` (float64, or
    /// float32 for float32 bounds): `y = arange(0, num)`; `y *= step` (when `step` is 0:
    /// `y /= div; y *= delta`); `y += start`; `y[-1] = stop`; for an integer `dtype`
    /// `floor(y, out=y)`; then `y.astype(dtype, copy=False)`.
    ///
    /// Memory: the `compute` array of `num` elements; when `dtype` differs, also the
    /// converted result, so the peak holds both (NumPy's figures: 12 MB for 10^6 float32
    /// values, 16 MB for int64).
    public static func linspace(_ start: Double, _ stop: Double, count num: Int, endpoint: Bool = true,
                                compute: DType = .float64, dtype: DType? = nil) throws(EngineError) -> (values: NDArray, step: Double) {
        guard num >= 0 else { throw .invalidArgument("Number of samples, \(num), must be non-negative.") }
        let single = compute == .float32
        let div = endpoint ? num - 1 : num
        // delta and step as NumPy computes them, in the compute dtype.
        let delta = single ? Double(Float(stop) - Float(start)) : stop - start
        var y = try arange(.int(0), .int(Int64(num)), dtype: compute)
        var step = Double.nan
        if div > 0 {
            step = single ? Double(Float(delta) / Float(div)) : delta / Double(div)
            if step == 0 {
                try y.applyInPlace(.divide, .scalar(.int(Int64(div))))
                try y.applyInPlace(.multiply, .scalar(.float(delta)))
            } else {
                try y.applyInPlace(.multiply, .scalar(.float(step)))
            }
        } else {
            y = try apply(.multiply, .array(y), .scalar(.float(delta)))
        }
        try y.applyInPlace(.add, .scalar(.float(start)))
        if endpoint && num > 1 { try y.view(at: [.integer(-1)]).fill(.float(stop)) }
        let target = dtype ?? compute
        if target.isInteger { _ = try apply(.floor, y, out: y) }
        return (try y.astype(target, order: .keep, copy: false), step)
    }
}
