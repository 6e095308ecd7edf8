/// The floating-point class tests NumPy has as ufuncs with a boolean result.
public enum FloatClassTest: String, Sendable, CaseIterable {
    case isnan, isinf, isfinite, signbit

    /// The test of one value (integers and booleans: never NaN or infinite, finite; their
    /// sign bit is set when negative, as NumPy's float64 loop of `signbit` sees them).
    func holds(_ value: Double) -> Bool {
        switch self {
        case .isnan: value.isNaN
        case .isinf: value.isInfinite
        case .isfinite: value.isFinite
        case .signbit: value.sign == .minus
        }
    }
}

extension NDArray {
    /// `np.isnan(a)`, `np.isinf(a)`, `np.isfinite(a)`, `np.signbit(a)`: a boolean array of
    /// `a`'s shape (order K as a ufunc result), or `out`.
    ///
    /// Memory: the result only (one byte per element); nothing with `out`.
    public static func classify(_ test: FloatClassTest, _ a: NDArray, out: NDArray? = nil) throws(EngineError) -> NDArray {
        var shape = a.shape
        if let out { shape = try broadcastShape([a.shape, out.shape]) }
        let result = try ufuncResult(out: out, shape: shape, dtype: .bool, order: preferredOrder([.array(a)]), ufunc: test.rawValue)
        let staged = result.dtype == .bool ? result : try uncounted { () throws(EngineError) in try NDArray(empty: shape, dtype: .bool) }
        let plan = StridedLoop(shape: shape, strides: [staged.strides, a.broadcastStrides(to: shape)])
        let inType = a.dtype
        try plan.forEachRun(bases: [staged.baseAddress, a.baseAddress]) { p, s, n throws(EngineError) in
            for i in 0 ..< n {
                let value = ElementReader<Double>.read(p[1] + i * s[1], dtype: inType)
                (p[0] + i * s[0]).storeBytes(of: test.holds(value), as: Bool.self)
            }
        }
        if staged.storage !== result.storage { try staged.assign(to: result) }
        return result
    }

    /// `np.copyto(self, value, where=mask)`: writes `value` (converted to this array's dtype as
    /// C casts) where `mask` (broadcast to this shape) is true. Allocates nothing.
    public func fill(_ value: Scalar, where mask: NDArray) throws(EngineError) {
        try checkWritable()
        guard mask.dtype == .bool else {
            throw .castingRefused("Cannot cast array data from dtype('\(mask.dtype)') to dtype('bool') according to the rule 'safe'")
        }
        guard try NDArray.broadcastShape([mask.shape, shape]) == shape else { throw .broadcastMismatch([mask.shape, shape]) }
        try dtype.dispatch(MaskedFill(target: self, value: value, mask: mask))
    }
}

/// Writes one converted scalar where a boolean mask is true.
private struct MaskedFill: DTypeVisitor {
    let target: NDArray
    let value: Scalar
    let mask: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let element = value.value(as: T.self)
        let plan = StridedLoop(shape: target.shape, strides: [target.strides, mask.broadcastStrides(to: target.shape)])
        try plan.forEachRun(bases: [target.baseAddress, mask.baseAddress]) { p, s, n throws(EngineError) in
            for i in 0 ..< n where (p[1] + i * s[1]).load(as: Bool.self) {
                (p[0] + i * s[0]).storeBytes(of: element, as: T.self)
            }
        }
        withExtendedLifetime((target, mask)) {}
    }
}
