extension NDArray {
    /// `np.empty(shape, dtype, order)`: uninitialised memory. Allocates exactly `nbytes`
    /// (1 byte when empty); its pages are not touched.
    public static func empty(_ shape: [Int], dtype: DType = .float64, order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        try NDArray(empty: shape, dtype: dtype, order: order)
    }

    /// `np.zeros(shape, dtype, order)`: allocated zeroed (calloc, as NumPy does), so large
    /// arrays stay untouched pages until written. Allocates exactly `nbytes`.
    public static func zeros(_ shape: [Int], dtype: DType = .float64, order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        try NDArray(empty: shape, dtype: dtype, order: order, zeroed: true)
    }

    /// `np.ones(shape, dtype, order)`. Allocates exactly `nbytes`.
    public static func ones(_ shape: [Int], dtype: DType = .float64, order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        try full(shape, .int(1), dtype: dtype, order: order)
    }

    /// `np.full(shape, value, dtype, order)`; without a dtype, the value's (`float64` for a
    /// float, `int64` for an int, `bool`). Allocates exactly `nbytes`.
    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil, order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        let result = try NDArray(empty: shape, dtype: dtype ?? value.defaultDType, order: order)
        try result.fill(value)
        return result
    }

    /// `np.identity(n, dtype)`: the n×n identity matrix. Allocates exactly `n²·itemsize`.
    public static func identity(_ n: Int, dtype: DType = .float64) throws(EngineError) -> NDArray {
        try eye(n, dtype: dtype)
    }

    /// `np.eye(N, M, k, dtype, order)`: ones on the `k`-th diagonal. Allocates exactly
    /// `N·M·itemsize` (zeroed, then the diagonal written).
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64, order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        let columns = m ?? n
        let result = try zeros([n, columns], dtype: dtype, order: order)
        let rows = k >= 0 ? 0..<Swift.max(0, Swift.min(n, columns - k)) : (-k)..<Swift.max(-k, Swift.min(n, columns - k))
        for row in rows {
            try result.view(at: [.integer(row), .integer(row + k)]).fill(.int(1))
        }
        return result
    }

    /// `np.arange(start, stop, step, dtype)`: `ceil((stop − start) / step)` values
    /// `start + i·step`. The dtype is int64 when all arguments are ints, float64 otherwise,
    /// unless given. Allocates exactly `count·itemsize`.
    public static func arange(_ start: Scalar, _ stop: Scalar? = nil, step: Scalar = .int(1), dtype: DType? = nil) throws(EngineError) -> NDArray {
        let (low, high) = stop.map { (start, $0) } ?? (.int(0), start)
        let allIntegers = [low, high, step].allSatisfy { if case .float = $0 { false } else { true } }
        let d = { (s: Scalar) -> Double in
            switch s {
            case .bool(let b): b ? 1 : 0
            case .int(let i): Double(i)
            case .float(let f): f
            }
        }
        guard d(step) != 0 else { throw .invalidArgument("Maximum allowed size exceeded") }
        let length = ((d(high) - d(low)) / d(step)).rounded(.up)
        // NumPy's `_arange_safe_ceil_to_intp`: a length that is NaN or does not fit an intp.
        guard !length.isNaN, length < 0x1p63 else { throw .invalidArgument("Maximum allowed size exceeded") }
        let count = Swift.max(0, Int(length))
        let type = dtype ?? (allIntegers ? .int64 : .float64)
        let result = try NDArray(empty: [count], dtype: type)
        try type.dispatch(ArangeFill(result: result, start: d(low), step: d(step), integers: allIntegers,
                                     intStart: low, intStep: step))
        return result
    }

    /// Sets every element to `value` (NumPy's `a.fill(value)` / `a[...] = value`).
    public func fill(_ value: Scalar) throws(EngineError) {
        try checkWritable()
        try dtype.dispatch(FillExecution(target: self, value: value))
    }
}
