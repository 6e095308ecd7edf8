/// A Python literal of the subset that appears in `.npy` headers, parsed the way
/// `ast.literal_eval` reads it: dictionaries, tuples, lists, strings, integers, `True`,
/// `False` and `None`.
///
/// Grammar (whitespace, including newlines, allowed between tokens):
///
///     value   = dict | tuple | list | string | integer | "True" | "False" | "None"
///     dict    = "{" [ value ":" value { "," value ":" value } [","] ] "}"
///     tuple   = "(" [ value "," { value "," } [ value ] ] ")"     -- "(x)" is x, "()" empty
///     list    = "[" [ value { "," value } [","] ] "]"
///     string  = "'" chars "'" | '"' chars '"'          -- backslash escapes \\ \' \" \n \t
///     integer = [ "-" | "+" ] digits [ "L" ]            -- "L": Python 2 long suffix
enum PythonLiteral: Sendable, Equatable, CustomStringConvertible {
    case dict([(key: PythonLiteral, value: PythonLiteral)])
    case tuple([PythonLiteral])
    case list([PythonLiteral])
    case string(String)
    case integer(Int)
    case bool(Bool)
    case none

    /// Parses `text`, which must hold exactly one literal (surrounding whitespace allowed).
    ///
    /// - Throws: a message naming the offending character offset.
    static func parse(_ text: String) throws(LiteralError) -> PythonLiteral {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.atEnd else { throw parser.error("unexpected text after the literal") }
        return value
    }

    /// The literal as Python's `repr` writes it (used in error messages).
    var description: String {
        switch self {
        case .dict(let pairs): "{" + pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        case .tuple(let items): items.count == 1 ? "(\(items[0]),)" : "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .string(let s): "'" + s.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
        case .integer(let n): String(n)
        case .bool(let b): b ? "True" : "False"
        case .none: "None"
        }
    }

    static func == (a: PythonLiteral, b: PythonLiteral) -> Bool {
        switch (a, b) {
        case (.dict(let x), .dict(let y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.tuple(let x), .tuple(let y)), (.list(let x), .list(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.none, .none): true
        default: false
        }
    }

    /// A syntax error: what was expected and at which character offset.
    struct LiteralError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The message, e.g. `expected ':' at offset 12`.
        let description: String
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        var atEnd: Bool { position >= scalars.count }

        func error(_ message: String) -> LiteralError {
            LiteralError(description: "\(message) at offset \(position)")
        }

        mutating func skipSpace() {
            while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar) throws(LiteralError) {
            skipSpace()
            guard position < scalars.count, scalars[position] == c else { throw error("expected '\(c)'") }
            position += 1
        }

        /// Consumes `c` if it is the next non-space character.
        mutating func take(_ c: Unicode.Scalar) -> Bool {
            skipSpace()
            if position < scalars.count, scalars[position] == c { position += 1; return true }
            return false
        }

        mutating func value() throws(LiteralError) -> PythonLiteral {
            skipSpace()
            guard position < scalars.count else { throw error("unexpected end of text") }
            switch scalars[position] {
            case "{": return try dict()
            case "(": return try tuple()
            case "[": return try list()
            case "'", "\"": return .string(try string())
            case "-", "+", "0" ... "9": return .integer(try integer())
            default:
                var word = ""
                while position < scalars.count, scalars[position].properties.isAlphabetic || scalars[position] == "_" {
                    word.unicodeScalars.append(scalars[position])
                    position += 1
                }
                switch word {
                case "True": return .bool(true)
                case "False": return .bool(false)
                case "None": return .none
                case "": throw error("unexpected character '\(scalars[position])'")
                default: throw error("unsupported name '\(word)'")
                }
            }
        }

        mutating func dict() throws(LiteralError) -> PythonLiteral {
            try expect("{")
            var pairs: [(key: PythonLiteral, value: PythonLiteral)] = []
            while !take("}") {
                let key = try value()
                try expect(":")
                pairs.append((key, try value()))
                if !take(",") { try expect("}"); break }
            }
            return .dict(pairs)
        }

        mutating func tuple() throws(LiteralError) -> PythonLiteral {
            try expect("(")
            var items: [PythonLiteral] = []
            var sawComma = false
            while !take(")") {
                items.append(try value())
                if take(",") { sawComma = true } else { try expect(")"); break }
            }
            // "(x)" is a parenthesised x, not a tuple.
            if items.count == 1 && !sawComma { return items[0] }
            return .tuple(items)
        }

        mutating func list() throws(LiteralError) -> PythonLiteral {
            try expect("[")
            var items: [PythonLiteral] = []
            while !take("]") {
                items.append(try value())
                if !take(",") { try expect("]"); break }
            }
            return .list(items)
        }

        mutating func string() throws(LiteralError) -> String {
            let quote = scalars[position]
            position += 1
            var result = ""
            while true {
                guard position < scalars.count else { throw error("unterminated string") }
                var c = scalars[position]
                position += 1
                if c == quote { return result }
                if c == "\\" {
                    guard position < scalars.count else { throw error("unterminated string") }
                    let escaped = scalars[position]
                    position += 1
                    switch escaped {
                    case "n": c = "\n"
                    case "t": c = "\t"
                    case "\\", "'", "\"": c = escaped
                    default: throw error("unsupported escape '\\\(escaped)'")
                    }
                }
                result.unicodeScalars.append(c)
            }
        }

        mutating func integer() throws(LiteralError) -> Int {
            var negative = false
            if scalars[position] == "-" || scalars[position] == "+" {
                negative = scalars[position] == "-"
                position += 1
                skipSpace()
            }
            let start = position
            var magnitude = 0
            while position < scalars.count, ("0" ... "9").contains(scalars[position]) {
                let digit = Int(scalars[position].value - 48)
                let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(digit)
                guard !o1, !o2 else { throw error("integer too large") }
                magnitude = plus
                position += 1
            }
            guard position > start else { throw error("expected digits") }
            if position < scalars.count, scalars[position] == "L" || scalars[position] == "l" { position += 1 }
            return negative ? -magnitude : magnitude
        }
    }
}

extension String {
    /// This string with every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
