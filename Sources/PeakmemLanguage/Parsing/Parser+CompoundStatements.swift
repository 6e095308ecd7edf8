extension Parser {
    /// `if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])`, and `elif_stmt`
    /// with the same shape when the cursor is at `elif`. An `elif` becomes an `if` alone in the
    /// enclosing statement's `orElse`.
    mutating func parseIf() throws(LanguageError) -> Statement {
        let keyword = advance()
        let name = keyword.kind == .keyword(.elif) ? "elif" : "if"
        let condition = try parseExpression()
        try expectColon()
        let body = try parseBlock(after: name, line: keyword.range.start.line)
        var orElse: [Statement] = []
        if check(.elif) {
            orElse = [try parseIf()]
        } else if let elseToken = accept(.else) {
            try expectColon()
            orElse = try parseBlock(after: "else", line: elseToken.range.start.line)
        }
        let end = (orElse.last ?? body.last)?.range.end ?? previousEnd
        return Statement(.if(condition: condition, body: body, orElse: orElse), SourceRange(start: keyword.range.start, end: end))
    }

    /// `for_stmt: 'for' star_targets 'in' star_expressions ':' block`; a following `else` block
    /// is rejected.
    mutating func parseFor() throws(LanguageError) -> Statement {
        let keyword = advance()
        let target = try parseTargetList()
        try validateTarget(target, .loop, suggestComparison: false)
        guard accept(.in) != nil else { throw invalidSyntax() }
        let iterable = try parseStarExpressions()
        try expectColon()
        loopDepth += 1
        let body = try parseBlock(after: "for", line: keyword.range.start.line)
        loopDepth -= 1
        if check(.else) { throw unsupported(.forElse, current.range) }
        let end = body.last?.range.end ?? previousEnd
        return Statement(.for(target: target, iterable: iterable, body: body), SourceRange(start: keyword.range.start, end: end))
    }

    /// The `':'` that ends a compound statement's header: "expected ':'" right after the header
    /// when the line ends without one.
    mutating func expectColon() throws(LanguageError) {
        if accept(.colon) != nil { return }
        if atNewline || isAtEnd {
            throw error(.syntax, "expected ':'", SourceRange(at: previousEnd))
        }
        throw invalidSyntax()
    }

    /// `block: NEWLINE INDENT statement+ DEDENT | simple_stmts`
    ///
    /// - Parameters:
    ///   - keyword: the header's keyword, for "expected an indented block after 'for' statement
    ///     on line 3".
    ///   - line: the header's block line.
    mutating func parseBlock(after keyword: String, line: Int) throws(LanguageError) -> [Statement] {
        guard atNewline else { return try parseSimpleStatements() }
        let newline = advance()
        guard case .indent = current.kind else {
            let range = isAtEnd && lexerError == nil ? SourceRange(at: newline.range.start) : current.range
            let message = "expected an indented block after '\(keyword)' statement on line \(block.origin.fileLine(line))"
            throw error(.indentation, message, range)
        }
        advance()
        var body: [Statement] = []
        while true {
            if case .dedent = current.kind {
                advance()
                break
            }
            if isAtEnd { break }
            body += try parseStatement()
        }
        return body
    }
}
