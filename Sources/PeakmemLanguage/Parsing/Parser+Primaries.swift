extension Parser {
    /// `primary: primary '.' NAME | primary '(' [arguments] ')' | primary '[' slices ']' | atom`
    mutating func parsePrimary() throws(LanguageError) -> Expression {
        var expression = try parseAtom()
        while true {
            if check(.dot) {
                advance()
                let nameToken = current
                let name = try parseName()
                expression = Expression(.attribute(expression, name: name), expression.range.union(nameToken.range))
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
    /// Keyword arguments must follow positional ones and be distinct; `*args`, `**kwargs` and a
    /// bare generator argument are rejected.
    mutating func parseCall(_ function: Expression) throws(LanguageError) -> Expression {
        let openIndex = position
        advance()
        var arguments: [Argument] = []
        var keywords: Set<String> = []
        while !check(.rightParen) {
            if let star = accept(.star) {
                let operand = try parseExpression()
                throw unsupported(.starArguments, star.range.union(operand.range))
            }
            if let stars = accept(.doubleStar) {
                let operand = try parseExpression()
                throw unsupported(.keywordUnpacking, stars.range.union(operand.range))
            }
            let argument: Argument
            if case .name(let label) = current.kind, peekKind() == .punctuator(.assign) {
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
                    throw unsupported(.generatorExpression, value.range.union(rangeToMatchingClose(from: openIndex)))
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
        return Expression(.call(function, arguments: arguments), function.range.union(close.range))
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
        return Expression(.subscript(base, index: index), base.range.union(close.range))
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
