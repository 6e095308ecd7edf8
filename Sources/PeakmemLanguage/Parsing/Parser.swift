/// A recursive-descent parser for scenario code: Python's grammar (3.11) and precedence, minus
/// the constructs scenario code does not support, which are rejected with a
/// ``LanguageError`` of kind ``LanguageError/Kind/unsupported`` that says what to write instead.
///
/// The entry points are ``parse(_:origin:)`` for a code block and
/// ``parseExpression(_:origin:)`` for a lone expression. Each parsing method documents the
/// grammar rule it parses, in the notation of CPython's `Grammar/python.gram`.
///
/// Errors follow CPython where it helps: specific messages ("expected ':'", "cannot assign to
/// literal", ...) are reported where CPython reports them; a tokenizer error later in the block
/// replaces a generic "invalid syntax"; an unclosed bracket replaces any syntax error on a later
/// line ("'(' was never closed" at the bracket). Otherwise the first error in source order wins
/// (CPython lets any later tokenizer error win; that hides the real first error).
public struct Parser {
    let block: CodeBlock
    /// The tokens up to the first tokenizer error; when there is one, the last token is a
    /// synthetic `endOfInput` at the error position.
    let tokens: [Token]
    /// The tokenizer's error, reported when the parser reaches it.
    let lexerError: LanguageError?
    /// The bracket that the tokenizer found never closed, if that is its error.
    let unclosedBracket: SourceRange?
    /// The deepest bracket nesting of the tokens.
    let deepestNesting: Int
    var position = 0
    /// How many `for` loops enclose the current statement (`break`/`continue` need one).
    var loopDepth = 0
    /// How many `def`s enclose the current statement (`return` and `nonlocal` need one).
    var functionDepth = 0

    /// Creates a parser for `block`, tokenizing it.
    public init(_ block: CodeBlock) {
        self.block = block
        var (tokens, error, unclosedBracket, deepestNesting) = Lexer.scan(block)
        if error != nil {
            let end = tokens.last?.range.end ?? SourceLocation(line: 1, column: 1)
            tokens.append(Token(.endOfInput, SourceRange(at: end)))
        }
        self.tokens = tokens
        self.lexerError = error
        self.unclosedBracket = unclosedBracket
        self.deepestNesting = deepestNesting
    }

    /// Whether parsing these tokens may recurse deeper than a thread's default stack allows:
    /// each bracket level costs about sixteen nested calls, and a long input may chain many
    /// unary operators.
    var needsDeepStack: Bool {
        deepestNesting > 8 || block.text.utf8.count > DeepStack.shallowSourceLength
    }

    /// Parses a code block whose position in its file is `origin`.
    ///
    /// ```swift
    /// let program = try Parser.parse("S = X @ X.T\n", origin: SourceOrigin(file: "scenarios/x.yaml", firstLine: 12, columnOffset: 4))
    /// ```
    public static func parse(_ source: String, origin: SourceOrigin) throws(LanguageError) -> Program {
        let parser = Parser(CodeBlock(source, origin: origin))
        return try DeepStack.run(when: parser.needsDeepStack) { () throws(LanguageError) in
            var parser = parser
            return try parser.parseProgram()
        }
    }

    /// Parses a lone expression (or a tuple `a, b`), e.g. a scenario's `result:` entry.
    public static func parseExpression(_ source: String, origin: SourceOrigin) throws(LanguageError) -> Expression {
        let parser = Parser(CodeBlock(source, origin: origin))
        return try DeepStack.run(when: parser.needsDeepStack) { () throws(LanguageError) in
            var parser = parser
            return try parser.parseExpressionInput()
        }
    }

    /// `file: statement* ENDMARKER`
    public mutating func parseProgram() throws(LanguageError) -> Program {
        var statements: [Statement] = []
        while !isAtEnd {
            statements += try parseStatement()
        }
        if let lexerError { throw lexerError }
        return Program(statements: statements, source: block)
    }

    /// `eval: star_expressions NEWLINE* ENDMARKER`
    public mutating func parseExpressionInput() throws(LanguageError) -> Expression {
        if case .indent = current.kind {
            throw error(.indentation, "unexpected indent", SourceRange(at: current.range.end))
        }
        let expression = try parseStarExpressions()
        while case .newline = current.kind { advance() }
        guard isAtEnd else { throw invalidSyntax() }
        if let lexerError { throw lexerError }
        return expression
    }
}
