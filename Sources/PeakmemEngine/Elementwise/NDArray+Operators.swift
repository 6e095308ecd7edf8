precedencegroup ExponentiationPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}

/// `a ** b`, Python's power operator, right-associative and binding tighter than `*`.
infix operator ** : ExponentiationPrecedence
/// `a **= b`, in place.
infix operator **= : AssignmentPrecedence

/// Python's operators on arrays, each the NumPy ufunc it stands for (see
/// ``NDArray/apply(_:_:_:out:)``). The in-place forms (`+=`, ...) write into the left
/// array and allocate nothing (unless the right operand overlaps it in memory with another
/// layout, when NumPy — and the engine — copy the right operand first).
extension NDArray {
    public static func + (a: NDArray, b: NDArray) throws(EngineError) -> NDArray { try apply(.add, .array(a), .array(b)) }
    public static func - (a: NDArray, b: NDArray) throws(EngineError) -> NDArray { try apply(.subtract, .array(a), .array(b)) }
    public static func * (a: NDArray, b: NDArray) throws(EngineError) -> NDArray { try apply(.multiply, .array(a), .array(b)) }
    public static func / (a: NDArray, b: NDArray) throws(EngineError) -> NDArray { try apply(.divide, .array(a), .array(b)) }
    public static func ** (a: NDArray, b: NDArray) throws(EngineError) -> NDArray { try apply(.power, .array(a), .array(b)) }

    public static func + (a: NDArray, b: Scalar) throws(EngineError) -> NDArray { try apply(.add, .array(a), .scalar(b)) }
    public static func - (a: NDArray, b: Scalar) throws(EngineError) -> NDArray { try apply(.subtract, .array(a), .scalar(b)) }
    public static func * (a: NDArray, b: Scalar) throws(EngineError) -> NDArray { try apply(.multiply, .array(a), .scalar(b)) }
    public static func / (a: NDArray, b: Scalar) throws(EngineError) -> NDArray { try apply(.divide, .array(a), .scalar(b)) }
    public static func ** (a: NDArray, b: Scalar) throws(EngineError) -> NDArray { try apply(.power, .array(a), .scalar(b)) }

    public static func + (a: Scalar, b: NDArray) throws(EngineError) -> NDArray { try apply(.add, .scalar(a), .array(b)) }
    public static func - (a: Scalar, b: NDArray) throws(EngineError) -> NDArray { try apply(.subtract, .scalar(a), .array(b)) }
    public static func * (a: Scalar, b: NDArray) throws(EngineError) -> NDArray { try apply(.multiply, .scalar(a), .array(b)) }
    public static func / (a: Scalar, b: NDArray) throws(EngineError) -> NDArray { try apply(.divide, .scalar(a), .array(b)) }
    public static func ** (a: Scalar, b: NDArray) throws(EngineError) -> NDArray { try apply(.power, .scalar(a), .array(b)) }

    public static prefix func - (a: NDArray) throws(EngineError) -> NDArray { try apply(.negative, a) }

    public static func += (a: NDArray, b: NDArray) throws(EngineError) { try a.applyInPlace(.add, .array(b)) }
    public static func -= (a: NDArray, b: NDArray) throws(EngineError) { try a.applyInPlace(.subtract, .array(b)) }
    public static func *= (a: NDArray, b: NDArray) throws(EngineError) { try a.applyInPlace(.multiply, .array(b)) }
    public static func /= (a: NDArray, b: NDArray) throws(EngineError) { try a.applyInPlace(.divide, .array(b)) }
    public static func **= (a: NDArray, b: NDArray) throws(EngineError) { try a.applyInPlace(.power, .array(b)) }
    public static func += (a: NDArray, b: Scalar) throws(EngineError) { try a.applyInPlace(.add, .scalar(b)) }
    public static func -= (a: NDArray, b: Scalar) throws(EngineError) { try a.applyInPlace(.subtract, .scalar(b)) }
    public static func *= (a: NDArray, b: Scalar) throws(EngineError) { try a.applyInPlace(.multiply, .scalar(b)) }
    public static func /= (a: NDArray, b: Scalar) throws(EngineError) { try a.applyInPlace(.divide, .scalar(b)) }
    public static func **= (a: NDArray, b: Scalar) throws(EngineError) { try a.applyInPlace(.power, .scalar(b)) }

    /// `self op= other`: the ufunc with `out=self`.
    public func applyInPlace(_ op: BinaryOperator, _ other: Operand) throws(EngineError) {
        _ = try NDArray.apply(op, .array(self), other, out: self)
    }

    /// `np.maximum(a, b)`: the elementwise maximum, NaN-propagating.
    public static func maximum(_ a: Operand, _ b: Operand, out: NDArray? = nil) throws(EngineError) -> NDArray {
        try apply(.maximum, a, b, out: out)
    }

    /// `np.minimum(a, b)`: the elementwise minimum, NaN-propagating.
    public static func minimum(_ a: Operand, _ b: Operand, out: NDArray? = nil) throws(EngineError) -> NDArray {
        try apply(.minimum, a, b, out: out)
    }
}

extension Scalar: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
