#if canImport(Glibc)
import Glibc
#endif

/// The unary math of an element type, as NumPy's unary ufunc loops compute it.
///
/// Floats: the C library's functions (`sqrt`, `exp`, `log`, ... of glibc; `sqrtf`, `expf`, ...
/// for float32). `sqrt`, `floor`, `ceil`, `fabs`, `square` (`x·x`) and `reciprocal` (`1/x`)
/// are exact IEEE operations and give NumPy's bits; the transcendental functions agree with
/// NumPy 2.4.6 on x86-64 with AVX-512 (its SIMD/SVML loops) to within 3 units in the last
/// place, measured in docs/research/numpy-unary-ufuncs.md. `sign` gives -1, 0 or 1 (0 for
/// -0.0) and NaN for NaN.
///
/// Integers: `absolute` wraps (`abs(int32.min)` is `int32.min`), `square` wraps, `reciprocal`
/// is NumPy's `(type)(1.0 / x)` (C's conversion of the double: 0 gives the integer's
/// "indefinite" value), `sign` gives -1, 0 or 1, `floor`/`ceil` return the value. The float
/// functions (`sqrt`, `exp`, ...) never run on integers: NumPy computes them in float64
/// (see ``UnaryOperator``); the integer members convert through `Double` for completeness.
/// Booleans: `absolute`, `floor`, `ceil` return the value; NumPy has no boolean loop for the
/// others.
public protocol ElementMath {
    static func absolute(_ a: Self) -> Self
    static func square(_ a: Self) -> Self
    static func reciprocal(_ a: Self) -> Self
    static func sign(_ a: Self) -> Self
    static func floor(_ a: Self) -> Self
    static func ceil(_ a: Self) -> Self
    static func sqrt(_ a: Self) -> Self
    static func exp(_ a: Self) -> Self
    static func log(_ a: Self) -> Self
    static func log2(_ a: Self) -> Self
    static func log10(_ a: Self) -> Self
    static func sin(_ a: Self) -> Self
    static func cos(_ a: Self) -> Self
    static func tan(_ a: Self) -> Self
    static func tanh(_ a: Self) -> Self
    /// The nearest integral value, ties to even (C's `rint` in the default rounding mode).
    static func rint(_ a: Self) -> Self
}

extension ElementMath where Self: FixedWidthInteger & ArrayElement {
    @inlinable public static func absolute(_ a: Self) -> Self { a < 0 ? 0 &- a : a }
    @inlinable public static func square(_ a: Self) -> Self { a &* a }
    @inlinable public static func reciprocal(_ a: Self) -> Self { Self(floatCast: 1.0 / a.doubleValue) }
    @inlinable public static func sign(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) }
    @inlinable public static func floor(_ a: Self) -> Self { a }
    @inlinable public static func ceil(_ a: Self) -> Self { a }
    @inlinable public static func sqrt(_ a: Self) -> Self { viaDouble(a, Glibc.sqrt) }
    @inlinable public static func exp(_ a: Self) -> Self { viaDouble(a, Glibc.exp) }
    @inlinable public static func log(_ a: Self) -> Self { viaDouble(a, Glibc.log) }
    @inlinable public static func log2(_ a: Self) -> Self { viaDouble(a, Glibc.log2) }
    @inlinable public static func log10(_ a: Self) -> Self { viaDouble(a, Glibc.log10) }
    @inlinable public static func sin(_ a: Self) -> Self { viaDouble(a, Glibc.sin) }
    @inlinable public static func cos(_ a: Self) -> Self { viaDouble(a, Glibc.cos) }
    @inlinable public static func tan(_ a: Self) -> Self { viaDouble(a, Glibc.tan) }
    @inlinable public static func tanh(_ a: Self) -> Self { viaDouble(a, Glibc.tanh) }
    @inlinable public static func rint(_ a: Self) -> Self { a }

    @inlinable static func viaDouble(_ a: Self, _ f: (Double) -> Double) -> Self { Self(floatCast: f(a.doubleValue)) }
}

extension UInt8: ElementMath {}
extension Int32: ElementMath {}
extension Int64: ElementMath {}

extension ElementMath where Self: BinaryFloatingPoint {
    @inlinable public static func absolute(_ a: Self) -> Self { Swift.abs(a) }
    @inlinable public static func square(_ a: Self) -> Self { a * a }
    @inlinable public static func reciprocal(_ a: Self) -> Self { 1 / a }
    @inlinable public static func sign(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a)) }
    @inlinable public static func floor(_ a: Self) -> Self { a.rounded(.down) }
    @inlinable public static func ceil(_ a: Self) -> Self { a.rounded(.up) }
    @inlinable public static func sqrt(_ a: Self) -> Self { a.squareRoot() }
    @inlinable public static func rint(_ a: Self) -> Self { a.rounded(.toNearestOrEven) }
}

extension Float: ElementMath {
    @inlinable public static func exp(_ a: Float) -> Float { expf(a) }
    @inlinable public static func log(_ a: Float) -> Float { logf(a) }
    @inlinable public static func log2(_ a: Float) -> Float { log2f(a) }
    @inlinable public static func log10(_ a: Float) -> Float { log10f(a) }
    @inlinable public static func sin(_ a: Float) -> Float { sinf(a) }
    @inlinable public static func cos(_ a: Float) -> Float { cosf(a) }
    @inlinable public static func tan(_ a: Float) -> Float { tanf(a) }
    @inlinable public static func tanh(_ a: Float) -> Float { tanhf(a) }
}

extension Double: ElementMath {
    @inlinable public static func exp(_ a: Double) -> Double { Glibc.exp(a) }
    @inlinable public static func log(_ a: Double) -> Double { Glibc.log(a) }
    @inlinable public static func log2(_ a: Double) -> Double { Glibc.log2(a) }
    @inlinable public static func log10(_ a: Double) -> Double { Glibc.log10(a) }
    @inlinable public static func sin(_ a: Double) -> Double { Glibc.sin(a) }
    @inlinable public static func cos(_ a: Double) -> Double { Glibc.cos(a) }
    @inlinable public static func tan(_ a: Double) -> Double { Glibc.tan(a) }
    @inlinable public static func tanh(_ a: Double) -> Double { Glibc.tanh(a) }
}

/// Booleans: NumPy's `?->?` loops of `absolute`, `floor` and `ceil` return the value; the
/// other members are never reached (the loop resolution of ``UnaryOperator`` refuses them).
extension Bool: ElementMath {
    @inlinable public static func absolute(_ a: Bool) -> Bool { a }
    @inlinable public static func square(_ a: Bool) -> Bool { a }
    @inlinable public static func reciprocal(_ a: Bool) -> Bool { a }
    @inlinable public static func sign(_ a: Bool) -> Bool { a }
    @inlinable public static func floor(_ a: Bool) -> Bool { a }
    @inlinable public static func ceil(_ a: Bool) -> Bool { a }
    @inlinable public static func sqrt(_ a: Bool) -> Bool { a }
    @inlinable public static func exp(_ a: Bool) -> Bool { a }
    @inlinable public static func log(_ a: Bool) -> Bool { a }
    @inlinable public static func log2(_ a: Bool) -> Bool { a }
    @inlinable public static func log10(_ a: Bool) -> Bool { a }
    @inlinable public static func sin(_ a: Bool) -> Bool { a }
    @inlinable public static func cos(_ a: Bool) -> Bool { a }
    @inlinable public static func tan(_ a: Bool) -> Bool { a }
    @inlinable public static func tanh(_ a: Bool) -> Bool { a }
    @inlinable public static func rint(_ a: Bool) -> Bool { a }
}
