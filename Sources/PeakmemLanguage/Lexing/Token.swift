/// A token with its block-relative source range.
public struct Token: Sendable, Hashable, CustomStringConvertible {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is in the block. `newline` covers the line terminator (empty at the end of input),
    /// `indent` covers the indentation, `dedent` and `endOfInput` are empty.
    public var range: SourceRange

    /// Creates a token.
    public init(_ kind: TokenKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The token as CPython's `tokenize` module names it: `NAME 'x'`, `OP '+'`, `NEWLINE`.
    public var description: String {
        switch kind {
        case .name(let name): return "NAME '\(name)'"
        case .keyword(let keyword): return "NAME '\(keyword.rawValue)'"
        case .integer(let value): return "NUMBER \(value)"
        case .bigInteger(let digits): return "NUMBER \(digits)"
        case .float(let value): return "NUMBER \(LiteralFormatting.float(value))"
        case .imaginary(let value): return "NUMBER \(LiteralFormatting.float(value))j"
        case .string(let literal):
            let prefix = literal.flavor == .bytes ? "b" : literal.flavor == .formatted ? "f" : ""
            return "STRING \(prefix)\(LiteralFormatting.string(literal.value))"
        case .punctuator(let punctuator): return "OP '\(punctuator.rawValue)'"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endOfInput: return "ENDMARKER"
        }
    }
}
