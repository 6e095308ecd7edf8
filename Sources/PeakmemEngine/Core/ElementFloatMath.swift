#if canImport(Glibc)
import Glibc
#endif

/// The float-only unary ufuncs beyond ``ElementMath``'s (`np.log1p`, `np.arcsin`, …): NumPy
/// computes them in float32 or float64 (integers in float64), so only the float types run
/// them; the integer and boolean members exist for the generic loops and are never reached.
public enum FloatFunction: String, Sendable, CaseIterable {
    case log1p, expm1, arcsin, arccos, arctan, sinh, cosh, arcsinh, arccosh, arctanh, exp2, cbrt
    /// `x·(π/180)` and `x·(180/π)`, the constant computed in the element type, as NumPy's
    /// `npy_deg2rad`/`npy_rad2deg` (and their float32 forms) multiply.
    case deg2rad, rad2deg
    /// Round toward zero (`np.trunc`; integers keep their value and dtype, see ``UnaryOperator``).
    case trunc
}

/// The binary ufuncs beyond ``ElementArithmetic``'s: `np.arctan2`, `np.hypot`, `np.copysign`,
/// `np.logaddexp`, `np.heaviside` (float-only: integers in float64), `np.fmod` (C's `fmod`;
/// integers: C's `%`, 0 for a zero divisor), `np.fmax`/`np.fmin` (the non-NaN operand wins).
public enum FloatBinaryFunction: String, Sendable, CaseIterable {
    case arctan2, hypot, copysign, logaddexp, heaviside, fmod, fmax, fmin
}

/// The element math of ``FloatFunction`` and ``FloatBinaryFunction`` (glibc's functions;
/// the transcendental ones may differ from NumPy's SIMD loops by a few units in the last
/// place, see docs/research/numpy-more-ufuncs.md).
public protocol ElementFloatMath {
    static func apply(_ f: FloatFunction, _ a: Self) -> Self
    static func apply(_ f: FloatBinaryFunction, _ a: Self, _ b: Self) -> Self
}

extension ElementFloatMath where Self: FixedWidthInteger {
    @inlinable public static func apply(_ f: FloatFunction, _ a: Self) -> Self { a }
    @inlinable public static func apply(_ f: FloatBinaryFunction, _ a: Self, _ b: Self) -> Self {
        switch f {
        case .fmax: Swift.max(a, b)
        case .fmin: Swift.min(a, b)
        case .fmod: b == 0 ? 0 : (a == Self.min && b == 0 &- 1 ? 0 : a % b)
        default: a
        }
    }
}

extension UInt8: ElementFloatMath {}
extension Int32: ElementFloatMath {}
extension Int64: ElementFloatMath {}

extension Bool: ElementFloatMath {
    @inlinable public static func apply(_ f: FloatFunction, _ a: Bool) -> Bool { a }
    @inlinable public static func apply(_ f: FloatBinaryFunction, _ a: Bool, _ b: Bool) -> Bool {
        switch f {
        case .fmax: a || b
        case .fmin: a && b
        default: a
        }
    }
}

extension ElementFloatMath where Self: BinaryFloatingPoint {
    /// NumPy's `npy_logaddexp`: `x + ln 2` for equal operands (infinities included), else the
    /// larger plus `log1p(exp(−|x − y|))`, NaN when the difference is NaN.
    @inlinable static func logaddexp(_ x: Self, _ y: Self, log1p: (Self) -> Self, exp: (Self) -> Self) -> Self {
        if x == y { return x + Self(0.693147180559945309417232121458176568) }
        let d = x - y
        if d > 0 { return x + log1p(exp(-d)) }
        if d <= 0 { return y + log1p(exp(d)) }
        return d
    }

    /// NumPy's `heaviside(x, h0)`: 0 below zero, `h0` at zero, 1 above, NaN for NaN.
    @inlinable static func heaviside(_ x: Self, _ h0: Self) -> Self {
        if x < 0 { return 0 }
        if x == 0 { return h0 }
        if x > 0 { return 1 }
        return x
    }

    /// `fmax`/`fmin`: the non-NaN operand when one is NaN (NumPy's `npy_fmax`).
    @inlinable static func fmax(_ a: Self, _ b: Self) -> Self { (a >= b || b.isNaN) ? a : b }
    @inlinable static func fmin(_ a: Self, _ b: Self) -> Self { (a <= b || b.isNaN) ? a : b }
}

extension Double: ElementFloatMath {
    @inlinable public static func apply(_ f: FloatFunction, _ a: Double) -> Double {
        switch f {
        case .log1p: Glibc.log1p(a)
        case .expm1: Glibc.expm1(a)
        case .arcsin: Glibc.asin(a)
        case .arccos: Glibc.acos(a)
        case .arctan: Glibc.atan(a)
        case .sinh: Glibc.sinh(a)
        case .cosh: Glibc.cosh(a)
        case .arcsinh: Glibc.asinh(a)
        case .arccosh: Glibc.acosh(a)
        case .arctanh: Glibc.atanh(a)
        case .exp2: Glibc.exp2(a)
        case .cbrt: Glibc.cbrt(a)
        case .deg2rad: a * (Double.pi / 180)
        case .rad2deg: a * (180 / Double.pi)
        case .trunc: Glibc.trunc(a)
        }
    }

    @inlinable public static func apply(_ f: FloatBinaryFunction, _ a: Double, _ b: Double) -> Double {
        switch f {
        case .arctan2: Glibc.atan2(a, b)
        case .hypot: Glibc.hypot(a, b)
        case .copysign: Glibc.copysign(a, b)
        case .logaddexp: logaddexp(a, b, log1p: Glibc.log1p, exp: Glibc.exp)
        case .heaviside: heaviside(a, b)
        case .fmod: Glibc.fmod(a, b)
        case .fmax: fmax(a, b)
        case .fmin: fmin(a, b)
        }
    }
}

extension Float: ElementFloatMath {
    @inlinable public static func apply(_ f: FloatFunction, _ a: Float) -> Float {
        switch f {
        case .log1p: log1pf(a)
        case .expm1: expm1f(a)
        case .arcsin: asinf(a)
        case .arccos: acosf(a)
        case .arctan: atanf(a)
        case .sinh: sinhf(a)
        case .cosh: coshf(a)
        case .arcsinh: asinhf(a)
        case .arccosh: acoshf(a)
        case .arctanh: atanhf(a)
        case .exp2: exp2f(a)
        case .cbrt: cbrtf(a)
        case .deg2rad: a * (Float(Double.pi) / 180)  // π rounded to nearest (Float.pi rounds toward zero)
        case .rad2deg: a * (180 / Float(Double.pi))
        case .trunc: truncf(a)
        }
    }

    @inlinable public static func apply(_ f: FloatBinaryFunction, _ a: Float, _ b: Float) -> Float {
        switch f {
        case .arctan2: atan2f(a, b)
        case .hypot: hypotf(a, b)
        case .copysign: copysignf(a, b)
        case .logaddexp: logaddexp(a, b, log1p: log1pf, exp: expf)
        case .heaviside: heaviside(a, b)
        case .fmod: fmodf(a, b)
        case .fmax: fmax(a, b)
        case .fmin: fmin(a, b)
        }
    }
}
