/// Turns a ``CodeBlock`` into Python tokens, following CPython's tokenizer.
///
/// - Indentation: at the start of each logical line the indentation is measured twice, once
///   with tabs advancing to the next multiple of 8 and once with tabs counting 1 (CPython's
///   rule). If the two measures disagree on the comparison with the enclosing level, the line is
///   rejected with a `TabError`: "inconsistent use of tabs and spaces in indentation". Deeper
///   indentation yields `indent`, shallower one `dedent` per closed level, and a level that
///   matches no enclosing one is "unindent does not match any outer indentation level".
/// - Blank lines and comment-only lines produce no tokens. Inside `()`, `[]`, `{}` line ends and
///   indentation are ignored (implicit line joining); `\` at the end of a line joins it with the
///   next one.
/// - Every logical line ends with `newline` (also the last one, without a final line terminator);
///   the input ends with one `dedent` per open level and `endOfInput`.
///
/// Errors point at the offending character; an unclosed bracket is reported at the bracket, as
/// CPython 3.10+ does ("'(' was never closed").
public struct Lexer {
    let block: CodeBlock
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var tokens: [Token] = []
    /// Open indentation levels: (column with tabs to 8, column with tabs as 1).
    var indents: [(column: Int, alternate: Int)] = [(0, 0)]
    /// Open brackets with their ranges, innermost last.
    var brackets: [(bracket: Punctuator, range: SourceRange)] = []
    var atLineStart = true
    /// Whether the current logical line has produced a token (so it needs a `newline`).
    var lineHasContent = false
    /// The location just after a `\` continuation not yet followed by a token.
    var pendingContinuation: SourceLocation?
    /// The bracket reported as never closed, once that error is thrown.
    var neverClosed: SourceRange?
    /// The deepest bracket nesting seen (how deep the parser will recurse).
    var deepestNesting = 0

    /// The deepest bracket nesting accepted (CPython's tokenizer `MAXLEVEL`): a 201st open
    /// bracket is "too many nested parentheses", as in CPython 3.11.
    public static let maximumBracketNesting = 200
    /// The most indentation levels accepted (CPython's `MAXINDENT`, the module level included):
    /// a 100th indented block is "too many levels of indentation", as in CPython 3.11.
    public static let maximumIndentation = 100

    /// Creates a lexer for `block`; line ends are normalized to `\n` (columns are unaffected).
    init(_ block: CodeBlock) {
        self.block = block
        var normalized: [Unicode.Scalar] = []
        normalized.reserveCapacity(block.text.unicodeScalars.count)
        var previousWasCarriageReturn = false
        for scalar in block.text.unicodeScalars {
            if scalar == "\n", previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = scalar == "\r"
            normalized.append(scalar == "\r" ? "\n" : scalar)
        }
        self.scalars = normalized
    }

    /// All tokens of `block`, ending with `endOfInput`; throws the first tokenizer error.
    public static func tokenize(_ block: CodeBlock) throws(LanguageError) -> [Token] {
        let (tokens, error, _, _) = scan(block)
        if let error { throw error }
        return tokens
    }

    /// The tokens up to the first error, and that error. The parser consumes the tokens and only
    /// reports the error when it reaches it, so an earlier syntax error wins, as in CPython.
    ///
    /// `unclosedBracket` is the bracket of a "'(' was never closed" error: the parser reports that
    /// error instead of a syntax error on a later line, which the open bracket most likely caused.
    static func scan(_ block: CodeBlock) -> (tokens: [Token], error: LanguageError?, unclosedBracket: SourceRange?, deepestNesting: Int) {
        var lexer = Lexer(block)
        do throws(LanguageError) {
            try lexer.run()
            return (lexer.tokens, nil, nil, lexer.deepestNesting)
        } catch {
            return (lexer.tokens, error, lexer.neverClosed, lexer.deepestNesting)
        }
    }

    // MARK: - Driver

    mutating func run() throws(LanguageError) {
        while true {
            if atLineStart {
                guard try scanIndentation() else { break }
            }
            skipBlanks()
            guard let scalar = peek() else { break }
            switch scalar {
            case "#":
                skipComment()
            case "\n":
                let start = location
                advance()
                if brackets.isEmpty {
                    if lineHasContent {
                        let end = SourceLocation(line: start.line, column: start.column + 1)
                        emit(.newline, SourceRange(start: start, end: end))
                    }
                    atLineStart = true
                }
            case "\\":
                try scanContinuation()
            default:
                try scanToken(scalar)
            }
        }
        try finish()
    }

    /// Emits the tokens that end the input, or reports an unclosed bracket.
    mutating func finish() throws(LanguageError) {
        if let open = brackets.last {
            neverClosed = open.range
            throw error(.syntax, "'\(open.bracket.rawValue)' was never closed", open.range)
        }
        if let continuation = pendingContinuation {
            throw error(.syntax, "unexpected EOF while parsing", SourceRange(at: continuation))
        }
        let end = location
        if lineHasContent { emit(.newline, SourceRange(at: end)) }
        for _ in 1..<indents.count { emit(.dedent, SourceRange(at: end)) }
        indents = [(0, 0)]
        emit(.endOfInput, SourceRange(at: end))
    }

    // MARK: - Indentation

    /// Measures the indentation of the next non-blank line and emits `indent`/`dedent`.
    /// Returns `false` at the end of input.
    mutating func scanIndentation() throws(LanguageError) -> Bool {
        while true {
            let lineStart = location
            var width = 0
            var alternate = 0
            while let scalar = peek() {
                if scalar == " " {
                    width += 1
                    alternate += 1
                } else if scalar == "\t" {
                    width = (width / 8 + 1) * 8
                    alternate += 1
                } else if scalar == "\u{0C}" {
                    width = 0
                    alternate = 0
                } else {
                    break
                }
                advance()
            }
            guard let scalar = peek() else { return false }
            if scalar == "#" {
                skipComment()
                if peek() == nil { return false }
            }
            if peek() == "\n" {
                advance()
                continue
            }
            try applyIndentation(width: width, alternate: alternate, lineStart: lineStart)
            atLineStart = false
            return true
        }
    }

    /// Compares a line's indentation with the open levels (CPython's algorithm).
    mutating func applyIndentation(width: Int, alternate: Int, lineStart: SourceLocation) throws(LanguageError) {
        let here = SourceRange(at: location)
        let inconsistent = "inconsistent use of tabs and spaces in indentation"
        let top = indents[indents.count - 1]
        if width == top.column {
            if alternate != top.alternate { throw error(.tab, inconsistent, here) }
        } else if width > top.column {
            if alternate <= top.alternate { throw error(.tab, inconsistent, here) }
            guard indents.count < Lexer.maximumIndentation else {
                throw error(.indentation, "too many levels of indentation", here)
            }
            indents.append((width, alternate))
            emit(.indent, SourceRange(start: lineStart, end: location))
        } else {
            while indents.count > 1, width < indents[indents.count - 1].column {
                indents.removeLast()
                emit(.dedent, here)
            }
            let level = indents[indents.count - 1]
            if width != level.column {
                throw error(.indentation, "unindent does not match any outer indentation level", here)
            }
            if alternate != level.alternate { throw error(.tab, inconsistent, here) }
        }
    }

    // MARK: - Tokens

    /// Scans one token starting with `scalar`.
    mutating func scanToken(_ scalar: Unicode.Scalar) throws(LanguageError) {
        if Lexer.isIdentifierStart(scalar) {
            try scanNameOrPrefixedString()
        } else if Lexer.isDecimalDigit(scalar) || (scalar == "." && peek(1).map(Lexer.isDecimalDigit) == true) {
            try scanNumber()
        } else if scalar == "'" || scalar == "\"" {
            try scanString(prefix: "", start: location)
        } else if let punctuator = matchPunctuator() {
            try scanPunctuator(punctuator)
        } else {
            throw invalidCharacter(scalar)
        }
    }

    /// NAME, keyword, or a string with a prefix such as `r'...'`.
    mutating func scanNameOrPrefixedString() throws(LanguageError) {
        let start = location
        var text = String.UnicodeScalarView()
        while let scalar = peek(), Lexer.isIdentifierContinue(scalar) {
            text.append(scalar)
            advance()
        }
        let name = String(text)
        if let next = peek(), next == "'" || next == "\"",
           ["r", "u", "f", "b", "br", "rb", "fr", "rf"].contains(name.lowercased()) {
            try scanString(prefix: name.lowercased(), start: start)
            return
        }
        let range = SourceRange(start: start, end: location)
        if let keyword = Keyword(rawValue: name) {
            emit(.keyword(keyword), range)
        } else {
            emit(.name(name), range)
        }
    }

    /// An operator or delimiter, keeping track of brackets.
    mutating func scanPunctuator(_ punctuator: Punctuator) throws(LanguageError) {
        let start = location
        for _ in 0..<punctuator.rawValue.unicodeScalars.count { advance() }
        let range = SourceRange(start: start, end: location)
        if punctuator.isOpeningBracket {
            guard brackets.count < Lexer.maximumBracketNesting else {
                throw error(.syntax, "too many nested parentheses", range)
            }
            brackets.append((punctuator, range))
            deepestNesting = max(deepestNesting, brackets.count)
        } else if punctuator.isClosingBracket {
            guard let open = brackets.last else {
                throw error(.syntax, "unmatched '\(punctuator.rawValue)'", range)
            }
            guard open.bracket.matchingClose == punctuator else {
                var message = "closing parenthesis '\(punctuator.rawValue)' does not match opening parenthesis '\(open.bracket.rawValue)'"
                if open.range.start.line != start.line {
                    message += " on line \(block.origin.fileLine(open.range.start.line))"
                }
                throw error(.syntax, message, range)
            }
            brackets.removeLast()
        }
        emit(.punctuator(punctuator), range)
    }

    /// The longest punctuator spelled at the current position.
    func matchPunctuator() -> Punctuator? {
        Punctuator.byLength.first { remainingStarts(with: $0.rawValue) }
    }

    /// `\` at the end of a line joins the next line.
    mutating func scanContinuation() throws(LanguageError) {
        advance()
        guard let next = peek() else {
            throw error(.syntax, "unexpected EOF while parsing", SourceRange(at: location))
        }
        guard next == "\n" else {
            throw error(.syntax, "unexpected character after line continuation character", SourceRange(at: location))
        }
        let after = location
        advance()
        if peek() == nil {
            throw error(.syntax, "unexpected EOF while parsing", SourceRange(at: after))
        }
        if !lineHasContent { pendingContinuation = after }
    }

    /// The error for a character that starts no token.
    func invalidCharacter(_ scalar: Unicode.Scalar) -> LanguageError {
        let code = Lexer.codePoint(scalar)
        if Lexer.isPrintable(scalar) {
            return error(.syntax, "invalid character '\(Character(scalar))' (\(code))", hereOneWide)
        }
        return error(.syntax, "invalid non-printable character \(code)", hereOneWide)
    }

    // MARK: - Cursor

    /// The current block-relative location.
    var location: SourceLocation { SourceLocation(line: line, column: column) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// Skips spaces, tabs and form feeds between tokens.
    mutating func skipBlanks() {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\u{0C}" { advance() }
    }

    /// Skips a comment up to, not including, the line end.
    mutating func skipComment() {
        while let scalar = peek(), scalar != "\n" { advance() }
    }

    mutating func emit(_ kind: TokenKind, _ range: SourceRange) {
        tokens.append(Token(kind, range))
        switch kind {
        case .newline: lineHasContent = false
        case .indent, .dedent, .endOfInput: break
        default:
            lineHasContent = true
            pendingContinuation = nil
        }
    }

    func error(_ kind: LanguageError.Kind, _ message: String, _ range: SourceRange) -> LanguageError {
        LanguageError(kind, message, at: range, in: block)
    }
}
