/// One input of an elementwise operation: an array, or a Python scalar.
///
/// Python scalars take part as NumPy 2 takes them (NEP 50, "weak" scalars): they adapt to
/// the array's dtype instead of promoting it (`float32_array * 2.0` stays float32), and they
/// allocate no array buffer.
public enum Operand: Sendable {
    case array(NDArray)
    case scalar(Scalar)

    /// The shape the operand broadcasts with: a scalar is 0-d.
    var shape: [Int] {
        if case .array(let a) = self { return a.shape }
        return []
    }
}

/// A Python scalar: `bool`, `int` (64-bit here) or `float`.
public enum Scalar: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(Int64)
    case float(Double)

    /// The scalar kind used by NumPy 2's promotion.
    public var kind: ScalarKind {
        switch self {
        case .bool: .bool
        case .int: .int
        case .float: .float
        }
    }

    /// The value converted to an element type, as NumPy converts a Python scalar.
    @inlinable
    public func value<T: ArrayElement>(as type: T.Type) -> T {
        switch self {
        case .bool(let b): T(intCast: b ? 1 : 0)
        case .int(let i): T(intCast: i)
        case .float(let d): T(floatCast: d)
        }
    }

    /// The dtype NumPy gives the scalar alone (`np.asarray(x).dtype`).
    public var defaultDType: DType {
        switch self {
        case .bool: .bool
        case .int: .int64
        case .float: .float64
        }
    }

    public var description: String {
        switch self {
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .float(let d): String(d)
        }
    }
}
