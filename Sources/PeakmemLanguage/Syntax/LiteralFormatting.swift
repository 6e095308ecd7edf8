/// Renders literal values as Python's `repr` does: for the syntax tree's and the tokens'
/// descriptions, and for the runtime's `repr` and `str` of Python values.
public enum LiteralFormatting {
    /// A float as Python's `repr`: the shortest round-tripping digits, positional notation for
    /// decimal exponents in -4 ..< 16 (`0.0001`, `1000000000000000.0`), scientific otherwise
    /// (`1e-05`, `1e+16`, `1.5e+300`). Infinity is written `1e309`, which reads back as infinity.
    /// A `Float` gets the shortest digits that read back as that `Float` (`str(np.float32(0.1))`).
    public static func float<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-1e309" : "1e309" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description also gives the shortest round-tripping digits.
        var text = value.magnitude.description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(parts[0])
        let fractionDigits = parts.count > 1 ? String(parts[1]) : ""
        // value = 0.d1d2d3... * 10^pointPosition, with d1 != 0
        var digits = integerDigits + fractionDigits
        var pointPosition = integerDigits.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let sign = value.sign == .minus ? "-" : ""
        let scientificExponent = pointPosition - 1
        if scientificExponent >= -4 && scientificExponent < 16 {
            if pointPosition <= 0 {
                return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
            }
            if pointPosition >= digits.count {
                return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
            }
            let split = digits.index(digits.startIndex, offsetBy: pointPosition)
            return sign + digits[..<split] + "." + digits[split...]
        }
        var mantissa = String(digits.first!)
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        let exponentSign = scientificExponent < 0 ? "-" : "+"
        let exponentDigits = String(scientificExponent.magnitude)
        return sign + mantissa + "e" + exponentSign + (exponentDigits.count < 2 ? "0" : "") + exponentDigits
    }

    /// A string as Python's `repr`: single quotes unless the text contains `'` and no `"`;
    /// backslash, the quote and non-printable characters escaped.
    public static func string(_ value: String) -> String {
        let quote: Unicode.Scalar = value.contains("'") && !value.contains("\"") ? "\"" : "'"
        var text = String.UnicodeScalarView()
        text.append(quote)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": text.append(contentsOf: "\\n".unicodeScalars)
            case "\r": text.append(contentsOf: "\\r".unicodeScalars)
            case "\t": text.append(contentsOf: "\\t".unicodeScalars)
            case quote:
                text.append("\\")
                text.append(scalar)
            default:
                if Lexer.isPrintable(scalar) {
                    text.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16)
                    let (prefix, width) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
                    text.append(contentsOf: (prefix + String(repeating: "0", count: width - hex.count) + hex).unicodeScalars)
                }
            }
        }
        text.append(quote)
        return String(text)
    }
}
