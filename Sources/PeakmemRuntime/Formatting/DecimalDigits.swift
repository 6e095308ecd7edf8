import Foundation

/// The decimal digits of a finite, non-negative binary float: `value = 0.d₁d₂d₃… × 10^pointPosition`
/// with `d₁ ≠ 0` (or no digits at all for zero).
///
/// The shortest digits that read back as the same float come from Swift's `description`
/// (the same digits as Python's `repr` and NumPy's Dragon4 in unique mode); rounded digits
/// come from C's `printf`, which rounds the exact binary value as Dragon4 does.
struct DecimalDigits: Equatable {
    /// The significant digits, without leading or trailing zeros.
    var digits: [UInt8]
    /// Where the decimal point sits relative to the first digit.
    var pointPosition: Int

    /// The shortest round-tripping digits of `value` (a `Double` or a `Float`, non-negative).
    init<F: BinaryFloatingPoint & CustomStringConvertible>(shortest value: F) {
        self.init(parsing: value.magnitude.description)
    }

    /// The digits of `value` rounded to `fractionDigits` digits after the point.
    init(_ value: Double, fractionDigits: Int) {
        self.init(parsing: String(format: "%.\(fractionDigits)f", value.magnitude))
    }

    /// The digits of `value` rounded to `significantDigits` significant digits.
    init(_ value: Double, significantDigits: Int) {
        self.init(parsing: String(format: "%.\(max(0, significantDigits - 1))e", value.magnitude))
    }

    /// Parses `123.45`, `1e-05`, `1.5e+20`, `0.001`.
    init(parsing text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            mantissa = text[..<e]
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = Array(parts[0].utf8).map { $0 - 48 }
        let fractionDigits = parts.count > 1 ? Array(parts[1].utf8).map { $0 - 48 } : []
        var digits = integerDigits + fractionDigits
        var point = integerDigits.count + exponent
        while let first = digits.first, first == 0 {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        if digits.isEmpty { point = 1 }
        self.digits = digits
        self.pointPosition = point
    }

    /// True for zero.
    var isZero: Bool { digits.isEmpty }

    /// The decimal exponent of the first digit (scientific notation's exponent).
    var scientificExponent: Int { isZero ? 0 : pointPosition - 1 }

    /// How many digits follow the decimal point in positional notation.
    var fractionCount: Int { max(0, digits.count - pointPosition) }

    /// The digits before the point in positional notation (`"0"` when there are none).
    var integerPart: String {
        if pointPosition <= 0 || isZero { return "0" }
        var text = ""
        for index in 0..<pointPosition { text.append(index < digits.count ? Character(String(digits[index])) : "0") }
        return text
    }

    /// The digits after the point in positional notation (possibly empty).
    var fractionPart: String {
        guard fractionCount > 0 else { return "" }
        var text = String(repeating: "0", count: max(0, -pointPosition))
        for digit in digits[max(0, pointPosition)...] { text.append(Character(String(digit))) }
        return text
    }

    /// The mantissa digits after the first in scientific notation (possibly empty).
    var scientificFraction: String {
        digits.dropFirst().map { String($0) }.joined()
    }

    /// The first digit in scientific notation.
    var leadingDigit: String { isZero ? "0" : String(digits[0]) }
}
