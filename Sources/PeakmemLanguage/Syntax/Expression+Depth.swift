extension Expression.Kind {
    /// The depth of the deepest child expression (0 for a leaf).
    var childDepth: Int {
        func deepest(_ expressions: [Expression]) -> Int { expressions.reduce(0) { max($0, $1.depth) } }
        func deepest(_ clauses: [ComprehensionClause]) -> Int {
            clauses.reduce(0) { max($0, $1.target.depth, $1.iterable.depth, deepest($1.conditions)) }
        }
        switch self {
        case .name, .integer, .float, .string, .boolean, .noneLiteral, .ellipsis:
            return 0
        case .tuple(let elements), .list(let elements), .set(let elements):
            return deepest(elements)
        case .dictionary(let entries):
            return entries.reduce(0) { max($0, $1.key.depth, $1.value.depth) }
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
             .generator(let element, let clauses):
            return max(element.depth, deepest(clauses))
        case .dictionaryComprehension(let key, let value, let clauses):
            return max(key.depth, value.depth, deepest(clauses))
        case .attribute(let base, _), .unary(_, let base), .starred(let base):
            return base.depth
        case .call(let function, let arguments):
            return max(function.depth, deepest(arguments.map(\.value)))
        case .subscript(let base, let index):
            return max(base.depth, index.depth)
        case .slice(let lower, let upper, let step):
            return deepest([lower, upper, step].compactMap { $0 })
        case .binary(_, let left, let right), .logical(_, let left, let right):
            return max(left.depth, right.depth)
        case .comparison(let first, let parts):
            return max(first.depth, deepest(parts.map(\.operand)))
        case .conditional(let body, let condition, let orElse):
            return max(body.depth, condition.depth, orElse.depth)
        case .lambda(let parameters, let body):
            return max(body.depth, deepest(parameters.parameters.compactMap(\.defaultValue)))
        case .formattedString(let parts):
            return parts.reduce(0) { max($0, $1.depth) }
        }
    }
}

extension FormattedStringPart {
    /// The depth of the expressions in this part (0 for literal text).
    var depth: Int {
        switch self {
        case .literal: return 0
        case .field(let expression, _, let spec): return max(expression.depth, spec.reduce(0) { max($0, $1.depth) })
        }
    }
}
