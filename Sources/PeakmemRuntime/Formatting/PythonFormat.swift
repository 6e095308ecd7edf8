import PeakmemLanguage

/// Python's text for numbers: `repr(float)`, and NumPy's `str` of its float scalars.
enum PythonFormat {
    /// `repr(x)` of a Python float, and `str` of a NumPy float scalar (a `Float` for float32):
    /// the shortest digits that read back as `x` (``LiteralFormatting/float(_:)``), with `inf`
    /// and `-inf` as Python prints them.
    static func float<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> String {
        value.isInfinite ? (value < 0 ? "-inf" : "inf") : LiteralFormatting.float(value)
    }

    /// `+05`, `-12`, `+308`: the sign and at least `digits` digits.
    static func exponentText(_ exponent: Int, digits: Int) -> String {
        let magnitude = String(exponent.magnitude)
        return (exponent < 0 ? "-" : "+") + String(repeating: "0", count: max(0, digits - magnitude.count)) + magnitude
    }
}
