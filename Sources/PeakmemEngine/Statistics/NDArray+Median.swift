extension NDArray {
    /// `np.median(a, axis=, keepdims=, overwrite_input=)`, NumPy 2.4.6's `_median`: the middle
    /// element of each lane, or the mean of the two middle ones (`np.mean` of that slice, so
    /// integers give float64 and float32 stays float32); a lane holding a NaN gives NaN.
    ///
    /// Memory, in NumPy's order: `np.partition(a, kth, axis)` — `a.copy(order='K')`, or
    /// `a.flatten()` for `axis=None` (nothing with `overwriteInput`: `a` itself is partitioned)
    /// — with a lane buffer while it partitions strided lanes; the mean's result; for a float
    /// input `_median_nancheck`'s `part.take(-1, axis)` and its `isnan` mask (result-sized,
    /// freed); then the copy is freed.
    public static func median(_ a: NDArray, axis: Int?, keepdims: Bool = false,
                              overwriteInput: Bool = false) throws(EngineError) -> NDArray {
        let resolvedAxis = try axis.map { (value) throws(EngineError) in try normalize(axis: value, ndim: a.ndim) }
        let part: NDArray
        if overwriteInput {
            part = resolvedAxis == nil ? try a.ravel() : a
        } else {
            part = resolvedAxis == nil ? try a.flatten() : try a.copy(order: .keep)
        }
        let laneAxis = resolvedAxis ?? 0
        let length = part.ndim == 0 ? 1 : part.shape[laneAxis]
        guard length > 0 else { throw .invalidArgument("median of an empty array is not supported") }
        let kth = length % 2 == 0 ? [length / 2 - 1, length / 2] : [(length - 1) / 2]
        try part.partitionInPlace(kth: kth + (a.dtype.isFloatingPoint ? [-1] : []), axis: laneAxis)
        var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: part.ndim)
        let middle = length / 2
        items[laneAxis] = length % 2 == 1 ? .slice(start: middle, stop: middle + 1, step: 1)
                                          : .slice(start: middle - 1, stop: middle + 1, step: 1)
        let result = try mean(try part.view(at: items), axes: [laneAxis], keepdims: keepdims)
        if a.dtype.isFloatingPoint {
            let lastIndex = try NDArray(empty: [], dtype: .int64)
            lastIndex.baseAddress.storeBytes(of: Int64(-1), as: Int64.self)
            let last = try take(part, lastIndex, axis: laneAxis)
            let nanMask = try NDArray(empty: last.shape, dtype: .bool)
            try result.dtype.dispatch(MedianNaNCheck(last: last, mask: nanMask, result: result))
        }
        if keepdims, resolvedAxis == nil {
            return try result.reshape([Int](repeating: 1, count: a.ndim))
        }
        return result
    }
}

/// `_median_nancheck`: where the last element of a lane (the largest, NaN last) is NaN, the
/// lane's median is NaN. `last` and `result` hold the lanes in the same C order.
private struct MedianNaNCheck: DTypeVisitor {
    let last: NDArray
    let mask: NDArray
    let result: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let values = last.elements(as: T.self)
        let flags = mask.baseAddress.assumingMemoryBound(to: Bool.self)
        for (i, v) in values.enumerated() { flags[i] = v != v }
        guard values.contains(where: { $0 != $0 }) else { return }
        let output = result.baseAddress.assumingMemoryBound(to: T.self)
        for i in values.indices where flags[i] { output[i] = T(floatCast: .nan) }
    }
}
