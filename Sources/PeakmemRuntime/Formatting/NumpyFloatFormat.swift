/// NumPy's `FloatingFormat` with the default print options (`precision=8`, `floatmode='maxprec'`,
/// `suppress=False`, `sign='-'`): the text of every float element of one array, padded to a
/// common width so that the decimal points line up.
///
/// Scientific notation is chosen for the whole array when its largest non-zero magnitude is at
/// least 1e8, its smallest is below 1e-4, or their ratio exceeds 1000; otherwise elements are
/// positional with at most 8 fraction digits (`0.33333333`), trailing zeros trimmed but the
/// point kept (`1.`).
struct NumpyFloatFormat {
    static let precision = 8

    private(set) var scientific = false
    private(set) var padLeft = 0
    private(set) var padRight = 0
    /// Scientific mode: fraction digits of every mantissa.
    private(set) var fractionDigits = 0
    /// Scientific mode: digits of every exponent.
    private(set) var exponentDigits = 2
    let isFloat32: Bool
    /// True for the imaginary parts of a complex array, which NumPy formats with `sign='+'`:
    /// every value carries its sign, and the padding counts it.
    var forcesSign = false

    /// The format for the displayed elements `values` of one array.
    init(_ values: [Double], isFloat32: Bool, forcesSign: Bool = false) {
        self.isFloat32 = isFloat32
        self.forcesSign = forcesSign
        let finite = values.filter(\.isFinite)
        let nonZero = finite.filter { $0 != 0 }.map(\.magnitude)
        if let maxValue = nonZero.max(), let minValue = nonZero.min() {
            scientific = maxValue >= 1e8 || minValue < 0.0001 || maxValue / minValue > 1000
        }
        if !finite.isEmpty {
            if scientific {
                let parts = finite.map(scientificParts)
                fractionDigits = parts.map(\.digits.scientificFraction.count).max() ?? 0
                exponentDigits = max(2, parts.map { String($0.digits.scientificExponent.magnitude).count }.max() ?? 2)
                padLeft = parts.map { ($0.negative || forcesSign ? 1 : 0) + 1 }.max() ?? 1
                padRight = exponentDigits + 2 + fractionDigits
            } else {
                let parts = finite.map(positionalParts)
                padLeft = parts.map { ($0.negative || forcesSign ? 1 : 0) + $0.digits.integerPart.count }.max() ?? 1
                padRight = parts.map(\.digits.fractionPart.count).max() ?? 0
            }
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
        }
    }

    private func signText(_ negative: Bool) -> String { negative ? "-" : (forcesSign ? "+" : "") }

    /// One element's text, padded.
    func format(_ value: Double) -> String {
        guard value.isFinite else {
            let text = (forcesSign && !(value < 0) ? "+" : "") + (value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf"))
            return leftPad(text, padLeft + padRight + 1)
        }
        if scientific {
            let (digits, negative) = scientificParts(value)
            var fraction = digits.scientificFraction
            fraction += String(repeating: "0", count: max(0, fractionDigits - fraction.count))
            let mantissa = leftPad(signText(negative) + digits.leadingDigit, padLeft)
            return mantissa + "." + fraction + "e" + PythonFormat.exponentText(digits.scientificExponent, digits: exponentDigits)
        }
        let (digits, negative) = positionalParts(value)
        let integer = leftPad(signText(negative) + digits.integerPart, padLeft)
        let fraction = digits.fractionPart
        return integer + "." + fraction + String(repeating: " ", count: max(0, padRight - fraction.count))
    }

    /// Dragon4 positional, unique, at most `precision` fraction digits.
    private func positionalParts(_ value: Double) -> (digits: DecimalDigits, negative: Bool) {
        var digits = shortest(value)
        if digits.fractionCount > Self.precision {
            digits = DecimalDigits(value, fractionDigits: Self.precision)
        }
        return (digits, value.sign == .minus)
    }

    /// Dragon4 scientific, unique, at most `precision` mantissa fraction digits.
    private func scientificParts(_ value: Double) -> (digits: DecimalDigits, negative: Bool) {
        var digits = shortest(value)
        if digits.digits.count > Self.precision + 1 {
            digits = DecimalDigits(value, significantDigits: Self.precision + 1)
        }
        return (digits, value.sign == .minus)
    }

    private func shortest(_ value: Double) -> DecimalDigits {
        isFloat32 ? DecimalDigits(shortest: Float(value)) : DecimalDigits(shortest: value)
    }
}

/// `text` right-justified in `width` characters.
func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
