extension Lexer {
    /// Scans a string literal whose opening quote is at the cursor; `prefix` is the lower-cased
    /// prefix (`r`, `b`, `f`, `u`, `rb`, ...) and `start` where the literal (prefix included)
    /// begins. Handles `'`, `"`, triple quotes, raw strings and Python's escapes; an unknown escape
    /// such as `\d` keeps its backslash, as Python does.
    mutating func scanString(prefix: String, start: SourceLocation) throws(LanguageError) {
        guard let quote = peek() else { return }
        advance()
        var triple = false
        if peek() == quote, peek(1) == quote {
            advance()
            advance()
            triple = true
        }
        let raw = prefix.contains("r")
        let flavor: StringLiteral.Flavor =
            prefix.contains("b") ? .bytes : prefix.contains("f") ? .formatted : .text
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw unterminatedString(triple: triple, start: start)
            }
            if scalar == "\n", !triple {
                throw unterminatedString(triple: false, start: start)
            }
            if scalar == quote {
                if !triple {
                    advance()
                    break
                }
                if peek(1) == quote, peek(2) == quote {
                    advance()
                    advance()
                    advance()
                    break
                }
                value.append(scalar)
                advance()
                continue
            }
            if scalar == "\\" {
                let escapeStart = location
                advance()
                guard let next = peek() else {
                    throw unterminatedString(triple: triple, start: start)
                }
                if raw {
                    value.append("\\")
                    value.append(next)
                    advance()
                } else {
                    try scanEscape(next, into: &value, bytes: flavor == .bytes, escapeStart: escapeStart)
                }
                continue
            }
            value.append(scalar)
            advance()
        }
        emit(.string(StringLiteral(value: String(value), flavor: flavor)), SourceRange(start: start, end: location))
    }

    /// Decodes the escape whose first character (after the backslash) is `first`.
    mutating func scanEscape(
        _ first: Unicode.Scalar, into value: inout String.UnicodeScalarView, bytes: Bool, escapeStart: SourceLocation
    ) throws(LanguageError) {
        advance()
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "\n": "\n", "\\": "\\", "'": "'", "\"": "\"", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}",
            "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
        ]
        if first == "\n" { return }
        if let decoded = simple[first] {
            value.append(decoded)
            return
        }
        if let digit = Lexer.digitValue(first, radix: 8) {
            var code = digit
            for _ in 0..<2 {
                guard let scalar = peek(), let more = Lexer.digitValue(scalar, radix: 8) else { break }
                code = code * 8 + more
                advance()
            }
            value.append(Unicode.Scalar(UInt32(code))!)
            return
        }
        let hexWidth: Int?
        switch first {
        case "x": hexWidth = 2
        case "u": hexWidth = bytes ? nil : 4
        case "U": hexWidth = bytes ? nil : 8
        case "N" where !bytes:
            throw LanguageError(
                .unsupported, UnsupportedConstruct.namedUnicodeEscape.message,
                at: SourceRange(start: escapeStart, end: location), in: block)
        default: hexWidth = nil
        }
        guard let width = hexWidth else {
            value.append("\\")
            value.append(first)
            return
        }
        var code: UInt32 = 0
        for _ in 0..<width {
            guard let scalar = peek(), let digit = Lexer.digitValue(scalar, radix: 16) else {
                let spelled = first == "x" ? "\\xXX" : first == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                throw error(.syntax, "truncated \(spelled) escape", SourceRange(start: escapeStart, end: location))
            }
            code = code * 16 + UInt32(digit)
            advance()
        }
        guard let decoded = Unicode.Scalar(code) else {
            throw error(.syntax, "illegal Unicode character", SourceRange(start: escapeStart, end: location))
        }
        value.append(decoded)
    }

    /// "unterminated string literal (detected at line N)", at the literal's start.
    func unterminatedString(triple: Bool, start: SourceLocation) -> LanguageError {
        var detected = line
        if peek() == nil, index > 0, scalars[index - 1] == "\n" { detected -= 1 }
        let kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
        let message = "\(kind) (detected at line \(block.origin.fileLine(detected)))"
        return error(.syntax, message, SourceRange(at: start))
    }
}
