/// The float64 distributions of ``RandomGenerator``: each has a scalar form (NumPy's
/// `size=None`, a `Double`, nothing allocated) and an array form (a new C-ordered float64
/// array of shape `size`, filled in C order, exactly `nbytes` in the ``Ledger``).
extension RandomGenerator {
    /// One value uniform on `[0, 1)` (NumPy's `random()`: ``PCG64/nextDouble()``).
    public func random() -> Double { one { $0.nextDouble() } }

    /// An array of values uniform on `[0, 1)` (NumPy's `random(size)`).
    public func random(size: [Int]) throws(EngineError) -> NDArray { try filled(size) { $0.nextDouble() } }

    /// One float32 value uniform on `[0, 1)` (NumPy's `random(dtype=np.float32)`, which returns
    /// it as a Python float: ``PCG64/nextFloat()``).
    public func randomFloat32() -> Float { bits.withLock { $0.nextFloat() } }

    /// An array of float32 values uniform on `[0, 1)` (NumPy's `random(size, dtype=np.float32)`,
    /// `random_standard_uniform_fill_f`): a new C-ordered float32 array, exactly `nbytes`.
    public func randomFloat32(size: [Int]) throws(EngineError) -> NDArray {
        let array = try NDArray(empty: size, dtype: .float32, order: .c)
        let count = array.size
        let out = array.baseAddress.bindMemory(to: Float.self, capacity: Swift.max(count, 1))
        bits.withLock { bits in
            for i in 0 ..< count { out[i] = bits.nextFloat() }
        }
        return array
    }

    /// One standard normal value (``PCG64/standardNormal()``).
    public func standardNormal() -> Double { one { $0.standardNormal() } }

    /// An array of standard normal values (NumPy's `standard_normal(size)`).
    public func standardNormal(size: [Int]) throws(EngineError) -> NDArray { try filled(size) { $0.standardNormal() } }

    /// One value `loc + scale·Z` (NumPy's `random_normal`).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `scale < 0` when `scale` has its sign
    ///   bit set (NaN accepted), as NumPy's `CONS_NON_NEGATIVE` check.
    public func normal(loc: Double, scale: Double) throws(EngineError) -> Double {
        try Self.checkNonNegative(scale, "scale")
        return one { loc + scale * $0.standardNormal() }
    }

    /// An array of values `loc + scale·Z` (NumPy's `normal(loc, scale, size)`).
    public func normal(loc: Double, scale: Double, size: [Int]) throws(EngineError) -> NDArray {
        try Self.checkNonNegative(scale, "scale")
        return try filled(size) { loc + scale * $0.standardNormal() }
    }

    /// One value `low + (high − low)·U` (NumPy's `uniform(low, high)`).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `high - low range exceeds valid bounds`
    ///   (NumPy's `OverflowError`) when the range is not finite, `high - low < 0` when it is
    ///   negative.
    public func uniform(low: Double, high: Double) throws(EngineError) -> Double {
        let range = try Self.checkedRange(low: low, high: high)
        return one { low + range * $0.nextDouble() }
    }

    /// An array of values `low + (high − low)·U` (NumPy's `uniform(low, high, size)`).
    public func uniform(low: Double, high: Double, size: [Int]) throws(EngineError) -> NDArray {
        let range = try Self.checkedRange(low: low, high: high)
        return try filled(size) { low + range * $0.nextDouble() }
    }

    /// One value `scale·E`, `E` standard exponential (NumPy's `exponential(scale)`).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `scale < 0` as ``normal(loc:scale:)``.
    public func exponential(scale: Double) throws(EngineError) -> Double {
        try Self.checkNonNegative(scale, "scale")
        return one { scale * $0.standardExponential() }
    }

    /// An array of values `scale·E` (NumPy's `exponential(scale, size)`).
    public func exponential(scale: Double, size: [Int]) throws(EngineError) -> NDArray {
        try Self.checkNonNegative(scale, "scale")
        return try filled(size) { scale * $0.standardExponential() }
    }

    /// One standard exponential value (NumPy's `standard_exponential()`).
    public func standardExponential() -> Double { one { $0.standardExponential() } }

    /// An array of standard exponential values (NumPy's `standard_exponential(size)`).
    public func standardExponential(size: [Int]) throws(EngineError) -> NDArray {
        try filled(size) { $0.standardExponential() }
    }

    static func checkNonNegative(_ value: Double, _ name: String) throws(EngineError) {
        if !value.isNaN && value.sign == .minus { throw .invalidArgument("\(name) < 0") }
    }

    static func checkedRange(low: Double, high: Double) throws(EngineError) -> Double {
        let range = high - low
        guard range.isFinite else { throw .invalidArgument("high - low range exceeds valid bounds") }
        try checkNonNegative(range, "high - low")
        return range
    }
}
