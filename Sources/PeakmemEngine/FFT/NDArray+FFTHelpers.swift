extension NDArray {
    /// NumPy's `np.fft.fftfreq(n, d)`: the sample frequencies `[0, 1, …, ⌈n/2⌉−1, −⌊n/2⌋, …, −1] / (n·d)`.
    ///
    /// Memory, as `numpy/fft/_helper.py` allocates: an int64 `results` of `n`, `arange(0, N)`
    /// and `arange(−⌊n/2⌋, 0)` (`N = (n−1)/2 + 1`), then the float64 product `results · val`;
    /// all but the product freed when it returns (and the product's cast buffer, see
    /// ``scaled(_:by:)``).
    public static func fftfreq(_ n: Int, spacing d: Double = 1) throws(EngineError) -> NDArray {
        guard n > 0 else { throw .invalidArgument("n should be an integer greater than 0") }
        let scale = 1 / (Double(n) * d)
        let positive = (n - 1) / 2 + 1
        let results = try NDArray(empty: [n], dtype: .int64)
        let low = try NDArray.arange(.int(0), .int(Int64(positive)), dtype: .int64)
        let high = try NDArray.arange(.int(Int64(-(n / 2))), .int(0), dtype: .int64)
        let values = results.baseAddress.assumingMemoryBound(to: Int64.self)
        let lows = low.baseAddress.assumingMemoryBound(to: Int64.self)
        let highs = high.baseAddress.assumingMemoryBound(to: Int64.self)
        for k in 0..<positive { values[k] = lows[k] }
        for k in positive..<n { values[k] = highs[k - positive] }
        return try scaled(results, by: scale)
    }

    /// NumPy's `np.fft.rfftfreq(n, d)`: `[0, 1, …, ⌊n/2⌋] / (n·d)`; an int64 `arange` of
    /// `⌊n/2⌋ + 1` and the float64 product.
    public static func rfftfreq(_ n: Int, spacing d: Double = 1) throws(EngineError) -> NDArray {
        guard n > 0 else { throw .invalidArgument("n should be an integer greater than 0") }
        return try scaled(try NDArray.arange(.int(0), .int(Int64(n / 2 + 1)), dtype: .int64), by: 1 / (Double(n) * d))
    }

    /// `ints · scale` as float64 (one new array). NumPy's ufunc casts the int64 operand through
    /// its iterator's buffer, `min(size, 8192)` float64 values `malloc`ed beside the result
    /// (memray sees it, tracemalloc does not); the engine allocates it too.
    private static func scaled(_ ints: NDArray, by scale: Double) throws(EngineError) -> NDArray {
        let result = try NDArray(empty: ints.shape, dtype: .float64)
        let castBuffer = try ArrayStorage(byteCount: Swift.min(ints.size, 8192) * 8)
        withExtendedLifetime(castBuffer) {}
        let source = ints.baseAddress.assumingMemoryBound(to: Int64.self)
        let target = result.baseAddress.assumingMemoryBound(to: Double.self)
        for k in 0..<ints.size { target[k] = Double(source[k]) * scale }
        return result
    }

    /// NumPy's `np.fft.fftshift(x, axes)` (`inverse: false`) and `ifftshift`: ``roll(_:shifts:axes:)``
    /// by `⌊n/2⌋` (`−⌊n/2⌋` for the inverse) along each of `axes` (default: all), one new array.
    public static func fftshift(_ x: NDArray, axes: [Int]? = nil, inverse: Bool = false) throws(EngineError) -> NDArray {
        var resolved: [Int] = []
        for axis in axes ?? Array(0..<x.ndim) { resolved.append(try normalize(axis: axis, ndim: x.ndim)) }
        let shifts = resolved.map { inverse ? -(x.shape[$0] / 2) : x.shape[$0] / 2 }
        guard !resolved.isEmpty else { return try roll(x, shifts: [0], axes: nil) }
        return try roll(x, shifts: shifts, axes: resolved)
    }
}
