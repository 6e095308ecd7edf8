/// The float64 distributions of NumPy's legacy `RandomState`.
///
/// Each has a scalar form (NumPy's `size=None`: one value, a `Double`, nothing allocated) and
/// an array form (a new C-ordered float64 ``NDArray`` of shape `size`, filled in C order, one
/// draw per element, exactly `nbytes` recorded in the ``Ledger``). `size` may be `[]`
/// (a 0-d array with one value); a negative dimension throws
/// ``EngineError/negativeDimension`` before anything is drawn.
extension RandomState {
    // MARK: uniform on [0, 1)

    /// One value uniform on `[0, 1)`: `((w₁ >> 5)·2²⁶ + (w₂ >> 6)) / 2⁵³` of the next two
    /// 32-bit words (NumPy's `random_sample()`).
    public func randomSample() -> Double {
        sampler.withLock { $0.standardUniform() }
    }

    /// An array of values uniform on `[0, 1)` (NumPy's `random_sample(size)`).
    public func randomSample(size: [Int]) throws(EngineError) -> NDArray {
        try filled(size) { s, out, n in
            for i in 0 ..< n { out[i] = s.standardUniform() }
        }
    }

    /// NumPy's `random()`, the same as ``randomSample()``.
    public func random() -> Double { randomSample() }

    /// NumPy's `random(size)`, the same as ``randomSample(size:)``.
    public func random(size: [Int]) throws(EngineError) -> NDArray { try randomSample(size: size) }

    /// NumPy's `rand()`: one value uniform on `[0, 1)` (``randomSample()``).
    public func rand() -> Double { randomSample() }

    /// NumPy's `rand(d0, d1, …)`: an array of shape `shape` uniform on `[0, 1)`
    /// (``randomSample(size:)``).
    public func rand(_ shape: [Int]) throws(EngineError) -> NDArray { try randomSample(size: shape) }

    // MARK: normal

    /// One standard normal value by the polar method with the cached second value
    /// (NumPy's `standard_normal()`; see ``LegacySampler/standardNormal()``).
    public func standardNormal() -> Double {
        sampler.withLock { $0.standardNormal() }
    }

    /// An array of standard normal values (NumPy's `standard_normal(size)`). A value cached
    /// by an earlier call is the first element; an odd count leaves one cached for the next.
    public func standardNormal(size: [Int]) throws(EngineError) -> NDArray {
        try filled(size) { s, out, n in
            for i in 0 ..< n { out[i] = s.standardNormal() }
        }
    }

    /// NumPy's `randn()`: one standard normal value (``standardNormal()``).
    public func randn() -> Double { standardNormal() }

    /// NumPy's `randn(d0, d1, …)`: an array of shape `shape` of standard normal values
    /// (``standardNormal(size:)``).
    public func randn(_ shape: [Int]) throws(EngineError) -> NDArray { try standardNormal(size: shape) }

    /// One value `loc + scale·Z`, `Z` standard normal (NumPy's `normal(loc, scale)`).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `scale < 0` when `scale` has its sign bit
    ///   set (including `-0.0`; NaN is accepted), as NumPy checks it.
    public func normal(loc: Double = 0, scale: Double = 1) throws(EngineError) -> Double {
        try Self.checkScale(scale)
        return sampler.withLock { $0.normal(loc: loc, scale: scale) }
    }

    /// An array of values `loc + scale·Z` (NumPy's `normal(loc, scale, size)` with scalar
    /// `loc` and `scale`).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `scale < 0` as ``normal(loc:scale:)``.
    public func normal(loc: Double = 0, scale: Double = 1, size: [Int]) throws(EngineError) -> NDArray {
        try Self.checkScale(scale)
        return try filled(size) { s, out, n in
            for i in 0 ..< n { out[i] = s.normal(loc: loc, scale: scale) }
        }
    }

    // MARK: uniform on [low, high)

    /// One value `low + (high − low)·U`, `U` uniform on `[0, 1)` (NumPy's
    /// `uniform(low, high)`). `high < low` is allowed (the range is negative), as in NumPy.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `Range exceeds valid bounds` when
    ///   `high − low` is not finite (NumPy raises `OverflowError`).
    public func uniform(low: Double = 0, high: Double = 1) throws(EngineError) -> Double {
        let range = try Self.checkedRange(low: low, high: high)
        return sampler.withLock { $0.uniform(low: low, range: range) }
    }

    /// An array of values `low + (high − low)·U` (NumPy's `uniform(low, high, size)` with
    /// scalar bounds).
    ///
    /// - Throws: as ``uniform(low:high:)``.
    public func uniform(low: Double = 0, high: Double = 1, size: [Int]) throws(EngineError) -> NDArray {
        let range = try Self.checkedRange(low: low, high: high)
        return try filled(size) { s, out, n in
            for i in 0 ..< n { out[i] = s.uniform(low: low, range: range) }
        }
    }

    // MARK: helpers

    /// Allocates a C-ordered float64 array of `shape` and fills its `size` elements in order
    /// with `body`, holding the lock once.
    func filled(_ shape: [Int],
                _ body: (inout LegacySampler, UnsafeMutablePointer<Double>, Int) -> Void) throws(EngineError) -> NDArray
    {
        let array = try NDArray(empty: shape, dtype: .float64, order: .c)
        let count = array.size
        let out = array.baseAddress.bindMemory(to: Double.self, capacity: Swift.max(count, 1))
        sampler.withLock { body(&$0, out, count) }
        return array
    }

    static func checkScale(_ scale: Double) throws(EngineError) {
        if !scale.isNaN && scale.sign == .minus { throw EngineError.invalidArgument("scale < 0") }
    }

    static func checkedRange(low: Double, high: Double) throws(EngineError) -> Double {
        let range = high - low
        guard range.isFinite else { throw EngineError.invalidArgument("Range exceeds valid bounds") }
        return range
    }
}
