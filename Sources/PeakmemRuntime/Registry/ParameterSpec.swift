/// One parameter of a registered function, as Python declares it.
public struct ParameterSpec: Sendable {
    /// How an argument reaches the parameter.
    public enum Kind: Sendable {
        /// By position only (`def f(x, /)`, NumPy's ufunc operands).
        case positionalOnly
        /// By position or by keyword (`def f(a, b=1)`).
        case positionalOrKeyword
        /// By keyword only (`def f(*, out=None)`).
        case keywordOnly
        /// Collects the remaining positional arguments (`*operands`).
        case variadic
        /// `**name`: the keyword arguments no other parameter takes, in order (``Arguments/keywordValues``).
        case variadicKeywords
    }

    /// The parameter's name.
    public var name: String
    /// How an argument reaches it.
    public var kind: Kind
    /// The default; nil when the argument is required.
    public var defaultValue: Value?

    /// A required positional-or-keyword parameter.
    public static func required(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .positionalOrKeyword, defaultValue: nil)
    }

    /// An optional positional-or-keyword parameter.
    public static func optional(_ name: String, _ value: Value = .none) -> ParameterSpec {
        ParameterSpec(name: name, kind: .positionalOrKeyword, defaultValue: value)
    }

    /// A required positional-only parameter.
    public static func positional(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .positionalOnly, defaultValue: nil)
    }

    /// An optional positional-only parameter.
    public static func optionalPositional(_ name: String, _ value: Value = .none) -> ParameterSpec {
        ParameterSpec(name: name, kind: .positionalOnly, defaultValue: value)
    }

    /// An optional keyword-only parameter.
    public static func keyword(_ name: String, _ value: Value = .none) -> ParameterSpec {
        ParameterSpec(name: name, kind: .keywordOnly, defaultValue: value)
    }

    /// A required keyword-only parameter.
    public static func requiredKeyword(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .keywordOnly, defaultValue: nil)
    }

    /// `*name`.
    public static func variadic(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .variadic, defaultValue: nil)
    }

    /// `**name`: collects the keyword arguments no other parameter takes.
    public static func variadicKeywords(_ name: String) -> ParameterSpec {
        ParameterSpec(name: name, kind: .variadicKeywords, defaultValue: nil)
    }
}
