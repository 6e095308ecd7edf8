#if canImport(Glibc)
import Glibc
#endif

/// The scalar arithmetic of an element type, as NumPy's ufunc inner loops compute it.
///
/// Integers wrap around on overflow (`&+`, `&-`, `&*`), as C's unsigned and NumPy's integer
/// loops do; floats follow IEEE 754. `maximum`/`minimum` propagate NaN, as `np.maximum` and
/// `np.minimum` do. On `Bool`, `add` is logical or and `multiply` logical and; the operations
/// NumPy refuses on booleans (`-`, unary `-`, `**`) are rejected before any kernel runs.
public protocol ElementArithmetic: Equatable {
    /// `a < b` (for `Bool`, `false < true`, as NumPy orders booleans).
    static func less(_ a: Self, _ b: Self) -> Bool
    static func add(_ a: Self, _ b: Self) -> Self
    static func subtract(_ a: Self, _ b: Self) -> Self
    static func multiply(_ a: Self, _ b: Self) -> Self
    /// True division for floats; integer operands are computed in float64 before reaching here.
    static func divide(_ a: Self, _ b: Self) -> Self
    /// `a ** b`. For integers, `b` must be non-negative (checked before the loop).
    static func power(_ a: Self, _ b: Self) -> Self
    static func maximum(_ a: Self, _ b: Self) -> Self
    static func minimum(_ a: Self, _ b: Self) -> Self
    static func negate(_ a: Self) -> Self
    /// True when the value is negative (used to refuse negative integer powers).
    var isNegativeValue: Bool { get }
}

extension ElementArithmetic where Self: FixedWidthInteger {
    @inlinable public static func add(_ a: Self, _ b: Self) -> Self { a &+ b }
    @inlinable public static func subtract(_ a: Self, _ b: Self) -> Self { a &- b }
    @inlinable public static func multiply(_ a: Self, _ b: Self) -> Self { a &* b }
    /// Division by zero gives 0, as NumPy's integer loops do (with a warning there).
    @inlinable public static func divide(_ a: Self, _ b: Self) -> Self {
        b == 0 ? 0 : a.dividedReportingOverflow(by: b).partialValue
    }
    /// Exponentiation by squaring, wrapping on overflow.
    @inlinable public static func power(_ a: Self, _ b: Self) -> Self {
        var result: Self = 1, base = a, exponent = b
        while exponent > 0 {
            if exponent & 1 == 1 { result = result &* base }
            base = base &* base
            exponent >>= 1
        }
        return result
    }
    @inlinable public static func maximum(_ a: Self, _ b: Self) -> Self { a >= b ? a : b }
    @inlinable public static func minimum(_ a: Self, _ b: Self) -> Self { a <= b ? a : b }
    @inlinable public static func negate(_ a: Self) -> Self { 0 &- a }
    @inlinable public var isNegativeValue: Bool { self < 0 }
    @inlinable public static func less(_ a: Self, _ b: Self) -> Bool { a < b }
}

extension ElementArithmetic where Self: BinaryFloatingPoint {
    @inlinable public static func add(_ a: Self, _ b: Self) -> Self { a + b }
    @inlinable public static func subtract(_ a: Self, _ b: Self) -> Self { a - b }
    @inlinable public static func multiply(_ a: Self, _ b: Self) -> Self { a * b }
    @inlinable public static func divide(_ a: Self, _ b: Self) -> Self { a / b }
    @inlinable public static func maximum(_ a: Self, _ b: Self) -> Self { (a >= b || a.isNaN) ? a : b }
    @inlinable public static func minimum(_ a: Self, _ b: Self) -> Self { (a <= b || a.isNaN) ? a : b }
    @inlinable public static func negate(_ a: Self) -> Self { -a }
    @inlinable public var isNegativeValue: Bool { self < 0 }
    @inlinable public static func less(_ a: Self, _ b: Self) -> Bool { a < b }
}

extension UInt8: ElementArithmetic {}
extension Int32: ElementArithmetic {}
extension Int64: ElementArithmetic {}

extension Float: ElementArithmetic {
    @inlinable public static func power(_ a: Float, _ b: Float) -> Float { powf(a, b) }
}

extension Double: ElementArithmetic {
    @inlinable public static func power(_ a: Double, _ b: Double) -> Double { pow(a, b) }
}

extension Bool: ElementArithmetic {
    @inlinable public static func less(_ a: Bool, _ b: Bool) -> Bool { !a && b }
    @inlinable public static func add(_ a: Bool, _ b: Bool) -> Bool { a || b }
    @inlinable public static func subtract(_ a: Bool, _ b: Bool) -> Bool { a != b }
    @inlinable public static func multiply(_ a: Bool, _ b: Bool) -> Bool { a && b }
    @inlinable public static func divide(_ a: Bool, _ b: Bool) -> Bool { a && b }
    @inlinable public static func power(_ a: Bool, _ b: Bool) -> Bool { a || !b }
    @inlinable public static func maximum(_ a: Bool, _ b: Bool) -> Bool { a || b }
    @inlinable public static func minimum(_ a: Bool, _ b: Bool) -> Bool { a && b }
    @inlinable public static func negate(_ a: Bool) -> Bool { a }
    @inlinable public var isNegativeValue: Bool { false }
}
