extension NDArray {
    /// `np.cov(m, y, rowvar, bias, ddof, dtype=)`: the covariance matrix of the variables in the
    /// rows of `m` (columns when `rowvar` is false), with those of `y` appended:
    /// `c[i, j] = Σₖ (Xᵢₖ - X̄ᵢ)(Xⱼₖ - X̄ⱼ) · (1 / (n - ddof))`, `ddof` 1 by default (0 with `bias`),
    /// squeezed (a 0-d array for one variable).
    ///
    /// As NumPy 2.4.6's `numpy/lib/_function_base_impl.py`: `X = np.array(m, ndmin=2,
    /// dtype=float64)` — a copy, order K — (transposed, a view, when `rowvar` is false);
    /// `y` converted without a copy where it can be and `X = np.concatenate((X, y))` (the first
    /// copy freed); `avg = average(X, axis=1, returned=True)`: the row means and a copy of the
    /// sample count broadcast to their shape (freed at once); `X -= avg[:, None]` in place;
    /// `c = dot(X, X.T)` (`dsyrk`); `c *= 1 / fact`. With `fact <= 0` NumPy warns and the
    /// factor is `inf`.
    ///
    /// Memory: the converted copy of `m` (`rows · n · 8` bytes), plus the concatenation of `m`'s
    /// and `y`'s rows while the copy is still held; then the means (`rows · 8`, twice for a
    /// moment) and the `rows × rows` result. Everything but the result is freed on return.
    ///
    /// - Throws: `ValueError` "m has more than 2 dimensions" (or `y`), concatenation errors.
    public static func covariance(_ m: NDArray, _ y: NDArray? = nil, rowvar: Bool = true, bias: Bool = false, ddof: Int? = nil,
                                  dtype: DType? = nil) throws(EngineError) -> NDArray {
        guard m.ndim <= 2 else { throw .invalidArgument("m has more than 2 dimensions") }
        if let y, y.ndim > 2 { throw .invalidArgument("y has more than 2 dimensions") }
        let type = dtype ?? DType.promote(DType.promote(m.dtype, y?.dtype ?? m.dtype), .float64)
        var x = try m.astype(type, order: .keep, copy: true).atLeast(2)
        if !rowvar && m.ndim != 1 { x = x.T }
        if x.shape[0] == 0 { return try NDArray(empty: [0, 0], dtype: .float64) }
        if let y {
            var other = try (y.dtype == type ? y : y.astype(type, order: .keep)).atLeast(2)
            if !rowvar && other.shape[0] != 1 { other = other.T }
            x = try concatenate([x, other], axis: 0)
        }
        let samples = x.shape[1]
        let average = try mean(x, axes: [1])
        _ = try NDArray(empty: average.shape, dtype: average.dtype)   // average's `returned` weight sum, dropped at once
        let fact = samples - (ddof ?? (bias ? 0 : 1))
        _ = try apply(.subtract, .array(x), .array(average.view(at: [IndexItem.all, .newAxis])), out: x)
        let result = try dot(x, x.T)
        _ = try apply(.multiply, .array(result), .scalar(.float(fact <= 0 ? .infinity : 1 / Double(fact))), out: result)
        withExtendedLifetime(average) {}
        return try result.squeeze()
    }

    /// `np.corrcoef(x, y, rowvar, dtype=)`: the Pearson correlation coefficients,
    /// `c[i, j] / sqrt(c[i, i] · c[j, j])` of ``covariance(_:_:rowvar:bias:ddof:dtype:)``, clipped
    /// to `[-1, 1]`; for one variable `c / c` (1, or NaN).
    ///
    /// Memory: that of `np.cov`, then the standard deviations (`rows · 8` bytes, freed on
    /// return); the result is divided and clipped in place.
    public static func correlation(_ x: NDArray, _ y: NDArray? = nil, rowvar: Bool = true, dtype: DType? = nil) throws(EngineError) -> NDArray {
        let c = try covariance(x, y, rowvar: rowvar, dtype: dtype)
        guard c.ndim == 2 else { return try apply(.divide, .array(c), .array(c)) }
        let deviations = try apply(.sqrt, c.diagonal())
        _ = try apply(.divide, .array(c), .array(deviations.view(at: [IndexItem.all, .newAxis])), out: c)
        _ = try apply(.divide, .array(c), .array(deviations.view(at: [IndexItem.newAxis, .all])), out: c)
        _ = try clip(c, min: .scalar(.int(-1)), max: .scalar(.int(1)), out: c)
        return c
    }
}
