extension Expression: CustomStringConvertible {
    /// The expression as Python source. Every operand that is itself an operation (unary,
    /// binary, comparison, boolean, conditional) is parenthesised, so the rendering shows how the
    /// expression was grouped: `-2**2` renders as `-(2 ** 2)`, `a @ b.T + c` as `(a @ b.T) + c`.
    /// Atoms and primaries (names, literals, displays, attributes, calls, subscripts) are not
    /// parenthesised. The result parses back to the same tree.
    public var description: String {
        switch kind {
        case .name(let name):
            return name
        case .integer(let value):
            return String(value)
        case .float(let value):
            return LiteralFormatting.float(value)
        case .string(let value):
            return LiteralFormatting.string(value)
        case .boolean(let value):
            return value ? "True" : "False"
        case .noneLiteral:
            return "None"
        case .ellipsis:
            return "..."
        case .tuple(let elements):
            if elements.count == 1 { return "(\(elements[0]),)" }
            return "(" + elements.map(\.description).joined(separator: ", ") + ")"
        case .list(let elements):
            return "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .dictionary(let entries):
            return "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        case .listComprehension(let element, let clauses):
            return "[\(element) " + clauses.map(\.description).joined(separator: " ") + "]"
        case .attribute(let base, let name):
            return "\(base.primaryText).\(name)"
        case .call(let function, let arguments):
            return "\(function.primaryText)(" + arguments.map(\.description).joined(separator: ", ") + ")"
        case .subscript(let base, let index):
            return "\(base.primaryText)[\(index.unparenthesizedText)]"
        case .slice(let lower, let upper, let step):
            var text = (lower?.description ?? "") + ":" + (upper?.description ?? "")
            if let step { text += ":\(step)" }
            return text
        case .unary(let op, let operand):
            return (op == .not ? "not " : op.rawValue) + operand.operandText
        case .binary(let op, let left, let right):
            return "\(left.operandText) \(op.rawValue) \(right.operandText)"
        case .comparison(let first, let rest):
            return first.operandText + rest.map { " \($0.op.rawValue) \($0.operand.operandText)" }.joined()
        case .logical(let op, let left, let right):
            return "\(left.operandText) \(op.rawValue) \(right.operandText)"
        case .conditional(let body, let condition, let orElse):
            return "\(body.operandText) if \(condition.operandText) else \(orElse.operandText)"
        case .lambda(let parameters, let body):
            let list = parameters.description
            return (list.isEmpty ? "lambda" : "lambda \(list)") + ": \(body)"
        case .formattedString(let parts):
            return "f" + LiteralFormatting.string(FormattedStringPart.sourceText(parts))
        case .set(let elements):
            return "{" + elements.map(\.description).joined(separator: ", ") + "}"
        case .dictionaryComprehension(let key, let value, let clauses):
            return "{\(key): \(value) " + clauses.map(\.description).joined(separator: " ") + "}"
        case .setComprehension(let element, let clauses):
            return "{\(element) " + clauses.map(\.description).joined(separator: " ") + "}"
        case .generator(let element, let clauses):
            return "(\(element) " + clauses.map(\.description).joined(separator: " ") + ")"
        case .starred(let value):
            return "*\(value.operandText)"
        }
    }

    /// Whether the node is an operation, which needs parentheses as an operand.
    var isOperation: Bool {
        switch kind {
        case .unary, .binary, .comparison, .logical, .conditional, .lambda: return true
        default: return false
        }
    }

    /// The rendering as the operand of an operator.
    var operandText: String { isOperation ? "(\(description))" : description }

    /// The rendering as the base of an attribute, call or subscript (`(a + b).T`, `(1).real`).
    var primaryText: String {
        if case .integer = kind { return "(\(description))" }
        return operandText
    }

    /// The rendering with a non-empty tuple's parentheses dropped, as in an index
    /// (`a[1:2, None]`) or a target of `for` or of an assignment (`for x, y in ...`, `a, b = ...`).
    var unparenthesizedText: String {
        if case .tuple(let elements) = kind, !elements.isEmpty {
            let joined = elements.map(\.description).joined(separator: ", ")
            return elements.count == 1 ? joined + "," : joined
        }
        return description
    }
}

extension Argument: CustomStringConvertible {
    /// `value` or `label=value`.
    public var description: String {
        switch unpacking {
        case .none: return label.map { "\($0)=\(value)" } ?? value.description
        case .sequence: return "*\(value.operandText)"
        case .mapping: return "**\(value.operandText)"
        }
    }
}

extension ComprehensionClause: CustomStringConvertible {
    /// `for target in iterable if condition ...`.
    public var description: String {
        "for \(target.unparenthesizedText) in \(iterable.operandText)"
            + conditions.map { " if \($0.operandText)" }.joined()
    }
}

extension FunctionParameters: CustomStringConvertible {
    /// `a, b=1, *args, c, **kwargs` (with `/` and a bare `*` where they were written).
    public var description: String {
        var items: [String] = []
        var sawStar = false
        for (index, parameter) in parameters.enumerated() {
            let defaultText = parameter.defaultValue.map { "=\($0)" } ?? ""
            switch parameter.kind {
            case .positionalOnly:
                items.append(parameter.name + defaultText)
                if index + 1 == parameters.count || parameters[index + 1].kind != .positionalOnly { items.append("/") }
            case .positionalOrKeyword:
                items.append(parameter.name + defaultText)
            case .variadicPositional:
                sawStar = true
                items.append("*" + parameter.name)
            case .keywordOnly:
                if !sawStar {
                    sawStar = true
                    items.append("*")
                }
                items.append(parameter.name + defaultText)
            case .variadicKeyword:
                items.append("**" + parameter.name)
            }
        }
        return items.joined(separator: ", ")
    }
}

extension FormattedStringPart {
    /// The text between an f-string's quotes: braces doubled in literal text, fields rendered.
    static func sourceText(_ parts: [FormattedStringPart]) -> String {
        parts.map { part in
            switch part {
            case .literal(let text):
                return text.replacingBraces()
            case .field(let expression, let conversion, let spec):
                let conversionText = conversion.map { "!\($0)" } ?? ""
                let specText = spec.isEmpty ? "" : ":" + sourceText(spec)
                return "{\(expression)\(conversionText)\(specText)}"
            }
        }.joined()
    }
}

extension String {
    /// The text with `{` and `}` doubled, as literal text in an f-string.
    func replacingBraces() -> String {
        var result = ""
        for character in self {
            result.append(character)
            if character == "{" || character == "}" { result.append(character) }
        }
        return result
    }
}
