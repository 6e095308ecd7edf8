extension NDArray {
    /// `np.isclose(a, b, rtol, atol, equal_nan)` computed as NumPy 2.4.6's Python code computes
    /// it, with its temporaries:
    ///
    ///     y = b as float (a copy unless b is already floating point)
    ///     result = less_equal(abs(a - y), atol + rtol * abs(y)) & isfinite(y) | (a == y)
    ///     if equal_nan: result |= isnan(a) & isnan(y)
    ///
    /// Each operator reuses a temporary of at least 256 KiB as NumPy's temporary elision does
    /// (``TemporaryElision``), so the peak is NumPy's: for float64 operands of n elements,
    /// 17n bytes (`|a − y|`, `atol + rtol·|y|` and the boolean result), plus 8n when `b` must be
    /// converted. Returns the boolean array (broadcast shape).
    public static func isclose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-05, atol: Double = 1e-08,
                               equalNaN: Bool = false) throws(EngineError) -> NDArray {
        let y = b.dtype.isFloatingPoint ? b : try b.astype(.float64)
        var closeness: NDArray
        do {
            let difference = try absolute(of: try TemporaryElision.apply(.subtract, .array(a), aIsTemporary: false, .array(y), bIsTemporary: false),
                                          isTemporary: true)
            // One expression, so that rtol·|y| is gone once atol + rtol·|y| exists, as in CPython.
            let bound = try TemporaryElision.apply(.add, .scalar(.float(atol)), aIsTemporary: false,
                                                   .array(try TemporaryElision.apply(.multiply, .scalar(.float(rtol)), aIsTemporary: false,
                                                                                     .array(try absolute(of: y, isTemporary: false)), bIsTemporary: true)),
                                                   bIsTemporary: true)
            closeness = try apply(.lessEqual, .array(difference), .array(bound))
        }
        // `&` and `|` on booleans are the engine's multiply and add (logical and, or).
        closeness = try TemporaryElision.apply(.multiply, .array(closeness), aIsTemporary: true, .array(try y.classified(.isFinite)), bIsTemporary: true)
        closeness = try TemporaryElision.apply(.add, .array(closeness), aIsTemporary: true, .array(try apply(.equal, .array(a), .array(y))), bIsTemporary: true)
        if equalNaN {
            let bothNaN = try TemporaryElision.apply(.multiply, .array(try a.classified(.isNaN)), aIsTemporary: true,
                                                     .array(try y.classified(.isNaN)), bIsTemporary: true)
            closeness.applyInPlaceLogicalOr(bothNaN)
        }
        return closeness
    }

    /// `np.allclose`: `bool(np.all(np.isclose(...)))`, with isclose's temporaries.
    public static func allcloseAsNumPy(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-05, atol: Double = 1e-08,
                                       equalNaN: Bool = false) throws(EngineError) -> Bool {
        let closeness = try isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN)
        guard closeness.size > 0 else { return true }
        return try reduce(.minimum, closeness, axes: nil).element([], as: Bool.self)
    }

    /// `abs(t)` of a float array: in place when `t` is a temporary NumPy's elision would reuse,
    /// else into a new array.
    private static func absolute(of t: NDArray, isTemporary: Bool) throws(EngineError) -> NDArray {
        let inPlace = isTemporary && TemporaryElision.isReusable(t)
        let target = inPlace ? t : try NDArray(empty: t.shape, dtype: t.dtype)
        try t.dtype.dispatch(ClassifyExecution(kind: .absolute, input: t, output: target))
        return target
    }

    /// A new boolean array: `np.isnan(self)` or `np.isfinite(self)`.
    func classified(_ kind: ClassifyExecution.Kind) throws(EngineError) -> NDArray {
        let result = try NDArray(empty: shape, dtype: .bool)
        try dtype.dispatch(ClassifyExecution(kind: kind, input: self, output: result))
        return result
    }

    /// `self |= other` for booleans.
    func applyInPlaceLogicalOr(_ other: NDArray) {
        _ = try? NDArray.apply(.add, .array(self), .array(other), out: self)
    }
}

/// `np.isnan`, `np.isfinite` (into booleans) and `np.absolute` (into the input's dtype).
struct ClassifyExecution: DTypeVisitor {
    enum Kind { case isNaN, isFinite, absolute }
    let kind: Kind
    let input: NDArray
    let output: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let plan = StridedLoop(shape: output.shape, strides: [output.strides, input.broadcastStrides(to: output.shape)])
        try plan.forEachRun(bases: [output.baseAddress, input.baseAddress]) { p, s, n throws(EngineError) in
            for i in 0..<n {
                let value = (p[1] + i * s[1]).load(as: T.self).doubleValue
                let o = p[0] + i * s[0]
                switch kind {
                case .isNaN: o.storeBytes(of: value.isNaN, as: Bool.self)
                case .isFinite: o.storeBytes(of: value.isFinite, as: Bool.self)
                case .absolute: o.storeBytes(of: T(floatCast: Swift.abs(value)), as: T.self)
                }
            }
        }
        withExtendedLifetime((input, output)) {}
    }
}
