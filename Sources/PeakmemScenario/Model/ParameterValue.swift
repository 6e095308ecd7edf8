import Foundation

/// The value of a scenario parameter: what a name in the scenario code is bound to.
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
        case .string(let s): "'\(s)'"
        }
    }
}
