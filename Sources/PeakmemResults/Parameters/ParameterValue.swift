import Foundation

/// The value of a scenario parameter: what a name in the scenario code is bound to.
///
/// The value keeps its type from where it is written (a YAML scalar or a `--set name=value`)
/// to every file that records it. Results, baselines and worker requests encode it as its
/// Python literal — `1000`, `0.5`, `True`, `'F'` — and decode that literal back to the same
/// case (``init(pythonLiteral:)``), never with the command line's guessing
/// (``init(parsing:)``): a string override `F` is written `'F'` and read back as `.string("F")`.
public enum ParameterValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case string(String)

    /// Parses a `--set name=value` value or a YAML scalar: an integer (`1000`, `1_000`,
    /// `-3`), a float (`0.5`, `1e6`), `true`/`false`/`True`/`False`, else a string.
    public init(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let digits = t.replacingOccurrences(of: "_", with: "")
        if let i = Int(digits) {
            self = .int(i)
        } else if let d = Double(digits), digits.rangeOfCharacter(from: .decimalDigits) != nil {
            // "1e6" is a float in Python; a whole float that names a size stays a float.
            self = .float(d)
        } else if ["true", "True"].contains(t) {
            self = .bool(true)
        } else if ["false", "False"].contains(t) {
            self = .bool(false)
        } else {
            self = .string(t)
        }
    }

    /// Reads the Python literal ``description`` writes: `'text'` or `"text"` (backslash escapes
    /// `\\`, `\'`, `\"`) is a string, `True`/`False` a bool, an integer literal an int, any
    /// other number a float (`1.0`, `1e-05`, `inf`, `nan`). Nil for anything else.
    public init?(pythonLiteral text: String) {
        if let first = text.first, first == "'" || first == "\"", text.count >= 2, text.last == first {
            var value = "", escaped = false
            for character in text.dropFirst().dropLast() {
                if escaped { value.append(character); escaped = false } else if character == "\\" { escaped = true } else { value.append(character) }
            }
            guard !escaped else { return nil }
            self = .string(value)
        } else if text == "True" {
            self = .bool(true)
        } else if text == "False" {
            self = .bool(false)
        } else if let i = Int(text) {
            self = .int(i)
        } else if let d = Double(text) {
            self = .float(d)
        } else {
            return nil
        }
    }

    /// The Python literal: `1000`, `0.5`, `1.0`, `True`, `'F'` (a string holding `'` but no `"`
    /// is written in double quotes, as Python's `repr` does; otherwise `\` and `'` are escaped).
    /// Why the value cannot be bound (a float that is infinite or NaN: `1e400`); nil when it can.
    public var rangeProblem: String? {
        guard case .float(let d) = self, !d.isFinite else { return nil }
        return d.isNaN ? "is not a number" : "is infinite (a float beyond ±1.8e308)"
    }

    public var description: String {
        switch self {
        case .int(let i): String(i)
        case .float(let d): String(d)
        case .bool(let b): b ? "True" : "False"
        case .string(let s):
            if s.contains("'") && !s.contains("\"") {
                "\"" + s.replacingOccurrences(of: "\\", with: "\\\\") + "\""
            } else {
                "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
            }
        }
    }

    /// Decodes the Python literal (a JSON string); anything else is a data-corrupted error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ParameterValue(pythonLiteral: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a Python literal of an int, float, bool or string parameter")
        }
        self = value
    }

    /// Encodes the Python literal as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
