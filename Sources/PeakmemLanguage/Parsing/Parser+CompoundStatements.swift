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

    /// `for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]`
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
        let orElse = try parseElseBlock()
        let end = (orElse.last ?? body.last)?.range.end ?? previousEnd
        return Statement(.for(target: target, iterable: iterable, body: body, orElse: orElse),
                         SourceRange(start: keyword.range.start, end: end))
    }

    /// `while_stmt: 'while' named_expression ':' block [else_block]`
    mutating func parseWhile() throws(LanguageError) -> Statement {
        let keyword = advance()
        let condition = try parseExpression()
        try expectColon()
        loopDepth += 1
        let body = try parseBlock(after: "while", line: keyword.range.start.line)
        loopDepth -= 1
        let orElse = try parseElseBlock()
        let end = (orElse.last ?? body.last)?.range.end ?? previousEnd
        return Statement(.while(condition: condition, body: body, orElse: orElse), SourceRange(start: keyword.range.start, end: end))
    }

    /// `else_block: 'else' ':' block`, or nothing.
    mutating func parseElseBlock() throws(LanguageError) -> [Statement] {
        guard let elseToken = accept(.else) else { return [] }
        try expectColon()
        return try parseBlock(after: "else", line: elseToken.range.start.line)
    }

    /// `try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block]
    /// [finally_block]`
    mutating func parseTry() throws(LanguageError) -> Statement {
        let keyword = advance()
        try expectColon()
        let body = try parseBlock(after: "try", line: keyword.range.start.line)
        var handlers: [ExceptHandler] = []
        while let except = accept(.except) {
            if let previous = handlers.last, previous.type == nil {
                throw error(.syntax, "default 'except:' must be last", previous.range)
            }
            var type: Expression?
            var name: String?
            if !check(.colon) {
                type = try parseExpression()
                if accept(.comma) != nil {
                    throw error(.syntax, "multiple exception types must be parenthesized", type!.range.union(SourceRange(at: previousEnd)))
                }
                if accept(.as) != nil { name = try parseName() }
            }
            let header = except.range.union(SourceRange(at: previousEnd))
            try expectColon()
            let handlerBody = try parseBlock(after: "except", line: except.range.start.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, range: header))
        }
        let orElse = handlers.isEmpty ? [] : try parseElseBlock()
        var finally: [Statement] = []
        if let finallyToken = accept(.finally) {
            try expectColon()
            finally = try parseBlock(after: "finally", line: finallyToken.range.start.line)
        }
        if handlers.isEmpty, finally.isEmpty {
            throw error(.syntax, "expected 'except' or 'finally' block", current.range)
        }
        let last = finally.last ?? orElse.last ?? handlers.last?.body.last ?? body.last
        return Statement(.try(body: body, handlers: handlers, orElse: orElse, finally: finally),
                         SourceRange(start: keyword.range.start, end: last?.range.end ?? previousEnd))
    }

    /// `with_stmt: 'with' ','.with_item+ ':' block` with `with_item: expression ['as' star_target]`
    mutating func parseWith() throws(LanguageError) -> Statement {
        let keyword = advance()
        var items: [WithItem] = []
        repeat {
            let context = try parseExpression()
            var target: Expression?
            if accept(.as) != nil {
                let parsed = try parseTarget()
                try validateTarget(parsed, .assignment, suggestComparison: false)
                target = parsed
            }
            items.append(WithItem(context: context, target: target))
        } while accept(.comma) != nil
        try expectColon()
        let body = try parseBlock(after: "with", line: keyword.range.start.line)
        return Statement(.with(items: items, body: body), SourceRange(start: keyword.range.start, end: body.last?.range.end ?? previousEnd))
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
