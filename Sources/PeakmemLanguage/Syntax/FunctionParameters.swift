/// The parameter list of a `def` or a `lambda`, as Python binds arguments to it.
public struct FunctionParameters: Sendable, Equatable {
    /// One parameter.
    public struct Parameter: Sendable, Equatable {
        /// How an argument reaches the parameter.
        public enum Kind: Sendable, Equatable {
            /// Before `/`: by position only.
            case positionalOnly
            /// By position or by keyword.
            case positionalOrKeyword
            /// `*args`: the extra positional arguments, as a tuple.
            case variadicPositional
            /// After `*` or `*args`: by keyword only.
            case keywordOnly
            /// `**kwargs`: the extra keyword arguments, as a dict.
            case variadicKeyword
        }

        /// The parameter's name.
        public var name: String
        /// How arguments bind to it.
        public var kind: Kind
        /// The default value's expression, evaluated once when the function is defined.
        public var defaultValue: Expression?
        /// Where the parameter is.
        public var range: SourceRange

        public init(name: String, kind: Kind, defaultValue: Expression? = nil, range: SourceRange) {
            self.name = name
            self.kind = kind
            self.defaultValue = defaultValue
            self.range = range
        }
    }

    /// The parameters, in the order written.
    public var parameters: [Parameter]

    public init(_ parameters: [Parameter]) {
        self.parameters = parameters
    }
}
