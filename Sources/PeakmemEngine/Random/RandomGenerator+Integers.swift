/// `Generator.integers`: integers uniform on `[low, high)` (or `[low, high]` with `endpoint`)
/// by NumPy's Lemire method (``PCG64/bounded(_:)``), for scalar bounds, in int64 (NumPy's
/// default) or int32. Both dtypes draw the same words for the same range (a range that fits
/// in 32 bits draws 32-bit words, sharing the generator's buffered half-word).
extension RandomGenerator {
    /// One integer (NumPy's `integers(low, high, dtype=..., endpoint=...)` with `size=None`),
    /// returned widened to `Int64`.
    ///
    /// - Parameter high: nil draws from `[0, low)` (NumPy's single-argument form).
    /// - Throws: ``EngineError/invalidArgument(_:)`` with NumPy's messages: `low is out of
    ///   bounds for int32`, `high is out of bounds for int32`, `high <= 0`, `low >= high`
    ///   (`high < 0`, `low > high` with `endpoint`), or for a dtype other than int64 and int32.
    public func integers(_ low: Int64, _ high: Int64?, dtype: DType = .int64, endpoint: Bool = false) throws(EngineError) -> Int64 {
        let (offset, range) = try Self.boundedRange(low, high, dtype: dtype, endpoint: endpoint)
        return bits.withLock { Self.value(offset &+ $0.bounded(range), dtype) }
    }

    /// A C-ordered array of shape `size` of such integers (NumPy's `integers(low, high, size,
    /// dtype, endpoint)`), filled in C order. An empty `size` returns an empty array without
    /// checking the bounds, as NumPy does.
    public func integers(_ low: Int64, _ high: Int64?, size: [Int], dtype: DType = .int64,
                         endpoint: Bool = false) throws(EngineError) -> NDArray {
        guard dtype == .int64 || dtype == .int32 else { throw Self.unsupportedIntegerDType(dtype) }
        if size.contains(0), size.allSatisfy({ $0 >= 0 }) { return try NDArray(empty: size, dtype: dtype) }
        let (offset, range) = try Self.boundedRange(low, high, dtype: dtype, endpoint: endpoint)
        let array = try NDArray(empty: size, dtype: dtype, order: .c)
        let count = array.size
        bits.withLock { bits in
            if dtype == .int64 {
                let out = array.baseAddress.bindMemory(to: Int64.self, capacity: Swift.max(count, 1))
                for i in 0 ..< count { out[i] = Self.value(offset &+ bits.bounded(range), dtype) }
            } else {
                let out = array.baseAddress.bindMemory(to: Int32.self, capacity: Swift.max(count, 1))
                for i in 0 ..< count { out[i] = Int32(Self.value(offset &+ bits.bounded(range), dtype)) }
            }
        }
        return array
    }

    /// The drawn word as the dtype's signed value.
    static func value(_ word: UInt64, _ dtype: DType) -> Int64 {
        dtype == .int32 ? Int64(Int32(truncatingIfNeeded: word)) : Int64(bitPattern: word)
    }

    /// NumPy's `off` and `rng` (the draw is `off + v`, `v` uniform on `0 … rng`), checked as
    /// `_rand_int64`/`_rand_int32` check them.
    static func boundedRange(_ low: Int64, _ high: Int64?, dtype: DType, endpoint: Bool) throws(EngineError) -> (UInt64, UInt64) {
        guard dtype == .int64 || dtype == .int32 else { throw unsupportedIntegerDType(dtype) }
        let (low, upper): (Int64, Int64) = high.map { (low, $0) } ?? (0, low)
        var high = upper
        if !endpoint {
            guard high != .min else { throw .invalidArgument(boundsError(closed: endpoint, low: low)) }
            high -= 1
        }
        if dtype == .int32 {
            if low < Int64(Int32.min) { throw .invalidArgument("low is out of bounds for int32") }
            if high > Int64(Int32.max) { throw .invalidArgument("high is out of bounds for int32") }
        }
        if low > high { throw .invalidArgument(boundsError(closed: endpoint, low: low)) }
        let range = UInt64(bitPattern: high &- low)
        let offset = dtype == .int32 ? UInt64(UInt32(truncatingIfNeeded: low)) : UInt64(bitPattern: low)
        return (offset, dtype == .int32 ? UInt64(UInt32(truncatingIfNeeded: range)) : range)
    }

    /// NumPy's `format_bounds_error`.
    static func boundsError(closed: Bool, low: Int64) -> String {
        if closed { return low == 0 ? "high < 0" : "low > high" }
        return low == 0 ? "high <= 0" : "low >= high"
    }

    static func unsupportedIntegerDType(_ dtype: DType) -> EngineError {
        .unsupportedDType("Generator.integers(dtype=\(dtype)) is not supported yet; use int64 or int32")
    }
}
