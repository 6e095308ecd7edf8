extension Lexer {
    /// Scans a number: decimal/hex/octal/binary integers with `_` separators, floats
    /// (`1.`, `.5`, `1e-3`, `1_000.5`) and imaginary literals (`2j`), with CPython's checks
    /// ("invalid decimal literal", "leading zeros in decimal integer literals are not permitted").
    mutating func scanNumber() throws(LanguageError) {
        let start = location
        if peek() == "0", let marker = peek(1), let radix = Lexer.radix(of: marker) {
            advance()
            advance()
            try scanRadixInteger(radix: radix, start: start)
            return
        }
        let integerPart = try scanDecimalDigits()
        var fraction: String?
        var exponent: String?
        if peek() == "." {
            advance()
            fraction = peek().map(Lexer.isDecimalDigit) == true ? try scanDecimalDigits() : ""
        }
        if let marker = peek(), marker == "e" || marker == "E" {
            exponent = try scanExponent()
        }
        var imaginary = false
        if let marker = peek(), marker == "j" || marker == "J" {
            advance()
            imaginary = true
        }
        try verifyEndOfNumber("decimal")
        let range = SourceRange(start: start, end: location)
        if fraction == nil, exponent == nil, !imaginary {
            if integerPart.count > 1, integerPart.first == "0", integerPart.contains(where: { $0 != "0" }) {
                throw error(
                    .syntax,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    range)
            }
            emit(Int(integerPart).map(TokenKind.integer) ?? .bigInteger(integerPart), range)
            return
        }
        var text = integerPart.isEmpty ? "0" : integerPart
        text += "." + ((fraction ?? "").isEmpty ? "0" : fraction!)
        if let exponent { text += "e" + exponent }
        let value = Double(text) ?? .infinity
        emit(imaginary ? .imaginary(value) : .float(value), range)
    }

    /// The radix named by the letter after a leading `0`: `x`, `o`, `b`.
    static func radix(of marker: Unicode.Scalar) -> Int? {
        switch marker {
        case "x", "X": return 16
        case "o", "O": return 8
        case "b", "B": return 2
        default: return nil
        }
    }

    /// The digits of a `0x`/`0o`/`0b` literal, after the prefix.
    mutating func scanRadixInteger(radix: Int, start: SourceLocation) throws(LanguageError) {
        let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
        var digits = ""
        while true {
            if peek() == "_" {
                advance()
            }
            guard let scalar = peek(), Lexer.digitValue(scalar, radix: radix) != nil else {
                if let scalar = peek(), Lexer.isDecimalDigit(scalar) {
                    throw error(.syntax, "invalid digit '\(Character(scalar))' in \(name) literal", hereOneWide)
                }
                if digits.isEmpty || peek(-1) == "_" {
                    throw error(.syntax, "invalid \(name) literal", hereOneWide)
                }
                break
            }
            digits.unicodeScalars.append(scalar)
            advance()
        }
        try verifyEndOfNumber(name)
        let range = SourceRange(start: start, end: location)
        emit(Int(digits, radix: radix).map(TokenKind.integer) ?? .bigInteger(Lexer.decimalText(digits, radix: radix)), range)
    }

    /// Decimal digits with single `_` separators between them (at least one digit).
    mutating func scanDecimalDigits() throws(LanguageError) -> String {
        var digits = ""
        while let scalar = peek() {
            if Lexer.isDecimalDigit(scalar) {
                digits.unicodeScalars.append(scalar)
                advance()
            } else if scalar == "_", !digits.isEmpty {
                guard let next = peek(1), Lexer.isDecimalDigit(next) else {
                    throw error(.syntax, "invalid decimal literal", hereOneWide)
                }
                advance()
            } else {
                break
            }
        }
        return digits
    }

    /// The exponent after `e`/`E`, as `[+-]digits`. `1else` is `1` followed by `else`, as in
    /// CPython.
    mutating func scanExponent() throws(LanguageError) -> String? {
        var offset = 1
        var sign = ""
        if let scalar = peek(1), scalar == "+" || scalar == "-" {
            sign = String(Character(scalar))
            offset = 2
        }
        guard let digit = peek(offset), Lexer.isDecimalDigit(digit) else {
            if sign.isEmpty, remainingStarts(with: "else") { return nil }
            for _ in 0..<offset { advance() }
            throw error(.syntax, "invalid decimal literal", hereOneWide)
        }
        for _ in 0..<offset { advance() }
        return sign + (try scanDecimalDigits())
    }

    /// A number may be followed directly by `and`, `else`, `for`, `if`, `in`, `is`, `not`, `or`
    /// (`1if x else 2` is valid Python), but not by other identifier characters.
    mutating func verifyEndOfNumber(_ kind: String) throws(LanguageError) {
        guard let scalar = peek(), Lexer.isIdentifierContinue(scalar) else { return }
        for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] where remainingStarts(with: keyword) {
            return
        }
        throw error(.syntax, "invalid \(kind) literal", hereOneWide)
    }

    /// Whether the text at the cursor starts with `text`.
    func remainingStarts(with text: String) -> Bool {
        var offset = 0
        for scalar in text.unicodeScalars {
            if peek(offset) != scalar { return false }
            offset += 1
        }
        return true
    }

    /// A one-character range at the cursor.
    var hereOneWide: SourceRange {
        SourceRange(start: location, end: SourceLocation(line: line, column: column + 1))
    }

    /// The decimal digits of a big integer written in `radix` (for the message that rejects it).
    static func decimalText(_ digits: String, radix: Int) -> String {
        var decimal: [Int] = [0]  // little-endian base-10 digits
        for scalar in digits.unicodeScalars {
            var carry = digitValue(scalar, radix: radix) ?? 0
            for position in decimal.indices {
                let value = decimal[position] * radix + carry
                decimal[position] = value % 10
                carry = value / 10
            }
            while carry > 0 {
                decimal.append(carry % 10)
                carry /= 10
            }
        }
        return String(decimal.reversed().map { Character(String($0)) })
    }
}
