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
        case .for(let target, let iterable, let body):
            return [indent + "for \(target.unparenthesizedText) in \(iterable.unparenthesizedText):"]
                + Statement.bodyLines(body, indent: indent)
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

    static func bodyLines(_ body: [Statement], indent: String) -> [String] {
        body.flatMap { $0.lines(indent: indent + "    ") }
    }
}
