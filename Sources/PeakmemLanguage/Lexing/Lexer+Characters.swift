extension Lexer {
    /// Whether `scalar` can start an identifier: `_`, a letter, or any XID_Start scalar (Python
    /// accepts non-ASCII identifiers such as `λ`; they are not NFKC-normalized here).
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isXIDStart
    }

    /// Whether `scalar` can continue an identifier.
    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isIdentifierStart(scalar) || isDecimalDigit(scalar) }
        return scalar.properties.isXIDContinue
    }

    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The value of `scalar` as a digit in `radix`, if it is one.
    static func digitValue(_ scalar: Unicode.Scalar, radix: Int) -> Int? {
        let value: Int
        switch scalar {
        case "0"..."9": value = Int(scalar.value - 48)
        case "a"..."f": value = Int(scalar.value - 97 + 10)
        case "A"..."F": value = Int(scalar.value - 65 + 10)
        default: return nil
        }
        return value < radix ? value : nil
    }

    /// Python's `str.isprintable` for one scalar: not a control, format, surrogate, private-use,
    /// unassigned or separator character, except the ASCII space.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    /// `U+00A0`: at least four upper-case hex digits.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
