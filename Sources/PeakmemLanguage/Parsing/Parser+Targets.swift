extension Parser {
    /// Where a target appears, which decides the wording of its errors.
    enum TargetContext {
        case assignment
        case deletion
        case loop
    }

    /// `star_targets` of `for` and of comprehensions: `','.star_target+ [',']`, each at the
    /// `bitwise_or` level so that the following `in` is not taken as a comparison.
    mutating func parseTargetList() throws(LanguageError) -> Expression {
        let first = try parseTarget()
        guard check(.comma) else { return first }
        var elements = [first]
        while accept(.comma) != nil {
            if check(.in) || !Parser.startsExpression(current.kind) { break }
            elements.append(try parseTarget())
        }
        return Expression(.tuple(elements), SourceRange(start: first.range.start, end: previousEnd))
    }

    /// One `star_target`; a starred target `*rest` is rejected.
    mutating func parseTarget() throws(LanguageError) -> Expression {
        try rejectStarred()
        return try parseBinary(.or)
    }

    /// Checks that `target` can be assigned to (or deleted): a name, a subscript, or a tuple or
    /// list of targets. Attributes are rejected as unsupported; anything else gets CPython's
    /// "cannot assign to literal" (with "here. Maybe you meant '==' instead of '='?" when
    /// `suggestComparison` and the target could be a mistyped comparison operand).
    func validateTarget(_ target: Expression, _ context: TargetContext, suggestComparison: Bool) throws(LanguageError) {
        switch target.kind {
        case .name, .subscript:
            return
        case .attribute:
            throw unsupported(context == .deletion ? .attributeDeletion : .attributeAssignment, target.range)
        case .tuple(let elements), .list(let elements):
            for element in elements { try validateTarget(element, context, suggestComparison: false) }
        default:
            let name = Parser.expressionName(target)
            if context == .deletion {
                throw error(.syntax, "cannot delete \(name)", target.range)
            }
            if suggestComparison, Parser.couldBeComparisonOperand(target) {
                throw error(.syntax, "cannot assign to \(name) here. Maybe you meant '==' instead of '='?", target.range)
            }
            throw error(.syntax, "cannot assign to \(name)", target.range)
        }
    }

    /// Checks the target of `x op= value`: a name or a subscript.
    func validateAugmentedTarget(_ target: Expression) throws(LanguageError) {
        switch target.kind {
        case .name, .subscript:
            return
        case .attribute:
            throw unsupported(.attributeAssignment, target.range)
        default:
            throw error(
                .syntax, "'\(Parser.expressionName(target))' is an illegal expression for augmented assignment",
                target.range)
        }
    }

    /// How CPython names an expression in assignment errors (`_PyPegen_get_expr_name`).
    static func expressionName(_ expression: Expression) -> String {
        switch expression.kind {
        case .name: return "name"
        case .integer, .float, .string: return "literal"
        case .boolean(let value): return value ? "True" : "False"
        case .noneLiteral: return "None"
        case .ellipsis: return "ellipsis"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dictionary: return "dict literal"
        case .listComprehension: return "list comprehension"
        case .attribute: return "attribute"
        case .call: return "function call"
        case .subscript: return "subscript"
        case .slice: return "slice"
        case .unary, .binary, .logical: return "expression"
        case .comparison: return "comparison"
        case .conditional: return "conditional expression"
        }
    }

    /// Whether `1 = x` could have meant `1 == x`: the target is at the `bitwise_or` level and is
    /// not `True`, `False` or `None` (CPython's `invalid_named_expression` rule).
    static func couldBeComparisonOperand(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .comparison, .logical, .conditional, .boolean, .noneLiteral: return false
        case .unary(let op, _): return op != .not
        default: return true
        }
    }
}
