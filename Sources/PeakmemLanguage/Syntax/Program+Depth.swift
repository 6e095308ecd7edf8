extension Program {
    /// Whether walking this program may recurse deeper than a thread's default stack allows:
    /// it defines functions (whose calls nest), or an expression is nested more than
    /// ``DeepStack/shallowDepth`` levels. Code without either runs on the caller's thread.
    public var needsDeepStack: Bool {
        Statement.needsDeepStack(statements)
    }
}

extension Expression {
    /// Whether walking this expression may need a deep stack (see ``Program/needsDeepStack``).
    public var needsDeepStack: Bool {
        if depth > DeepStack.shallowDepth { return true }
        var stack = [self]
        while let node = stack.popLast() {
            if case .lambda = node.kind { return true }
            stack += node.kind.subexpressions
        }
        return false
    }
}

extension Statement {
    /// Whether any of `statements` needs a deep stack.
    static func needsDeepStack(_ statements: [Statement]) -> Bool {
        statements.contains { statement in
            switch statement.kind {
            case .functionDefinition: return true
            default: return statement.kind.expressions.contains(where: \.needsDeepStack)
                || needsDeepStack(statement.kind.bodies.flatMap { $0 })
            }
        }
    }
}

extension Statement.Kind {
    /// The expressions of the statement itself (not of its bodies).
    var expressions: [Expression] {
        switch self {
        case .expression(let expression): return [expression]
        case .assignment(let targets, let value): return targets + [value]
        case .augmentedAssignment(let target, _, let value): return [target, value]
        case .delete(let targets): return targets
        case .pass, .break, .continue, .import, .importFrom, .global, .nonlocal, .functionDefinition: return []
        case .for(let target, let iterable, _, _): return [target, iterable]
        case .while(let condition, _, _), .if(let condition, _, _): return [condition]
        case .return(let value): return value.map { [$0] } ?? []
        case .try(_, let handlers, _, _): return handlers.compactMap(\.type)
        case .raise(let exception, let cause): return [exception, cause].compactMap { $0 }
        case .assert(let test, let message): return [test, message].compactMap { $0 }
        case .with(let items, _): return items.flatMap { [$0.context] + ($0.target.map { [$0] } ?? []) }
        }
    }

    /// The statement's bodies (a loop's body and `else`, a `try`'s blocks, ...).
    var bodies: [[Statement]] {
        switch self {
        case .for(_, _, let body, let orElse), .while(_, let body, let orElse), .if(_, let body, let orElse):
            return [body, orElse]
        case .functionDefinition(let definition): return [definition.body]
        case .try(let body, let handlers, let orElse, let finally): return [body, orElse, finally] + handlers.map(\.body)
        case .with(_, let body): return [body]
        default: return []
        }
    }
}

extension Expression.Kind {
    /// The direct sub-expressions.
    public var subexpressions: [Expression] {
        switch self {
        case .name, .integer, .float, .string, .boolean, .noneLiteral, .ellipsis: return []
        case .tuple(let elements), .list(let elements), .set(let elements): return elements
        case .dictionary(let entries): return entries.flatMap { [$0.key, $0.value] }
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
             .generator(let element, let clauses):
            return [element] + clauses.flatMap { [$0.target, $0.iterable] + $0.conditions }
        case .dictionaryComprehension(let key, let value, let clauses):
            return [key, value] + clauses.flatMap { [$0.target, $0.iterable] + $0.conditions }
        case .attribute(let base, _), .unary(_, let base), .starred(let base): return [base]
        case .call(let function, let arguments): return [function] + arguments.map(\.value)
        case .subscript(let base, let index): return [base, index]
        case .slice(let lower, let upper, let step): return [lower, upper, step].compactMap { $0 }
        case .binary(_, let left, let right), .logical(_, let left, let right): return [left, right]
        case .comparison(let first, let parts): return [first] + parts.map(\.operand)
        case .conditional(let body, let condition, let orElse): return [body, condition, orElse]
        case .lambda(let parameters, let body): return parameters.parameters.compactMap(\.defaultValue) + [body]
        case .formattedString(let parts): return parts.flatMap(\.fieldExpressions)
        }
    }
}

extension FormattedStringPart {
    /// The expressions of a replacement field and of its format spec.
    public var fieldExpressions: [Expression] {
        switch self {
        case .literal: return []
        case .field(let expression, _, let spec): return [expression] + spec.flatMap(\.fieldExpressions)
        }
    }
}
