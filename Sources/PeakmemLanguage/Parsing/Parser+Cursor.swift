extension Parser {
    /// The token at the cursor.
    var current: Token { tokens[position] }

    /// The kind of the token `offset` tokens ahead (the last token past the end).
    func peekKind(_ offset: Int = 1) -> TokenKind {
        tokens[min(position + offset, tokens.count - 1)].kind
    }

    /// Whether the cursor is at the end of input (or at the tokenizer's error).
    var isAtEnd: Bool {
        if case .endOfInput = current.kind { return true }
        return false
    }

    /// The end of the token before the cursor.
    var previousEnd: SourceLocation {
        position > 0 ? tokens[position - 1].range.end : current.range.start
    }

    /// Consumes the token at the cursor and returns it.
    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Whether the token at the cursor is `punctuator`.
    func check(_ punctuator: Punctuator) -> Bool {
        current.kind == .punctuator(punctuator)
    }

    /// Whether the token at the cursor is `keyword`.
    func check(_ keyword: Keyword) -> Bool {
        current.kind == .keyword(keyword)
    }

    /// Whether the token at the cursor is a `newline`.
    var atNewline: Bool {
        if case .newline = current.kind { return true }
        return false
    }

    /// Consumes `punctuator` if it is at the cursor.
    mutating func accept(_ punctuator: Punctuator) -> Token? {
        check(punctuator) ? advance() : nil
    }

    /// Consumes `keyword` if it is at the cursor.
    mutating func accept(_ keyword: Keyword) -> Token? {
        check(keyword) ? advance() : nil
    }

    /// Whether `kind` can start an expression.
    static func startsExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .integer, .bigInteger, .float, .imaginary, .string:
            return true
        case .keyword(let keyword):
            return [.True, .False, .None, .not, .lambda, .await, .yield].contains(keyword)
        case .punctuator(let punctuator):
            return [.leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis, .star]
                .contains(punctuator)
        default:
            return false
        }
    }

    /// The range from the opening bracket at token index `openIndex` to its closing bracket (or
    /// to the last token if it is never closed).
    func rangeToMatchingClose(from openIndex: Int) -> SourceRange {
        var depth = 0
        var index = openIndex
        while index < tokens.count {
            if case .punctuator(let punctuator) = tokens[index].kind {
                if punctuator.isOpeningBracket { depth += 1 }
                if punctuator.isClosingBracket {
                    depth -= 1
                    if depth == 0 { break }
                }
            }
            index += 1
        }
        let last = min(index, tokens.count - 1)
        return tokens[openIndex].range.union(tokens[last].range)
    }

    // MARK: - Errors

    /// An error at a block-relative range. When the parser has run into the tokenizer's error,
    /// that error is reported instead (the input was cut short there).
    /// An unclosed bracket also takes precedence over a syntax error found at a token on a later
    /// line than the bracket (as in CPython).
    func error(_ kind: LanguageError.Kind, _ message: String, _ range: SourceRange) -> LanguageError {
        if let lexerError, position == tokens.count - 1 { return lexerError }
        if let lexerError, let unclosedBracket, kind == .syntax,
           current.range.start.line > unclosedBracket.start.line {
            return lexerError
        }
        return LanguageError(kind, message, at: range, in: block)
    }

    /// The rejection of an unsupported construct.
    func unsupported(_ construct: UnsupportedConstruct, _ range: SourceRange) -> LanguageError {
        error(.unsupported, construct.message, range)
    }

    /// CPython's generic "invalid syntax" at the token at the cursor; as in CPython, a tokenizer
    /// error later in the block is reported instead.
    func invalidSyntax() -> LanguageError {
        if let lexerError, [.syntax, .indentation, .tab].contains(lexerError.kind) { return lexerError }
        return error(.syntax, "invalid syntax", current.range)
    }

    /// Consumes the closing bracket `close`; after an element that is followed by another
    /// expression, reports CPython's "invalid syntax. Perhaps you forgot a comma?".
    mutating func expectClosing(_ close: Punctuator, after element: Expression?) throws(LanguageError) -> Token {
        if let token = accept(close) { return token }
        if let element, Parser.startsExpression(current.kind), !check(.star) {
            throw error(.syntax, "invalid syntax. Perhaps you forgot a comma?", element.range.union(current.range))
        }
        throw invalidSyntax()
    }
}
