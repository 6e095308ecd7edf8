extension DType {
    /// NumPy's `np.result_type(a, b)` for two array dtypes (`np.promote_types`).
    ///
    /// The lattice on these six types: `bool < uint8 < int32 < int64`, `uint8 < float32`,
    /// `float32 < float64`, and `int32`/`int64` with `float32` give `float64` (a float32
    /// cannot hold every int32 exactly).
    ///
    /// With a complex operand the result is complex, wide enough for both parts: `complex64`
    /// with `bool`, `uint8` or `float32` stays `complex64`; with `int32`, `int64`, `float64`
    /// or `complex128` it is `complex128` (NumPy's `promote_types`).
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .bool { return b }
        if b == .bool { return a }
        if a.isComplex || b.isComplex {
            let other = a.isComplex ? b : a
            let complex = a.isComplex ? a : b
            if other == .complex128 { return .complex128 }
            return promote(complex.realPart, other.isComplex ? other.realPart : other) == .float32 ? .complex64 : .complex128
        }
        switch (a.kind, b.kind) {
        case ("f", "f"):
            return a.itemSize >= b.itemSize ? a : b
        case ("f", _), (_, "f"):
            let (float, int) = a.isFloatingPoint ? (a, b) : (b, a)
            if float == .float64 { return .float64 }
            return int == .uint8 ? .float32 : .float64
        default:
            // Both integers: uint8 fits in int32 and int64.
            return a.itemSize >= b.itemSize ? a : b
        }
    }

    /// The dtype of an operation between an array of this dtype and a Python scalar, under
    /// NumPy 2's rules for "weak" Python scalars (NEP 50): the array's dtype wins unless the
    /// scalar is of a higher kind (`int` with a `bool` array gives `int64`; `float` with an
    /// integer or `bool` array gives `float64`; a complex array stays complex).
    public func promoted(withScalar scalar: ScalarKind) -> DType {
        switch scalar {
        case .bool: return self
        case .int: return self == .bool ? .int64 : self
        case .float: return isFloatingPoint || isComplex ? self : .float64
        }
    }
}

/// The kind of a Python scalar taking part in an array operation.
public enum ScalarKind: Sendable, Hashable {
    case bool, int, float
}
