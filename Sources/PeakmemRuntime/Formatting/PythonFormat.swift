/// Python's text for numbers: `repr(float)`, and NumPy's `str` of its float scalars.
enum PythonFormat {
    /// `repr(x)` of a Python float: the shortest digits that read back as `x`, positional for
    /// decimal exponents -4 ..< 16 (`0.0001`, `1e+16`, `1e-05`, `1.0`), `inf`, `-inf`, `nan`.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return render(DecimalDigits(shortest: value), negative: value.sign == .minus)
    }

    /// `str(np.float32(x))`: as ``float(_:)`` with the shortest digits of the float32 value.
    static func float32(_ value: Float) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return render(DecimalDigits(shortest: value), negative: value.sign == .minus)
    }

    private static func render(_ d: DecimalDigits, negative: Bool) -> String {
        let sign = negative ? "-" : ""
        if d.isZero { return sign + "0.0" }
        let exponent = d.scientificExponent
        if exponent >= -4 && exponent < 16 {
            let fraction = d.fractionPart
            return sign + d.integerPart + "." + (fraction.isEmpty ? "0" : fraction)
        }
        let fraction = d.scientificFraction
        let mantissa = d.leadingDigit + (fraction.isEmpty ? "" : "." + fraction)
        return sign + mantissa + "e" + exponentText(exponent, digits: 2)
    }

    /// `+05`, `-12`, `+308`: the sign and at least `digits` digits.
    static func exponentText(_ exponent: Int, digits: Int) -> String {
        let magnitude = String(exponent.magnitude)
        return (exponent < 0 ? "-" : "+") + String(repeating: "0", count: max(0, digits - magnitude.count)) + magnitude
    }
}
