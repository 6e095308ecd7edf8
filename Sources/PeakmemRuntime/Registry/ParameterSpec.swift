/// One parameter of a registered function, as Python declares it.
public struct ParameterSpec: Sendable {
    /// How an argument reaches the parameter.
    public enum Kind: Sendable {
        /// By position or by keyword (`def f(a, b=1)`).
        case positionalOrKeyword
        /// By keyword only (`def f(*, out=None)`).
        case keywordOnly
        /// Collects the remaining positional arguments (`*operands`).
        case variadic
    }

    public var name: String
    public var kind: Kind
    /// The default, written as Python would show it; nil when the argument is required.
    public var defaultValue: Value?

    /// A required positional-or-keyword parameter.
    public static func required(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .positionalOrKeyword, defaultValue: nil)
    }

    /// An optional positional-or-keyword parameter.
    public static func optional(_ name: String, _ value: Value = .none) -> ParameterSpec {
        ParameterSpec(name: name, kind: .positionalOrKeyword, defaultValue: value)
    }

    /// A keyword-only parameter.
    public static func keyword(_ name: String, _ value: Value = .none) -> ParameterSpec {
        ParameterSpec(name: name, kind: .keywordOnly, defaultValue: value)
    }

    /// `*name`.
    public static func variadic(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .variadic, defaultValue: nil)
    }
}
