/// The kind of a ``Token``, with its value.
public enum TokenKind: Sendable, Hashable {
    /// An identifier (`np`, `X`, `λ`); soft keywords like `match` are names.
    case name(String)
    /// A reserved word.
    case keyword(Keyword)
    /// A decimal, hex, octal or binary integer literal that fits in 64 bits.
    case integer(Int)
    /// An integer literal too large for 64 bits, as its digits (rejected by the parser).
    case bigInteger(String)
    /// A floating-point literal: `1.`, `.5`, `1e-3`.
    case float(Double)
    /// An imaginary literal `5j` (rejected by the parser).
    case imaginary(Double)
    /// A string literal; adjacent literals are separate tokens, the parser joins them.
    case string(StringLiteral)
    /// An operator or delimiter.
    case punctuator(Punctuator)
    /// The end of a logical line.
    case newline
    /// An increase of indentation at the start of a logical line.
    case indent
    /// A decrease of indentation by one level.
    case dedent
    /// The end of the input.
    case endOfInput
}
