extension NDArray {
    /// `np.nanmedian(a)` (`axis=None`): the median of the elements that are not NaN; NaN when
    /// every element is NaN (NumPy warns "All-NaN slice encountered").
    ///
    /// As NumPy 2.4.6's `_nanmedian1d` on `a.ravel()`: ``removingNaNs(_:overwriteInput:)``, then
    /// ``median(_:axis:keepdims:overwriteInput:)`` of what is left with `overwrite_input=True`
    /// when NaNs were removed (it partitions the NaN-free copy in place; else it copies `a` as
    /// `np.median` does). Memory: the raveled copy of a non-contiguous `a`, then the removal's,
    /// then the median's.
    public static func nanMedian(_ a: NDArray, overwriteInput: Bool = false) throws(EngineError) -> NDArray {
        guard a.size > 0 else { throw .unsupportedOperation("np.nanmedian of an empty array is not supported yet") }
        let part = try a.ravel()
        defer { withExtendedLifetime(part) {} }   // NumPy's `part` lives until it returns
        let (values, overwrite) = try removingNaNs(part, overwriteInput: overwriteInput)
        guard values.size > 0 else { return try part.view(at: [.integer(-1)]) }
        return try median(values, axis: nil, overwriteInput: overwrite)
    }

    /// `np.nanquantile(a, q)` / `np.nanpercentile(a, 100 q)` (`axis=None`): the quantiles of the
    /// elements that are not NaN; NaN (of `q`'s shape) when every element is NaN.
    ///
    /// As NumPy 2.4.6's `_nanquantile_1d` on `a.ravel()`: ``removingNaNs(_:overwriteInput:)``,
    /// then ``quantile(_:q:axis:method:keepdims:overwriteInput:)`` of what is left (in place when
    /// NaNs were removed); all NaN: `np.full(q.shape, nan)`.
    public static func nanQuantile(_ a: NDArray, q: Quantiles, method: QuantileMethod,
                                   overwriteInput: Bool = false) throws(EngineError) -> NDArray {
        guard a.size > 0 else { throw .unsupportedOperation("np.nanquantile of an empty array is not supported yet") }
        let part = try a.ravel()
        defer { withExtendedLifetime(part) {} }
        let (values, overwrite) = try removingNaNs(part, overwriteInput: overwriteInput)
        guard values.size > 0 else { return try full(q.shape, .float(.nan), dtype: a.dtype) }
        return try quantile(values, q: q, axis: nil, method: method, overwriteInput: overwrite)
    }

    /// NumPy's `_remove_nan_1d(arr1d, overwrite_input)`: the elements of the 1-d `a` that are not
    /// NaN, and whether the caller may now work in place. `c = np.isnan(a)` (one byte per
    /// element) and `s = np.nonzero(c)[0]` (8 bytes per NaN); with no NaN, `a` itself; else a
    /// copy of `a` (unless `overwriteInput`) whose first NaNs are overwritten by the non-NaN
    /// values of its tail (`copy[-k:][~c[-k:]]`: a `k`-byte mask and the gathered values,
    /// scattered to `copy[s[:m]]`), returned as `copy[:-k]`. `c`, `s` and the temporaries are
    /// freed on return; all NaN: `a[:0]`.
    public static func removingNaNs(_ a: NDArray, overwriteInput: Bool) throws(EngineError) -> (NDArray, Bool) {
        let isNaN = try classify(.isnan, a)
        let positions = try isNaN.nonzero()[0]
        let count = positions.shape[0]
        if count == a.shape[0] { return (try a.view(at: [.slice(start: nil, stop: 0, step: nil)]), true) }
        if count == 0 { return (a, overwriteInput) }
        let work = overwriteInput ? a : try a.copy()
        let tail = IndexItem.slice(start: -count, stop: nil, step: nil)
        let kept = try apply(.invert, try isNaN.view(at: [tail]))
        let values = try work.view(at: [tail]).gather([.array(kept)])
        try work.scatter(.array(values), at: [.array(try positions.view(at: [.slice(start: nil, stop: values.shape[0], step: nil)]))])
        withExtendedLifetime((isNaN, positions, kept)) {}
        return (try work.view(at: [.slice(start: nil, stop: -count, step: nil)]), true)
    }
}
