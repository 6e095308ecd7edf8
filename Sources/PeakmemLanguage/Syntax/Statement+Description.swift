extension Statement: CustomStringConvertible {
    /// The statement as Python source, with 4-space indented bodies and expressions rendered as
    /// ``Expression/description`` does.
    public var description: String {
        lines(indent: "").joined(separator: "\n")
    }

    /// The source lines of the statement, each prefixed with `indent`.
    func lines(indent: String) -> [String] {
        switch kind {
        case .expression(let expression):
            return [indent + expression.description]
        case .assignment(let targets, let value):
            return [indent + targets.map(\.unparenthesizedText).joined(separator: " = ") + " = \(value)"]
        case .augmentedAssignment(let target, let op, let value):
            return [indent + "\(target) \(op.rawValue)= \(value)"]
        case .delete(let targets):
            return [indent + "del " + targets.map(\.description).joined(separator: ", ")]
        case .pass:
            return [indent + "pass"]
        case .break:
            return [indent + "break"]
        case .continue:
            return [indent + "continue"]
        case .import(let modules):
            return [indent + "import " + modules.map(\.description).joined(separator: ", ")]
        case .importFrom(let module, let names):
            return [indent + "from \(module.dottedPath) import " + names.map(\.description).joined(separator: ", ")]
        case .for(let target, let iterable, let body, let orElse):
            return [indent + "for \(target.unparenthesizedText) in \(iterable.unparenthesizedText):"]
                + Statement.bodyLines(body, indent: indent) + Statement.clause("else", orElse, indent: indent)
        case .while(let condition, let body, let orElse):
            return [indent + "while \(condition):"] + Statement.bodyLines(body, indent: indent)
                + Statement.clause("else", orElse, indent: indent)
        case .functionDefinition(let definition):
            return [indent + "def \(definition.name)(\(definition.parameters)):"]
                + Statement.bodyLines(definition.body, indent: indent)
        case .return(let value):
            return [indent + "return" + (value.map { " \($0.unparenthesizedText)" } ?? "")]
        case .try(let body, let handlers, let orElse, let finally):
            var result = [indent + "try:"] + Statement.bodyLines(body, indent: indent)
            for handler in handlers {
                var header = "except"
                if let type = handler.type { header += " \(type)" }
                if let name = handler.name { header += " as \(name)" }
                result += [indent + header + ":"] + Statement.bodyLines(handler.body, indent: indent)
            }
            return result + Statement.clause("else", orElse, indent: indent) + Statement.clause("finally", finally, indent: indent)
        case .raise(let exception, let cause):
            var text = "raise"
            if let exception { text += " \(exception)" }
            if let cause { text += " from \(cause)" }
            return [indent + text]
        case .assert(let test, let message):
            return [indent + "assert \(test)" + (message.map { ", \($0)" } ?? "")]
        case .global(let names):
            return [indent + "global " + names.joined(separator: ", ")]
        case .nonlocal(let names):
            return [indent + "nonlocal " + names.joined(separator: ", ")]
        case .with(let items, let body):
            let list = items.map { item in item.target.map { "\(item.context) as \($0)" } ?? item.context.description }
            return [indent + "with " + list.joined(separator: ", ") + ":"] + Statement.bodyLines(body, indent: indent)
        case .if(let condition, let body, let orElse):
            var result = [indent + "if \(condition):"] + Statement.bodyLines(body, indent: indent)
            var rest = orElse
            while !rest.isEmpty {
                if rest.count == 1, case .if(let condition, let body, let orElse) = rest[0].kind {
                    result.append(indent + "elif \(condition):")
                    result += Statement.bodyLines(body, indent: indent)
                    rest = orElse
                } else {
                    result.append(indent + "else:")
                    result += Statement.bodyLines(rest, indent: indent)
                    rest = []
                }
            }
            return result
        }
    }

    /// `keyword:` and its body, or nothing when the body is empty.
    static func clause(_ keyword: String, _ body: [Statement], indent: String) -> [String] {
        body.isEmpty ? [] : [indent + keyword + ":"] + bodyLines(body, indent: indent)
    }

    static func bodyLines(_ body: [Statement], indent: String) -> [String] {
        body.flatMap { $0.lines(indent: indent + "    ") }
    }
}
