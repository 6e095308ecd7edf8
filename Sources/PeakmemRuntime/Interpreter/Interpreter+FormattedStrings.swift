import PeakmemLanguage

extension Interpreter {
    /// The text of an f-string: literal parts as they are, each field's value converted
    /// (`!r`, `!s`, `!a`) and formatted with its spec, whose own fields are evaluated first.
    func format(_ parts: [FormattedStringPart]) throws(LanguageError) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal):
                text += literal
            case .field(let expression, let conversion, let specParts):
                var value = try evaluate(expression)
                switch conversion {
                case "r", "a": value = .string(value.pythonRepresentation)
                case "s": value = .string(value.pythonString)
                default: break
                }
                let spec = try format(specParts)
                text += try at(expression.range) { () throws(RuntimeError) in try FormatSpecification.format(value, spec) }
            }
        }
        return text
    }
}
