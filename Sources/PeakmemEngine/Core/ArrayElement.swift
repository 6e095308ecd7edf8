/// A Swift type that stores the elements of one ``DType``.
///
/// `Bool` ↔ `bool`, `UInt8` ↔ `uint8`, `Int32` ↔ `int32`, `Int64` ↔ `int64`,
/// `Float` ↔ `float32`, `Double` ↔ `float64`. Conversions between them follow C's casts as
/// NumPy performs them on x86-64: integers wrap (two's complement truncation), floats
/// truncate toward zero when cast to an integer, and a float outside the integer's range
/// gives what the x86-64 conversion instruction gives (the "integer indefinite" value,
/// e.g. `-9223372036854775808` for int64) instead of trapping.
public protocol ArrayElement: Sendable, Equatable, ElementArithmetic, ElementBitwise, ElementMath, ElementFloatMath {
    /// The dtype this type stores.
    static var dtype: DType { get }
    /// The value as a double (exact for every type but large int64).
    var doubleValue: Double { get }
    /// The value as an int64 (floats truncated as C does).
    var int64Value: Int64 { get }
    /// A value from a double, cast as C casts.
    init(floatCast value: Double)
    /// A value from an int64, cast as C casts.
    init(intCast value: Int64)
}

extension ArrayElement {
    /// Casts `value` of another element type as NumPy's `astype(..., casting='unsafe')` does.
    @inlinable
    public static func cast<Source: ArrayElement>(_ value: Source) -> Self {
        Source.dtype.isFloatingPoint ? Self(floatCast: value.doubleValue) : Self(intCast: value.int64Value)
    }
}

/// The x86-64 `cvttsd2si` conversion: truncation toward zero, and `Int64.min` for values it
/// cannot represent (NaN, infinities, out of range).
@inlinable
func truncatingConversion(_ value: Double) -> Int64 {
    if value.isNaN || value >= 9_223_372_036_854_775_808.0 || value < -9_223_372_036_854_775_808.0 {
        return .min
    }
    return Int64(value.rounded(.towardZero))
}

extension Bool: ArrayElement {
    public static var dtype: DType { .bool }
    @inlinable public var doubleValue: Double { self ? 1 : 0 }
    @inlinable public var int64Value: Int64 { self ? 1 : 0 }
    @inlinable public init(floatCast value: Double) { self = value != 0 }
    @inlinable public init(intCast value: Int64) { self = value != 0 }
}

extension UInt8: ArrayElement {
    public static var dtype: DType { .uint8 }
    @inlinable public var doubleValue: Double { Double(self) }
    @inlinable public var int64Value: Int64 { Int64(self) }
    /// Through a 32-bit conversion, as compilers emit for `(npy_ubyte)double`.
    @inlinable public init(floatCast value: Double) {
        let wide: Int64 = (value.isNaN || value >= 2_147_483_648.0 || value < -2_147_483_648.0)
            ? Int64(Int32.min) : Int64(value.rounded(.towardZero))
        self = UInt8(truncatingIfNeeded: wide)
    }
    @inlinable public init(intCast value: Int64) { self = UInt8(truncatingIfNeeded: value) }
}

extension Int32: ArrayElement {
    public static var dtype: DType { .int32 }
    @inlinable public var doubleValue: Double { Double(self) }
    @inlinable public var int64Value: Int64 { Int64(self) }
    @inlinable public init(floatCast value: Double) {
        if value.isNaN || value >= 2_147_483_648.0 || value < -2_147_483_648.0 {
            self = .min
        } else {
            self = Int32(value.rounded(.towardZero))
        }
    }
    @inlinable public init(intCast value: Int64) { self = Int32(truncatingIfNeeded: value) }
}

extension Int64: ArrayElement {
    public static var dtype: DType { .int64 }
    @inlinable public var doubleValue: Double { Double(self) }
    @inlinable public var int64Value: Int64 { self }
    @inlinable public init(floatCast value: Double) { self = truncatingConversion(value) }
    @inlinable public init(intCast value: Int64) { self = value }
}

extension Float: ArrayElement {
    public static var dtype: DType { .float32 }
    @inlinable public var doubleValue: Double { Double(self) }
    @inlinable public var int64Value: Int64 { truncatingConversion(Double(self)) }
    @inlinable public init(floatCast value: Double) { self = Float(value) }
    @inlinable public init(intCast value: Int64) { self = Float(value) }
}

extension Double: ArrayElement {
    public static var dtype: DType { .float64 }
    @inlinable public var doubleValue: Double { self }
    @inlinable public var int64Value: Int64 { truncatingConversion(self) }
    @inlinable public init(floatCast value: Double) { self = value }
    @inlinable public init(intCast value: Int64) { self = Double(value) }
}
