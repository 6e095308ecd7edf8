extension Parser {
    /// `star_expressions: star_expression (',' star_expression)* [',']`: a tuple without
    /// parentheses when there is a comma (`x = 1,` assigns a 1-tuple).
    mutating func parseStarExpressions() throws(LanguageError) -> Expression {
        let first = try parseStarExpression()
        guard check(.comma) else { return first }
        var elements = [first]
        while accept(.comma) != nil {
            guard Parser.startsExpression(current.kind) else { break }
            elements.append(try parseStarExpression())
        }
        return Expression(.tuple(elements), SourceRange(start: first.range.start, end: previousEnd))
    }

    /// `star_expression: '*' bitwise_or | expression`.
    mutating func parseStarExpression() throws(LanguageError) -> Expression {
        if let star = accept(.star) {
            let operand = try parseBinary(.or)
            return try limited(Expression(.starred(operand), star.range.union(operand.range)))
        }
        return try parseExpression()
    }

    /// `node`, or the error CPython raises when an expression is nested deeper than it can
    /// compile (see ``Expression/maximumDepth``). Every method that builds a node over a
    /// sub-expression passes it through here, so no tree deeper than the limit is ever built
    /// and every walk over the tree (checker, interpreter) has a bounded recursion depth.
    func limited(_ node: Expression) throws(LanguageError) -> Expression {
        guard node.depth > Expression.maximumDepth else { return node }
        throw error(.syntax, "too complex: maximum recursion depth exceeded during compilation "
            + "(the expression is nested more than \(Expression.maximumDepth) levels deep)", node.range)
    }

    /// Rejects a starred expression `*x` at the cursor (in `star_expression`, `star_target`
    /// and `slice`), reported over the star and its operand.
    mutating func rejectStarred() throws(LanguageError) {
        guard let star = accept(.star) else { return }
        let operand = try parseBinary(.or)
        throw unsupported(.starredExpression, star.range.union(operand.range))
    }

    /// `expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef`;
    /// `yield`, `await` and a following `:=` are rejected.
    mutating func parseExpression() throws(LanguageError) -> Expression {
        switch current.kind {
        case .keyword(.lambda): return try parseLambda()
        case .keyword(.yield): throw unsupported(.yieldExpression, current.range)
        case .keyword(.await): throw unsupported(.asyncCode, current.range)
        default: break
        }
        var result = try parseDisjunction()
        if accept(.if) != nil {
            let condition = try parseDisjunction()
            guard accept(.else) != nil else {
                throw error(.syntax, "expected 'else' after 'if' expression", result.range.union(condition.range))
            }
            let orElse = try parseExpression()
            result = try limited(Expression(
                .conditional(body: result, condition: condition, orElse: orElse), result.range.union(orElse.range)))
        }
        if let walrus = accept(.walrus) {
            throw unsupported(.walrus, result.range.union(walrus.range))
        }
        return result
    }

    /// `disjunction: conjunction ('or' conjunction)*`, left-associative.
    mutating func parseDisjunction() throws(LanguageError) -> Expression {
        var left = try parseConjunction()
        while accept(.or) != nil {
            let right = try parseConjunction()
            left = try limited(Expression(.logical(.or, left, right), left.range.union(right.range)))
        }
        return left
    }

    /// `conjunction: inversion ('and' inversion)*`, left-associative.
    mutating func parseConjunction() throws(LanguageError) -> Expression {
        var left = try parseInversion()
        while accept(.and) != nil {
            let right = try parseInversion()
            left = try limited(Expression(.logical(.and, left, right), left.range.union(right.range)))
        }
        return left
    }

    /// `inversion: 'not' inversion | comparison`
    mutating func parseInversion() throws(LanguageError) -> Expression {
        if let keyword = accept(.not) {
            let operand = try parseInversion()
            return try limited(Expression(.unary(.not, operand), keyword.range.union(operand.range)))
        }
        return try parseComparison()
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair*`: a chain `a < b <= c` is one node.
    mutating func parseComparison() throws(LanguageError) -> Expression {
        let first = try parseBinary(.or)
        var parts: [ComparisonPart] = []
        while let op = acceptComparisonOperator() {
            parts.append(ComparisonPart(op, try parseBinary(.or)))
        }
        guard let last = parts.last else { return first }
        return try limited(Expression(.comparison(first, parts), first.range.union(last.operand.range)))
    }

    /// `compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'`
    mutating func acceptComparisonOperator() -> ComparisonOperator? {
        switch current.kind {
        case .punctuator(let punctuator):
            let operators: [Punctuator: ComparisonOperator] = [
                .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
                .greater: .greater, .greaterEqual: .greaterEqual,
            ]
            guard let op = operators[punctuator] else { return nil }
            advance()
            return op
        case .keyword(.in):
            advance()
            return .in
        case .keyword(.not) where peekKind() == .keyword(.in):
            advance()
            advance()
            return .notIn
        case .keyword(.is):
            advance()
            return accept(.not) != nil ? .isNot : .is
        default:
            return nil
        }
    }

    /// The binary-operator precedence levels, loosest first.
    enum BinaryLevel: Int {
        /// `bitwise_or: bitwise_or '|' bitwise_xor`
        case or
        /// `bitwise_xor: bitwise_xor '^' bitwise_and`
        case xor
        /// `bitwise_and: bitwise_and '&' shift_expr`
        case and
        /// `shift_expr: shift_expr ('<<' | '>>') sum`
        case shift
        /// `sum: sum ('+' | '-') term`
        case sum
        /// `term: term ('*' | '/' | '//' | '%' | '@') factor`
        case term

        var operators: [Punctuator: BinaryOperator] {
            switch self {
            case .or: return [.pipe: .bitwiseOr]
            case .xor: return [.caret: .bitwiseXor]
            case .and: return [.ampersand: .bitwiseAnd]
            case .shift: return [.leftShift: .leftShift, .rightShift: .rightShift]
            case .sum: return [.plus: .add, .minus: .subtract]
            case .term:
                return [.star: .multiply, .slash: .divide, .doubleSlash: .floorDivide, .percent: .modulo,
                        .at: .matrixMultiply]
            }
        }
    }

    /// One left-associative binary level (see ``BinaryLevel`` for the rules).
    mutating func parseBinary(_ level: BinaryLevel) throws(LanguageError) -> Expression {
        let operators = level.operators
        var left = try parseOperand(of: level)
        while case .punctuator(let punctuator) = current.kind, let op = operators[punctuator] {
            advance()
            let right = try parseOperand(of: level)
            left = try limited(Expression(.binary(op, left, right), left.range.union(right.range)))
        }
        return left
    }

    /// The operand of a binary level: the next tighter level, or `factor` below `term`.
    mutating func parseOperand(of level: BinaryLevel) throws(LanguageError) -> Expression {
        if let tighter = BinaryLevel(rawValue: level.rawValue + 1) {
            return try parseBinary(tighter)
        }
        return try parseFactor()
    }

    /// `factor: '+' factor | '-' factor | '~' factor | power`
    mutating func parseFactor() throws(LanguageError) -> Expression {
        let operators: [Punctuator: UnaryOperator] = [.plus: .plus, .minus: .minus, .tilde: .invert]
        if case .punctuator(let punctuator) = current.kind, let op = operators[punctuator] {
            let token = advance()
            let operand = try parseFactor()
            return try limited(Expression(.unary(op, operand), token.range.union(operand.range)))
        }
        return try parsePower()
    }

    /// `power: primary '**' factor | primary`: right-associative, and binding tighter than a
    /// unary operator on its left (`-2**2` is `-(2**2)`) but not on its right (`2**-1`).
    mutating func parsePower() throws(LanguageError) -> Expression {
        let base = try parsePrimary()
        guard accept(.doubleStar) != nil else { return base }
        let exponent = try parseFactor()
        return try limited(Expression(.binary(.power, base, exponent), base.range.union(exponent.range)))
    }
}
