extension Parser {
    /// `atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group) |
    /// (list | listcomp) | dict | '...'`
    ///
    /// Complex numbers, integers beyond 64 bits, bytes and f-strings, sets, dict/set
    /// comprehensions and generator expressions are rejected.
    mutating func parseAtom() throws(LanguageError) -> Expression {
        let token = current
        switch token.kind {
        case .name(let name):
            advance()
            return Expression(.name(name), token.range)
        case .keyword(.True), .keyword(.False):
            advance()
            return Expression(.boolean(token.kind == .keyword(.True)), token.range)
        case .keyword(.None):
            advance()
            return Expression(.noneLiteral, token.range)
        case .integer(let value):
            advance()
            return Expression(.integer(value), token.range)
        case .float(let value):
            advance()
            return Expression(.float(value), token.range)
        case .bigInteger:
            throw unsupported(.hugeInteger, token.range)
        case .imaginary:
            throw unsupported(.complexNumber, token.range)
        case .string:
            return try parseStrings()
        case .punctuator(.ellipsis):
            advance()
            return Expression(.ellipsis, token.range)
        case .punctuator(.leftParen):
            return try parseParenthesized()
        case .punctuator(.leftBracket):
            return try parseListDisplay()
        case .punctuator(.leftBrace):
            return try parseBraceDisplay()
        case .keyword(.yield):
            throw unsupported(.yieldExpression, token.range)
        case .keyword(.await):
            throw unsupported(.asyncCode, token.range)
        default:
            throw invalidSyntax()
        }
    }

    /// `strings: STRING+`: adjacent literals are joined (`'a' 'b'` is `'ab'`); when one of
    /// them is an f-string, the whole is one f-string.
    mutating func parseStrings() throws(LanguageError) -> Expression {
        let start = current.range.start
        var parts: [FormattedStringPart] = []
        var formatted = false
        while case .string(let literal) = current.kind {
            switch literal.flavor {
            case .formatted:
                formatted = true
                parts += try parseFormattedString(literal.value, at: current.range)
            case .bytes: throw unsupported(.bytesLiteral, current.range)
            case .text: parts.append(.literal(literal.value))
            }
            advance()
        }
        let range = SourceRange(start: start, end: previousEnd)
        guard formatted else {
            return Expression(.string(parts.map { if case .literal(let text) = $0 { text } else { "" } }.joined()), range)
        }
        return try limited(Expression(.formattedString(FormattedStringPart.merged(parts)), range))
    }

    /// `tuple: '(' [star_expression ',' [star_expressions]] ')'` and
    /// `group: '(' named_expression ')'`; a generator expression `(x for x in y)` is rejected.
    /// A group is its inner expression with the range widened to the parentheses.
    mutating func parseParenthesized() throws(LanguageError) -> Expression {
        let open = advance()
        if let close = accept(.rightParen) {
            return Expression(.tuple([]), open.range.union(close.range))
        }
        let first = try parseStarExpression()
        if check(.for) || check(.async) {
            let clauses = try parseComprehensionClauses()
            let close = try expectClosing(.rightParen, after: nil)
            return try limited(Expression(.generator(element: first, clauses: clauses), open.range.union(close.range)))
        }
        guard check(.comma) else {
            let close = try expectClosing(.rightParen, after: first)
            return Expression(first.kind, open.range.union(close.range))
        }
        var elements = [first]
        while accept(.comma) != nil {
            if check(.rightParen) { break }
            elements.append(try parseStarExpression())
        }
        let close = try expectClosing(.rightParen, after: elements.last)
        return try limited(Expression(.tuple(elements), open.range.union(close.range)))
    }

    /// `list: '[' [star_expressions] ']'` and `listcomp: '[' named_expression for_if_clauses ']'`
    mutating func parseListDisplay() throws(LanguageError) -> Expression {
        let open = advance()
        if let close = accept(.rightBracket) {
            return Expression(.list([]), open.range.union(close.range))
        }
        let first = try parseStarExpression()
        if check(.for) || check(.async) {
            let clauses = try parseComprehensionClauses()
            let close = try expectClosing(.rightBracket, after: nil)
            return try limited(Expression(.listComprehension(element: first, clauses: clauses), open.range.union(close.range)))
        }
        var elements = [first]
        while accept(.comma) != nil {
            if check(.rightBracket) { break }
            elements.append(try parseStarExpression())
        }
        let close = try expectClosing(.rightBracket, after: elements.last)
        return try limited(Expression(.list(elements), open.range.union(close.range)))
    }

    /// `for_if_clauses: for_if_clause+` with
    /// `for_if_clause: 'for' star_targets 'in' disjunction ('if' disjunction)*`
    mutating func parseComprehensionClauses() throws(LanguageError) -> [ComprehensionClause] {
        var clauses: [ComprehensionClause] = []
        while check(.for) || check(.async) {
            if check(.async) { throw unsupported(.asyncCode, current.range) }
            let keyword = advance()
            let target = try parseTargetList()
            try validateTarget(target, .loop, suggestComparison: false)
            guard accept(.in) != nil else { throw invalidSyntax() }
            let iterable = try parseDisjunction()
            var conditions: [Expression] = []
            while accept(.if) != nil {
                conditions.append(try parseDisjunction())
            }
            let range = SourceRange(start: keyword.range.start, end: previousEnd)
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions, range: range))
        }
        return clauses
    }

    /// `dict: '{' [kvpairs] '}'`, `set: '{' star_named_expressions '}'`, `dictcomp` and
    /// `setcomp`; `**` unpacking is rejected.
    mutating func parseBraceDisplay() throws(LanguageError) -> Expression {
        let open = advance()
        if let close = accept(.rightBrace) {
            return Expression(.dictionary([]), open.range.union(close.range))
        }
        if let stars = accept(.doubleStar) {
            let operand = try parseBinary(.or)
            throw unsupported(.keywordUnpacking, stars.range.union(operand.range))
        }
        let firstKey = try parseStarExpression()
        guard accept(.colon) != nil else {
            // A set display or a set comprehension.
            if check(.for) || check(.async) {
                let clauses = try parseComprehensionClauses()
                let close = try expectClosing(.rightBrace, after: nil)
                return try limited(Expression(.setComprehension(element: firstKey, clauses: clauses), open.range.union(close.range)))
            }
            var elements = [firstKey]
            while accept(.comma) != nil {
                if check(.rightBrace) { break }
                elements.append(try parseStarExpression())
            }
            let close = try expectClosing(.rightBrace, after: elements.last)
            return try limited(Expression(.set(elements), open.range.union(close.range)))
        }
        let firstValue = try parseExpression()
        if check(.for) || check(.async) {
            let clauses = try parseComprehensionClauses()
            let close = try expectClosing(.rightBrace, after: nil)
            return try limited(Expression(.dictionaryComprehension(key: firstKey, value: firstValue, clauses: clauses),
                                          open.range.union(close.range)))
        }
        var entries = [DictionaryEntry(key: firstKey, value: firstValue)]
        while accept(.comma) != nil {
            if check(.rightBrace) { break }
            if let stars = accept(.doubleStar) {
                let operand = try parseBinary(.or)
                throw unsupported(.keywordUnpacking, stars.range.union(operand.range))
            }
            let key = try parseStarExpression()
            guard accept(.colon) != nil else { throw invalidSyntax() }
            entries.append(DictionaryEntry(key: key, value: try parseExpression()))
        }
        let close = try expectClosing(.rightBrace, after: entries.last?.value)
        return try limited(Expression(.dictionary(entries), open.range.union(close.range)))
    }
}
