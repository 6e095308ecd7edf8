extension NDArray {
    /// `np.nan_to_num(x, copy=copy, nan=nan, posinf=posinf, neginf=neginf)` for an array:
    /// NumPy's steps and buffers — the copy (order K; none with `copy: false`), then for a
    /// float array the masks `isnan(x)`, `isposinf(x)` (`isinf`, `~signbit` inverted in place
    /// as NumPy elides it, `logical_and`; the two temporaries freed) and `isneginf(x)`, kept
    /// until the three `copyto(x, value, where=mask)` are done. `posinf`/`neginf` default to
    /// the dtype's largest and smallest finite values.
    public static func nanToNum(_ x: NDArray, copy: Bool = true, nan: Double = 0, posinf: Double? = nil,
                                neginf: Double? = nil) throws(EngineError) -> NDArray {
        let result = copy ? try x.copy(order: .keep) : x
        guard result.dtype.isFloatingPoint else { return result }
        let largest = result.dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
        let nanMask = try classify(.isnan, result)
        let positive = try infinityMask(result, negative: false)
        let negative = try infinityMask(result, negative: true)
        try result.fill(.float(nan), where: nanMask)
        try result.fill(.float(posinf ?? largest), where: positive)
        try result.fill(.float(neginf ?? -largest), where: negative)
        return result
    }

    /// NumPy's `isposinf(x)` / `isneginf(x)`: `logical_and(isinf(x), ~signbit(x))` (or
    /// `signbit(x)`); the temporaries are freed when it returns.
    public static func infinityMask(_ x: NDArray, negative: Bool) throws(EngineError) -> NDArray {
        let infinite = try classify(.isinf, x)
        var sign = try classify(.signbit, x)
        if !negative {
            // `~signbit(x)`: NumPy inverts its temporary in place when it is large enough.
            sign = try apply(.invert, sign, out: sign.nbytes >= TemporaryElision.minimumBytes ? sign : nil)
        }
        return try apply(.logicalAnd, .array(infinite), .array(sign))
    }
}
