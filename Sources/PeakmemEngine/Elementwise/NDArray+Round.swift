extension NDArray {
    /// `np.round(a, decimals, out=out)` (`np.around`, `a.round`), as NumPy 2.4.6's
    /// `PyArray_Round` (numpy/_core/src/multiarray/calculation.c) computes it:
    ///
    /// - integers with `decimals >= 0`: a copy (order K), or `a` assigned into `out`;
    /// - floats with `decimals == 0`: `np.rint(a, out)` (ties to even);
    /// - otherwise, with `f = 10**|decimals|` a Python float (weak: float32 stays float32):
    ///   `y = a * f` (`a / f` for negative decimals) into a new array of `a`'s dtype and
    ///   layout (float64 for integers) or into `out`, `rint(y, out=y)`, `y / f` (`y * f`)
    ///   in place — and for an integer array without `out`, `y` is then cast to the
    ///   array's dtype (a second array) and freed.
    ///
    /// Memory: one result (nothing with `out`); for an integer array with negative decimals,
    /// a float64 temporary of the array's size first (peak 8n + the result).
    public static func round(_ a: NDArray, decimals: Int, out: NDArray? = nil) throws(EngineError) -> NDArray {
        if let out, out.size != a.size { throw .invalidArgument("invalid output shape") }
        if decimals >= 0, a.dtype.isInteger {
            guard let out else { return try a.copy(order: .keep) }
            try a.assign(to: out)
            return out
        }
        if decimals == 0 { return try apply(.rint, a, out: out) }
        let order: MemoryOrder = a.isFContiguous && !a.isCContiguous ? .fortran : .c
        let integerInput = a.dtype.isInteger
        let target: NDArray
        if let out { target = out } else { target = try NDArray(empty: a.shape, dtype: integerInput ? .float64 : a.dtype, order: order) }
        let factor = Operand.scalar(.float(powerOfTen(decimals == Int.min ? Int.max : Swift.abs(decimals))))
        let scaled = try apply(decimals > 0 ? .multiply : .divide, .array(a), factor, out: target)
        _ = try apply(.rint, scaled, out: scaled)
        _ = try apply(decimals > 0 ? .divide : .multiply, .array(scaled), factor, out: scaled)
        guard out == nil, integerInput else { return scaled }
        return try scaled.astype(a.dtype, order: order)
    }

    /// NumPy's `power_of_ten`: exact table entries up to 1e8, then repeated multiplication.
    static func powerOfTen(_ n: Int) -> Double {
        let table: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
        if n < 9 { return table[n] }
        var result = 1e9
        var k = n
        while k > 9 {
            result *= 10
            k -= 1
            if result.isInfinite { break }
        }
        return result
    }
}
