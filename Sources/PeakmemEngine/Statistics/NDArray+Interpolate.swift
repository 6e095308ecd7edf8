extension NDArray {
    /// `np.interp(x, xp, fp, left, right)`: the piecewise-linear interpolant through the points
    /// `(xp[k], fp[k])` (`xp` increasing) at each `x`, in float64: `left` (default `fp[0]`)
    /// below `xp[0]`, `right` (default `fp[-1]`) above `xp[-1]`, `fp[j]` where `x == xp[j]`,
    /// else `slope_j · (x - xp[j]) + fp[j]` with `slope_j = (fp[j+1] - fp[j]) / (xp[j+1] - xp[j])`
    /// (retried from `xp[j+1]` when that is NaN); NaN `x` gives NaN.
    ///
    /// As NumPy 2.4.6's `arr_interp` (`numpy/_core/src/multiarray/compiled_base.c`). Memory:
    /// `fp`, `xp` and `x` converted to contiguous float64 where they are not (copies freed on
    /// return), the float64 result of `x`'s shape, and — when there are no more points than
    /// `x` has elements — the `len(xp) - 1` slopes, a plain-`malloc` scratch buffer NumPy frees
    /// before returning.
    ///
    /// - Throws: `ValueError` "array of sample points is empty", "fp and xp are not of the same
    ///   length.", and for `xp`/`fp` that are not 1-d.
    public static func interpolate(_ x: NDArray, _ xp: NDArray, _ fp: NDArray, left: Double? = nil,
                                   right: Double? = nil) throws(EngineError) -> NDArray {
        let values = try fp.contiguousFloat64(name: "fp")
        let points = try xp.contiguousFloat64(name: "xp")
        let count = points.shape[0]
        guard count > 0 else { throw .invalidArgument("array of sample points is empty") }
        guard values.shape[0] == count else { throw .invalidArgument("fp and xp are not of the same length.") }
        let input = x.dtype == .float64 && x.isCContiguous ? x : try x.astype(.float64, order: .c)
        let result = try NDArray(empty: input.shape, dtype: .float64)
        let n = input.size
        let dx = UnsafePointer(points.baseAddress.assumingMemoryBound(to: Double.self))
        let dy = UnsafePointer(values.baseAddress.assumingMemoryBound(to: Double.self))
        let source = UnsafePointer(input.baseAddress.assumingMemoryBound(to: Double.self))
        let target = result.baseAddress.assumingMemoryBound(to: Double.self)
        let low = left ?? dy[0], high = right ?? dy[count - 1]
        if count == 1 {
            for i in 0..<n {
                let v = source[i]
                target[i] = v < dx[0] ? low : (v > dx[0] ? high : dy[0])
            }
        } else {
            var slopes: ArrayStorage?
            if count <= n {
                let storage = try ArrayStorage(byteCount: (count - 1) * 8)
                let s = storage.base.assumingMemoryBound(to: Double.self)
                for k in 0..<(count - 1) { s[k] = (dy[k + 1] - dy[k]) / (dx[k + 1] - dx[k]) }
                slopes = storage
            }
            let slope = slopes.map { UnsafePointer($0.base.assumingMemoryBound(to: Double.self)) }
            var j = 0
            for i in 0..<n {
                let v = source[i]
                if v.isNaN {
                    target[i] = v
                    continue
                }
                j = searchWithGuess(v, dx, count, guess: j)
                if j == -1 {
                    target[i] = low
                } else if j == count {
                    target[i] = high
                } else if j == count - 1 || dx[j] == v {
                    target[i] = dy[j]
                } else {
                    let m = slope?[j] ?? (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j])
                    var r = m * (v - dx[j]) + dy[j]
                    if r.isNaN {
                        r = m * (v - dx[j + 1]) + dy[j + 1]
                        if r.isNaN && dy[j] == dy[j + 1] { r = dy[j] }
                    }
                    target[i] = r
                }
            }
            withExtendedLifetime(slopes) {}
        }
        withExtendedLifetime((values, points, input)) {}
        return result
    }

    /// The 1-d, C-contiguous float64 array (a copy only when it is not one already): NumPy's
    /// `PyArray_ContiguousFromAny(a, NPY_DOUBLE, 1, 1)`.
    private func contiguousFloat64(name: String) throws(EngineError) -> NDArray {
        guard ndim == 1 else {
            throw .invalidArgument(ndim == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
        }
        return dtype == .float64 && isCContiguous ? self : try astype(.float64, order: .c)
    }

    /// The index `j` with `xp[j] <= key < xp[j + 1]` (-1 below `xp[0]`, `count` above
    /// `xp[count - 1]`, `count - 1` at it), trying `guess` and its neighbours first.
    private static func searchWithGuess(_ key: Double, _ xp: UnsafePointer<Double>, _ count: Int, guess: Int) -> Int {
        if key > xp[count - 1] { return count }
        if key < xp[0] { return -1 }
        if guess >= 0 && guess < count - 1 && xp[guess] <= key && key < xp[guess + 1] { return guess }
        if guess + 1 < count - 1 && xp[guess + 1] <= key && key < xp[guess + 2] { return guess + 1 }
        var low = 0, high = count
        while low < high {
            let mid = low + (high - low) / 2
            if key >= xp[mid] { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }
}
