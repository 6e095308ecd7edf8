/// Python's `printf`-style string formatting, `format % values`: each conversion
/// `%[(name)][flags][width][.precision]type` takes the next value of a tuple (or the value
/// itself, or a dict's item by name) and is rendered with the equivalent
/// ``FormatSpecification`` (`%-8.3f` is `<8.3f`, `%05d` is `05d`, `%r` is the `repr`).
enum PercentFormat {
    static func apply(_ format: String, _ values: Value) throws(RuntimeError) -> String {
        var arguments: [Value]
        var mapping: PythonDict?
        switch values {
        case .tuple(let items): arguments = items
        case .object(let dictionary as PythonDict):
            arguments = [values]
            mapping = dictionary
        default: arguments = [values]
        }
        var next = 0
        var result = ""
        var characters = Array(format)[...]
        while let character = characters.popFirst() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            var key: String?
            if characters.first == "(" {
                characters.removeFirst()
                var name = ""
                while let c = characters.popFirst(), c != ")" { name.append(c) }
                key = name
            }
            var flags = ""
            while let c = characters.first, "-+ 0#".contains(c) { flags.append(characters.removeFirst()) }
            var width = ""
            if characters.first == "*" {
                characters.removeFirst()
                guard next < arguments.count else { throw .typeError("not enough arguments for format string") }
                width = String(try arguments[next].asInt(for: "* wants int"))
                next += 1
            }
            while let c = characters.first, c.isASCII, c.isNumber { width.append(characters.removeFirst()) }
            var precision = ""
            if characters.first == "." {
                characters.removeFirst()
                precision = "."
                while let c = characters.first, c.isASCII, c.isNumber { precision.append(characters.removeFirst()) }
                if precision == "." { precision = ".0" }
            }
            guard let type = characters.popFirst() else { throw .valueError("incomplete format") }
            if type == "%" {
                result.append("%")
                continue
            }
            let value: Value
            if let key {
                guard let mapping else { throw .typeError("format requires a mapping") }
                value = try mapping.item(.string(key))
            } else {
                guard next < arguments.count else { throw .typeError("not enough arguments for format string") }
                value = arguments[next]
                next += 1
            }
            var spec = ""
            if flags.contains("-") { spec += "<" } else if flags.contains("0"), type != "s", type != "r" { spec += "0" }
            if flags.contains("+") { spec = (spec == "0" ? "+0" : spec + "+") } else if flags.contains(" ") { spec = (spec == "0" ? " 0" : spec + " ") }
            if flags.contains("#") { spec += "#" }
            switch type {
            case "s":
                result += try FormatSpecification.format(.string(value.pythonString), (flags.contains("-") ? "<" : ">") + width + precision)
            case "r", "a":
                result += try FormatSpecification.format(.string(value.pythonRepresentation), (flags.contains("-") ? "<" : ">") + width + precision)
            case "d", "i", "u":
                let integer: Value = .int(try Builtins.integer(value).asInt(for: "%d format"))
                result += try FormatSpecification.format(integer, spec + width + "d")
            case "x", "X", "o", "c":
                result += try FormatSpecification.format(value, spec + width + String(type))
            case "f", "F", "e", "E", "g", "G":
                let number: Value = .float(try value.asDouble(for: "must be real number, not \(value.typeName)"))
                result += try FormatSpecification.format(number, spec + width + (precision.isEmpty ? ".6" : precision) + String(type))
            default:
                throw .valueError("unsupported format character '\(type)'")
            }
        }
        if mapping == nil, next < arguments.count {
            throw .typeError("not all arguments converted during string formatting")
        }
        return result
    }
}
