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

    /// One `star_target`: `*rest` or a target at the `bitwise_or` level.
    mutating func parseTarget() throws(LanguageError) -> Expression {
        if let star = accept(.star) {
            let operand = try parseBinary(.or)
            return Expression(.starred(operand), star.range.union(operand.range))
        }
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
            if context != .deletion {
                let starred = elements.filter { if case .starred = $0.kind { return true } else { return false } }
                if starred.count > 1 {
                    throw error(.syntax, "multiple starred expressions in assignment", starred[1].range)
                }
            }
            for element in elements {
                if case .starred(let inner) = element.kind, context != .deletion {
                    try validateTarget(inner, context, suggestComparison: false)
                } else {
                    try validateTarget(element, context, suggestComparison: false)
                }
            }
        case .starred where context != .deletion:
            throw error(.syntax, "starred assignment target must be in a list or tuple", target.range)
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
        case .lambda: return "lambda"
        case .formattedString: return "f-string expression"
        case .set: return "set display"
        case .dictionaryComprehension: return "dict comprehension"
        case .setComprehension: return "set comprehension"
        case .generator: return "generator expression"
        case .starred: return "starred"
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
