extension Parser {
    /// `primary: primary '.' NAME | primary '(' [arguments] ')' | primary '[' slices ']' | atom`
    mutating func parsePrimary() throws(LanguageError) -> Expression {
        var expression = try parseAtom()
        while true {
            if check(.dot) {
                advance()
                let nameToken = current
                let name = try parseName()
                expression = try limited(Expression(.attribute(expression, name: name), expression.range.union(nameToken.range)))
            } else if check(.leftParen) {
                expression = try parseCall(expression)
            } else if check(.leftBracket) {
                expression = try parseSubscript(expression)
            } else {
                return expression
            }
        }
    }

    /// `'(' [arguments] ')'` with `arguments: ','.(expression | NAME '=' expression)+ [',']`.
    ///
    /// Keyword arguments must follow positional ones and be distinct; `*args` may not follow
    /// `**kwargs`; a lone generator argument needs no parentheses of its own (`sum(x for x in a)`).
    mutating func parseCall(_ function: Expression) throws(LanguageError) -> Expression {
        let openIndex = position
        advance()
        var arguments: [Argument] = []
        var keywords: Set<String> = []
        var sawMapping = false
        while !check(.rightParen) {
            let argument: Argument
            if let star = accept(.star) {
                let operand = try parseExpression()
                let range = star.range.union(operand.range)
                if sawMapping {
                    throw error(.syntax, "iterable argument unpacking follows keyword argument unpacking", range)
                }
                argument = Argument(label: nil, value: operand, range: range, unpacking: .sequence)
            } else if let stars = accept(.doubleStar) {
                let operand = try parseExpression()
                sawMapping = true
                argument = Argument(label: nil, value: operand, range: stars.range.union(operand.range), unpacking: .mapping)
            } else if case .name(let label) = current.kind, peekKind() == .punctuator(.assign) {
                let start = advance().range.start
                advance()
                let value = try parseExpression()
                let range = SourceRange(start: start, end: value.range.end)
                guard keywords.insert(label).inserted else {
                    throw error(.syntax, "keyword argument repeated: \(label)", range)
                }
                argument = Argument(label: label, value: value, range: range)
            } else {
                let value = try parseExpression()
                if let assign = accept(.assign) {
                    throw error(
                        .syntax, "expression cannot contain assignment, perhaps you meant \"==\"?",
                        value.range.union(assign.range))
                }
                if check(.for) || check(.async) {
                    let clauses = try parseComprehensionClauses()
                    let generator = try limited(Expression(.generator(element: value, clauses: clauses),
                                                           value.range.union(SourceRange(at: previousEnd))))
                    guard arguments.isEmpty, check(.rightParen) else {
                        throw error(.syntax, "Generator expression must be parenthesized",
                                    value.range.union(rangeToMatchingClose(from: openIndex)))
                    }
                    arguments.append(Argument(label: nil, value: generator, range: generator.range))
                    break
                }
                if sawMapping {
                    throw error(.syntax, "positional argument follows keyword argument unpacking", value.range)
                }
                if !keywords.isEmpty {
                    throw error(.syntax, "positional argument follows keyword argument", value.range)
                }
                argument = Argument(label: nil, value: value, range: value.range)
            }
            arguments.append(argument)
            if accept(.comma) == nil {
                if !check(.rightParen) { _ = try expectClosing(.rightParen, after: argument.value) }
                break
            }
        }
        let close = advance()
        return try limited(Expression(.call(function, arguments: arguments), function.range.union(close.range)))
    }

    /// `'[' slices ']'` with `slices: slice | ','.slice+ [',']`: several slices make a tuple
    /// index, as in Python's `ast`.
    mutating func parseSubscript(_ base: Expression) throws(LanguageError) -> Expression {
        advance()
        if check(.rightBracket) { throw invalidSyntax() }
        let first = try parseSlice()
        var index = first
        if check(.comma) {
            var elements = [first]
            while accept(.comma) != nil {
                if check(.rightBracket) { break }
                elements.append(try parseSlice())
            }
            index = Expression(.tuple(elements), SourceRange(start: first.range.start, end: previousEnd))
        }
        let close = try expectClosing(.rightBracket, after: index)
        return try limited(Expression(.subscript(base, index: index), base.range.union(close.range)))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
    mutating func parseSlice() throws(LanguageError) -> Expression {
        try rejectStarred()
        let start = current.range.start
        var lower: Expression?
        if !check(.colon) {
            let expression = try parseExpression()
            guard check(.colon) else { return expression }
            lower = expression
        }
        var end = advance().range.end
        var upper: Expression?
        if !check(.colon), !check(.comma), !check(.rightBracket) {
            let expression = try parseExpression()
            upper = expression
            end = expression.range.end
        }
        var step: Expression?
        if let colon = accept(.colon) {
            end = colon.range.end
            if !check(.comma), !check(.rightBracket) {
                let expression = try parseExpression()
                step = expression
                end = expression.range.end
            }
        }
        return Expression(.slice(lower: lower, upper: upper, step: step), SourceRange(start: start, end: end))
    }
}
