#if canImport(Glibc)
import Glibc
#endif

extension NDArray {
    /// `np.repeat(a, repeats, axis)` / `a.repeat(repeats, axis)`: each position along `axis`
    /// repeated `repeats[j]` times (one count for every position, or one count per position);
    /// `axis: nil` repeats the elements of the C-order flattening.
    ///
    /// Memory, as NumPy's `PyArray_Repeat`: one C-ordered result; before it, an input that
    /// is not C-contiguous is copied to C order (for `axis: nil`, NumPy's `ravel` copy), and
    /// that copy is freed at the end.
    ///
    /// - Throws: `ValueError` "negative dimensions are not allowed" for a negative count, NumPy's
    ///   broadcast message for a count list of the wrong length, `AxisError`.
    public func repeated(_ repeats: [Int], axis: Int?) throws(EngineError) -> NDArray {
        let source: NDArray
        let joinAxis: Int
        if let axis {
            joinAxis = try NDArray.normalize(axis: axis, ndim: Swift.max(ndim, 1))
            let base = ndim == 0 ? try reshape([1]) : self
            source = base.isCContiguous ? base : try base.copy(order: .c)
        } else {
            joinAxis = 0
            source = try ravel(order: .c)
        }
        let length = source.shape[joinAxis]
        guard repeats.count == 1 || repeats.count == length else {
            throw .invalidArgument("operands could not be broadcast together with shape (\(length),) (\(repeats.count),)")
        }
        guard repeats.allSatisfy({ $0 >= 0 }) else { throw .negativeDimension }
        let counts = repeats.count == 1 ? [Int](repeating: repeats[0], count: length) : repeats
        var shape = source.shape
        // NumPy adds the counts in an npy_intp that wraps: a total past 2⁶³ reads as negative
        // ("negative dimensions are not allowed"), which NDArray(empty:) then refuses.
        shape[joinAxis] = counts.reduce(0, &+)
        let result = try NDArray(empty: shape, dtype: dtype, order: .c)
        let outer = source.shape[..<joinAxis].reduce(1, *)
        let chunk = source.shape[(joinAxis + 1)...].reduce(1, *) * itemSize
        var from = UnsafeRawPointer(source.baseAddress), to = result.baseAddress
        for _ in 0..<outer {
            for count in counts {
                for _ in 0..<count {
                    memcpy(to, from, chunk)
                    to += chunk
                }
                from += chunk
            }
        }
        withExtendedLifetime(source) {}
        return result
    }

    /// `np.tile(a, reps)`: the array repeated `reps[k]` times along each dimension (with
    /// leading 1s added to the shorter of `reps` and the shape).
    ///
    /// Memory, as NumPy's Python implementation: with every count 1, one copy of the array (in
    /// its own layout, `np.array(a, copy=True)`); otherwise, per dimension with a count other
    /// than 1, in order, the intermediate `c.reshape(-1, n).repeat(count, 0)` — so tiling two
    /// dimensions holds two results at the peak, and a non-contiguous input is first copied
    /// by the reshape. The result is a view of the last intermediate.
    public func tiled(_ reps: [Int]) throws(EngineError) -> NDArray {
        let dimensions = Swift.max(ndim, reps.count)
        let counts = [Int](repeating: 1, count: dimensions - reps.count) + reps
        var tile = ndim < dimensions ? try reshape([Int](repeating: 1, count: dimensions - ndim) + shape) : self
        if counts.allSatisfy({ $0 == 1 }) { return try tile.copy(order: .keep) }
        guard counts.allSatisfy({ $0 >= 0 }) else { throw .negativeDimension }
        let resultShape = try zip(tile.shape, counts).map { (length, count) throws(EngineError) -> Int in
            let (product, overflow) = length.multipliedReportingOverflow(by: count)
            guard !overflow else { throw .arrayTooBig }
            return product
        }
        _ = try NDArray.checkedByteCount(shape: resultShape, itemSize: itemSize)
        var n = tile.size
        if n > 0 {
            for (length, count) in zip(tile.shape, counts) {
                if count != 1 { tile = try tile.reshape([-1, n]).repeated([count], axis: 0) }
                n /= length
            }
        }
        return try tile.reshape(resultShape)
    }
}
