/// A statement node of the syntax tree, with its block-relative source range.
public struct Statement: Sendable, Equatable {
    /// What the statement is.
    public indirect enum Kind: Sendable, Equatable {
        /// An expression evaluated for its effect or value: `np.dot(X, Y)`.
        case expression(Expression)
        /// `t1 = t2 = value`: `targets` in source order. A target is a name, a subscript, or a
        /// tuple/list of targets (`a, b = ...`, `[a, b] = ...`).
        case assignment(targets: [Expression], value: Expression)
        /// `target op= value`; the target is a name or a subscript.
        case augmentedAssignment(target: Expression, op: BinaryOperator, value: Expression)
        /// `del t1, t2`: names, subscripts, or tuples/lists of them.
        case delete([Expression])
        /// `pass`.
        case pass
        /// `break` (only inside a loop).
        case `break`
        /// `continue` (only inside a loop).
        case `continue`
        /// `import a.b as c, d`: the modules, in order.
        case `import`([ImportedName])
        /// `from a.b import c as d, e`: the module (its alias is always `nil`) and the names.
        case importFrom(module: ImportedName, names: [ImportedName])
        /// `for target in iterable:` with its body and the `else` body (run when the loop
        /// ends without `break`).
        case `for`(target: Expression, iterable: Expression, body: [Statement], orElse: [Statement])
        /// `while condition:` with its body and the `else` body.
        case `while`(condition: Expression, body: [Statement], orElse: [Statement])
        /// `def name(parameters): body`.
        case functionDefinition(FunctionDefinition)
        /// `return value` (`return` alone returns `None`).
        case `return`(Expression?)
        /// `try:` with its handlers, `else` and `finally` bodies.
        case `try`(body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finally: [Statement])
        /// `raise exception from cause`; `raise` alone re-raises the exception being handled.
        case raise(exception: Expression?, cause: Expression?)
        /// `assert test, message`.
        case assert(test: Expression, message: Expression?)
        /// `global a, b`.
        case global([String])
        /// `nonlocal a, b`.
        case nonlocal([String])
        /// `with a as x, b: body`.
        case with(items: [WithItem], body: [Statement])
        /// `if condition:` with its body and the `else` body (`elif` is an `if` alone in it, as
        /// in Python's `ast`).
        case `if`(condition: Expression, body: [Statement], orElse: [Statement])
    }

    /// What the statement is.
    public var kind: Kind
    /// From the first token to the end of the last token (the last body statement for `for` and
    /// `if`); the line terminator is not included.
    public var range: SourceRange

    /// Creates a statement node.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
