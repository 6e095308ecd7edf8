import Foundation

/// Python's format-specification mini-language (`format(value, spec)`, f-string fields,
/// `str.format`, and `%`-formatting once translated):
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Integers take `d b o x X n c` and the float types; floats take `e E f F g G n %` or none
/// (`repr` without a precision, `g`-like with at least one fractional digit with one);
/// strings take `s` or none. The numeric conversions are C's `printf` ones, which Python's
/// match for these types.
struct FormatSpecification {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Parses `spec`; `ValueError: Invalid format specifier` when it is malformed.
    init(_ spec: String) throws(RuntimeError) {
        var characters = Array(spec)[...]
        let aligns: Set<Character> = ["<", ">", "=", "^"]
        if characters.count >= 2, aligns.contains(characters[characters.startIndex + 1]) {
            fill = characters.removeFirst()
            align = characters.removeFirst()
        } else if let first = characters.first, aligns.contains(first) {
            align = characters.removeFirst()
        }
        if let first = characters.first, "+- ".contains(first) { sign = characters.removeFirst() }
        if characters.first == "z" { characters.removeFirst() }
        if characters.first == "#" {
            alternate = true
            characters.removeFirst()
        }
        if characters.first == "0" {
            characters.removeFirst()
            if align == nil {
                fill = "0"
                align = "="
            }
        }
        var digits = ""
        while let first = characters.first, first.isASCII, first.isNumber { digits.append(characters.removeFirst()) }
        width = Int(digits) ?? 0
        if let first = characters.first, first == "," || first == "_" { grouping = characters.removeFirst() }
        if characters.first == "." {
            characters.removeFirst()
            var precisionDigits = ""
            while let first = characters.first, first.isASCII, first.isNumber { precisionDigits.append(characters.removeFirst()) }
            guard let value = Int(precisionDigits) else { throw .valueError("Format specifier missing precision") }
            precision = value
        }
        if let first = characters.first {
            type = characters.removeFirst()
            _ = first
        }
        guard characters.isEmpty else { throw .valueError("Invalid format specifier '\(spec)'") }
    }

    /// `format(value, spec)`.
    static func format(_ value: Value, _ spec: String) throws(RuntimeError) -> String {
        if spec.isEmpty { return value.pythonString }
        let specification = try FormatSpecification(spec)
        switch value {
        case .bool(let flag) where specification.type == nil || specification.type == "s":
            return specification.pad(flag ? "True" : "False", numeric: false)
        case .bool(let flag):
            return try specification.format(integer: flag ? 1 : 0)
        case .int(let number):
            return try specification.format(integer: number)
        case .float(let number):
            return try specification.format(float: number)
        case .arrayScalar(let scalar):
            switch scalar.value {
            case .int(let number): return try specification.format(integer: Int(number))
            case .bool(let flag): return try specification.format(integer: flag ? 1 : 0)
            case .float(let number): return try specification.format(float: number)
            }
        case .string(let text):
            guard specification.type == nil || specification.type == "s" else {
                throw .valueError("Unknown format code '\(specification.type!)' for object of type 'str'")
            }
            var text = text
            if let precision = specification.precision { text = String(text.prefix(precision)) }
            return specification.pad(text, numeric: false)
        default:
            throw .typeError("unsupported format string passed to \(value.typeName).__format__")
        }
    }

    func format(integer: Int) throws(RuntimeError) -> String {
        let type = self.type ?? "d"
        if "eEfFgG%".contains(type) { return try format(float: Double(integer)) }
        if type == "c" {
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, integer))) else { throw .overflowError("%c arg not in range(0x110000)") }
            return pad(String(Character(scalar)), numeric: false)
        }
        let radix: Int
        var prefix = ""
        switch type {
        case "d", "n": radix = 10
        case "b": radix = 2; prefix = "0b"
        case "o": radix = 8; prefix = "0o"
        case "x": radix = 16; prefix = "0x"
        case "X": radix = 16; prefix = "0X"
        default: throw .valueError("Unknown format code '\(type)' for object of type 'int'")
        }
        guard precision == nil else { throw .valueError("Precision not allowed in integer format specifier") }
        var digits = String(integer.magnitude, radix: radix, uppercase: type == "X")
        if let grouping { digits = FormatSpecification.group(digits, grouping, every: radix == 10 ? 3 : 4) }
        return pad(signText(negative: integer < 0) + (alternate ? prefix : "") + digits, numeric: true, signLength: signText(negative: integer < 0).count + (alternate ? prefix.count : 0))
    }

    func format(float: Double) throws(RuntimeError) -> String {
        let negative = float.sign == .minus && !(float.isNaN)
        let magnitude = Swift.abs(float)
        var body: String
        switch type {
        case nil:
            if let precision {
                body = FormatSpecification.printf(magnitude, "g", max(precision, 1), alternate: alternate)
                if magnitude.isFinite, !body.contains("."), !body.contains("e") { body += ".0" }
            } else {
                body = PythonFormat.float(magnitude)
            }
        case "e", "E", "f", "F", "g", "G":
            body = FormatSpecification.printf(magnitude, type!, precision ?? 6, alternate: alternate)
        case "n":
            body = FormatSpecification.printf(magnitude, "g", precision ?? 6, alternate: alternate)
        case "%":
            body = FormatSpecification.printf(magnitude * 100, "f", precision ?? 6, alternate: alternate) + "%"
        default:
            throw .valueError("Unknown format code '\(type!)' for object of type 'float'")
        }
        if let grouping, magnitude.isFinite {
            let integerEnd = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
            body = FormatSpecification.group(String(body[..<integerEnd]), grouping, every: 3) + body[integerEnd...]
        }
        let signText = signText(negative: negative)
        return pad(signText + body, numeric: true, signLength: signText.count)
    }

    private func signText(negative: Bool) -> String {
        if negative { return "-" }
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    /// `text` padded to the width with the fill, aligned (numbers right, `=` after the sign).
    func pad(_ text: String, numeric: Bool, signLength: Int = 0) -> String {
        let count = text.count
        guard width > count else { return text }
        let padding = width - count
        switch align ?? (numeric ? ">" : "<") {
        case "<": return text + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + text + String(repeating: fill, count: padding - left)
        case "=":
            let split = text.index(text.startIndex, offsetBy: signLength)
            return String(text[..<split]) + String(repeating: fill, count: padding) + text[split...]
        default: return String(repeating: fill, count: padding) + text
        }
    }

    /// C's `%.<precision><type>` of a non-negative number (`inf`, `nan` as Python spells them).
    static func printf(_ value: Double, _ type: Character, _ precision: Int, alternate: Bool) -> String {
        if value.isNaN { return type.isUppercase ? "NAN" : "nan" }
        if value.isInfinite { return type.isUppercase ? "INF" : "inf" }
        return String(format: "%\(alternate ? "#" : "").\(precision)\(type)", value)
    }

    /// `digits` with `separator` every `every` digits from the right.
    static func group(_ digits: String, _ separator: Character, every: Int) -> String {
        var result = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0, index % every == 0 { result.append(separator) }
            result.append(character)
        }
        return String(result.reversed())
    }
}
