/// One `for target in iterable if condition ...` clause of a list comprehension (grammar rule
/// `for_if_clause`).
public struct ComprehensionClause: Sendable, Equatable {
    /// The loop target: a name, a subscript, or a tuple/list of targets.
    public var target: Expression
    /// What is iterated.
    public var iterable: Expression
    /// The `if` filters, in order.
    public var conditions: [Expression]
    /// From `for` to the end of the last condition.
    public var range: SourceRange

    /// Creates a clause.
    public init(target: Expression, iterable: Expression, conditions: [Expression], range: SourceRange) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
        self.range = range
    }
}
