/// The bitwise arithmetic of an element type, as NumPy's integer ufunc loops compute it.
///
/// Integers: `&`, `|`, `^`, `~` on their two's-complement bits; shifts as NumPy's
/// `npy_lshift`/`npy_rshift`: a shift count outside `0 ..< bitWidth` (negative counts
/// included, compared as unsigned) gives 0, or -1 for a right shift of a negative value; a
/// right shift of a signed value is arithmetic. Booleans: `&`, `|`, `^` are logical and `~`
/// is logical not (NumPy's bool loops). Floats have no bitwise loops: the operations refuse
/// float operands before any kernel runs, so the float members are never called.
public protocol ElementBitwise {
    static func bitAnd(_ a: Self, _ b: Self) -> Self
    static func bitOr(_ a: Self, _ b: Self) -> Self
    static func bitXor(_ a: Self, _ b: Self) -> Self
    static func bitNot(_ a: Self) -> Self
    static func shiftLeft(_ a: Self, _ b: Self) -> Self
    static func shiftRight(_ a: Self, _ b: Self) -> Self
}

extension ElementBitwise where Self: FixedWidthInteger {
    @inlinable public static func bitAnd(_ a: Self, _ b: Self) -> Self { a & b }
    @inlinable public static func bitOr(_ a: Self, _ b: Self) -> Self { a | b }
    @inlinable public static func bitXor(_ a: Self, _ b: Self) -> Self { a ^ b }
    @inlinable public static func bitNot(_ a: Self) -> Self { ~a }
    @inlinable public static func shiftLeft(_ a: Self, _ b: Self) -> Self {
        UInt64(truncatingIfNeeded: b) < UInt64(Self.bitWidth) ? a &<< b : 0
    }
    @inlinable public static func shiftRight(_ a: Self, _ b: Self) -> Self {
        if UInt64(truncatingIfNeeded: b) < UInt64(Self.bitWidth) { return a &>> b }
        return a < 0 ? ~0 : 0
    }
}

extension UInt8: ElementBitwise {}
extension Int32: ElementBitwise {}
extension Int64: ElementBitwise {}

extension Bool: ElementBitwise {
    @inlinable public static func bitAnd(_ a: Bool, _ b: Bool) -> Bool { a && b }
    @inlinable public static func bitOr(_ a: Bool, _ b: Bool) -> Bool { a || b }
    @inlinable public static func bitXor(_ a: Bool, _ b: Bool) -> Bool { a != b }
    @inlinable public static func bitNot(_ a: Bool) -> Bool { !a }
    /// Never called: NumPy computes boolean shifts in int8, which the engine refuses.
    @inlinable public static func shiftLeft(_ a: Bool, _ b: Bool) -> Bool { a }
    /// Never called: NumPy computes boolean shifts in int8, which the engine refuses.
    @inlinable public static func shiftRight(_ a: Bool, _ b: Bool) -> Bool { a }
}

/// Floats have no bitwise loops; these members exist for the generic kernels only and are
/// never reached (``BinaryOperator`` and ``UnaryOperator/invert`` refuse float operands).
extension ElementBitwise where Self: BinaryFloatingPoint {
    @inlinable public static func bitAnd(_ a: Self, _ b: Self) -> Self { a }
    @inlinable public static func bitOr(_ a: Self, _ b: Self) -> Self { a }
    @inlinable public static func bitXor(_ a: Self, _ b: Self) -> Self { a }
    @inlinable public static func bitNot(_ a: Self) -> Self { a }
    @inlinable public static func shiftLeft(_ a: Self, _ b: Self) -> Self { a }
    @inlinable public static func shiftRight(_ a: Self, _ b: Self) -> Self { a }
}

extension Float: ElementBitwise {}
extension Double: ElementBitwise {}
