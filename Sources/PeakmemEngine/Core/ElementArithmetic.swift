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
    /// `a // b`, NumPy's `floor_divide` (Python's sign rules; see the conformances).
    static func floorDivide(_ a: Self, _ b: Self) -> Self
    /// `a % b`, NumPy's `remainder` (the result takes the divisor's sign).
    static func remainder(_ a: Self, _ b: Self) -> Self
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
    /// NumPy's integer `floor_divide`: the quotient rounded toward minus infinity; division
    /// by zero gives 0 and `MIN // -1` gives `MIN` (NumPy warns in both cases, no exception).
    @inlinable public static func floorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        let (quotient, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { return quotient }
        let rest = a.remainderReportingOverflow(dividingBy: b).partialValue
        return rest != 0 && ((rest < 0) != (b < 0)) ? quotient &- 1 : quotient
    }
    /// NumPy's integer `remainder`: the sign of the divisor; 0 for division by zero and for
    /// `MIN % -1`.
    @inlinable public static func remainder(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        let (rest, overflow) = a.remainderReportingOverflow(dividingBy: b)
        if overflow { return 0 }
        return rest != 0 && ((rest < 0) != (b < 0)) ? rest &+ b : rest
    }
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
    /// NumPy's `npy_floor_divide`: `a / b` when `b` is 0 (±inf or NaN), else the quotient of
    /// ``floatDivmod(_:_:)``.
    @inlinable public static func floorDivide(_ a: Self, _ b: Self) -> Self {
        b == 0 ? a / b : floatDivmod(a, b).quotient
    }
    /// NumPy's `npy_remainder`: `fmod(a, b)` (NaN) when `b` is 0, else the modulus of
    /// ``floatDivmod(_:_:)``.
    @inlinable public static func remainder(_ a: Self, _ b: Self) -> Self {
        b == 0 ? a.truncatingRemainder(dividingBy: b) : floatDivmod(a, b).modulus
    }
    /// NumPy's `npy_divmod` (Python's `divmod` on floats) for `b != 0`: `mod = fmod(a, b)`,
    /// moved into the divisor's sign (`+0` with `b`'s sign when it is 0); the quotient
    /// `(a - mod) / b`, lowered by one when mod was moved, then snapped to the nearest
    /// integer (`floor`, plus 1 above one half), or `±0` with the sign of `a / b`.
    @inlinable public static func floatDivmod(_ a: Self, _ b: Self) -> (quotient: Self, modulus: Self) {
        var mod = a.truncatingRemainder(dividingBy: b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = Self(signOf: b, magnitudeOf: 0)
        }
        var floorDiv: Self
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = Self(signOf: a / b, magnitudeOf: 0)
        }
        return (floorDiv, mod)
    }
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
    /// Never reached: NumPy computes boolean `//` and `%` in int8, which the loop selection
    /// refuses (``BinaryOperator/loop(_:_:)``).
    @inlinable public static func floorDivide(_ a: Bool, _ b: Bool) -> Bool { a && b }
    @inlinable public static func remainder(_ a: Bool, _ b: Bool) -> Bool { false }
    @inlinable public var isNegativeValue: Bool { false }
}
