/// NumPy's legacy `RandomState.randint`: integers uniform on `[low, high)` by masked
/// rejection sampling (the `fillBounded` methods of ``LegacySampler``, which describe which
/// words are drawn), for scalar bounds.
///
/// With `high == nil` the range is `[0, low)`. The draw is of `off + v` where `off = low` and
/// `v` is uniform on `0 … rng`, `rng = high − 1 − low`, using the words NumPy uses for the
/// requested dtype, so seeded streams agree with NumPy's bit for bit.
extension RandomState {
    /// One integer uniform on `[low, high)` (NumPy's `randint(low, high)` with `size=None`),
    /// drawn as the `dtype` array form would draw one element.
    ///
    /// - Parameter dtype: `.int64` (NumPy's default `int`), `.int32`, `.uint8` or `.bool`;
    ///   the value is returned widened to `Int64` (a bool as 0 or 1).
    /// - Throws: ``EngineError/invalidArgument(_:)`` with NumPy's messages:
    ///   `low is out of bounds for int32`, `high is out of bounds for int32` (the range does not
    ///   fit the dtype), `low >= high`, `Unsupported dtype float64 for randint`.
    public func randint(_ low: Int64, _ high: Int64? = nil, dtype: DType = .int64) throws(EngineError) -> Int64 {
        let (off, rng) = try Self.boundedRange(low, high, dtype: dtype)
        return sampler.withLock { s -> Int64 in
            switch dtype {
            case .int64:
                var value: UInt64 = 0
                s.fillBounded(offset: off, range: rng, count: 1, into: &value)
                return Int64(bitPattern: value)
            case .int32:
                var value: UInt32 = 0
                s.fillBounded(offset: UInt32(truncatingIfNeeded: off), range: UInt32(truncatingIfNeeded: rng),
                              count: 1, into: &value)
                return Int64(Int32(bitPattern: value))
            case .uint8:
                var value: UInt8 = 0
                s.fillBounded(offset: UInt8(truncatingIfNeeded: off), range: UInt8(truncatingIfNeeded: rng),
                              count: 1, into: &value)
                return Int64(value)
            case .bool, .float32, .float64, .complex64, .complex128:
                var value = false
                s.fillBounded(offset: off != 0, range: rng != 0, count: 1, into: &value)
                return value ? 1 : 0
            }
        }
    }

    /// A C-ordered array of shape `size` and dtype `dtype` of integers uniform on
    /// `[low, high)` (NumPy's `randint(low, high, size, dtype)`), filled in C order.
    ///
    /// As in NumPy, an empty `size` (a zero dimension) returns an empty array without checking
    /// the bounds or drawing.
    ///
    /// - Throws: as ``randint(_:_:dtype:)``; ``EngineError/negativeDimension`` for a negative
    ///   dimension.
    public func randint(_ low: Int64, _ high: Int64? = nil, size: [Int], dtype: DType = .int64)
        throws(EngineError) -> NDArray
    {
        if size.contains(0), size.allSatisfy({ $0 >= 0 }), !dtype.isFloatingPoint {
            return try NDArray(empty: size, dtype: dtype, order: .c)
        }
        let (off, rng) = try Self.boundedRange(low, high, dtype: dtype)
        let array = try NDArray(empty: size, dtype: dtype, order: .c)
        let count = array.size
        let base = array.baseAddress
        sampler.withLock { s in
            switch dtype {
            case .int64:
                s.fillBounded(offset: off, range: rng, count: count,
                              into: base.bindMemory(to: UInt64.self, capacity: count))
            case .int32:
                s.fillBounded(offset: UInt32(truncatingIfNeeded: off), range: UInt32(truncatingIfNeeded: rng),
                              count: count, into: base.bindMemory(to: UInt32.self, capacity: count))
            case .uint8:
                s.fillBounded(offset: UInt8(truncatingIfNeeded: off), range: UInt8(truncatingIfNeeded: rng),
                              count: count, into: base.bindMemory(to: UInt8.self, capacity: count))
            case .bool, .float32, .float64, .complex64, .complex128:
                s.fillBounded(offset: off != 0, range: rng != 0, count: count,
                              into: base.bindMemory(to: Bool.self, capacity: count))
            }
        }
        return array
    }

    /// Checks `[low, high)` against `dtype`'s range and returns NumPy's `off = low` and
    /// `rng = high − 1 − low` as 64-bit two's complement words.
    static func boundedRange(_ low: Int64, _ high: Int64?, dtype: DType) throws(EngineError) -> (UInt64, UInt64) {
        let (lower, upper): (Int128, Int128)
        switch dtype {
        case .int64: (lower, upper) = (Int128(Int64.min), Int128(Int64.max))
        case .int32: (lower, upper) = (Int128(Int32.min), Int128(Int32.max))
        case .uint8: (lower, upper) = (0, 255)
        case .bool: (lower, upper) = (0, 1)
        case .float32, .float64, .complex64, .complex128:
            throw EngineError.invalidArgument("Unsupported dtype \(dtype) for randint")
        }
        let low128 = Int128(high == nil ? 0 : low)
        let closedHigh = Int128(high ?? low) - 1
        guard low128 >= lower else { throw EngineError.invalidArgument("low is out of bounds for \(dtype)") }
        guard closedHigh <= upper else { throw EngineError.invalidArgument("high is out of bounds for \(dtype)") }
        guard low128 <= closedHigh else { throw EngineError.invalidArgument("low >= high") }
        return (UInt64(truncatingIfNeeded: low128), UInt64(truncatingIfNeeded: closedHigh - low128))
    }
}
