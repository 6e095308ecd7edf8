/// `def name(parameters): body`.
public struct FunctionDefinition: Sendable, Equatable {
    /// The function's name.
    public var name: String
    /// Its parameters.
    public var parameters: FunctionParameters
    /// Its statements.
    public var body: [Statement]

    public init(name: String, parameters: FunctionParameters, body: [Statement]) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }
}

/// An `except` clause of a `try` statement.
public struct ExceptHandler: Sendable, Equatable {
    /// The exception class (or tuple of classes) matched; nil for a bare `except:`.
    public var type: Expression?
    /// The name bound to the exception (`except ValueError as error`).
    public var name: String?
    /// The handler's statements.
    public var body: [Statement]
    /// From `except` to the end of the header.
    public var range: SourceRange

    public init(type: Expression?, name: String?, body: [Statement], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

/// One item of a `with` statement: `context as target`.
public struct WithItem: Sendable, Equatable {
    /// The context manager's expression.
    public var context: Expression
    /// The target bound to what `__enter__` returns.
    public var target: Expression?

    public init(context: Expression, target: Expression?) {
        self.context = context
        self.target = target
    }
}
