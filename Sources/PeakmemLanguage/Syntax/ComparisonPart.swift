/// One link `op operand` of a comparison chain: `a < b <= c` is `a` followed by `(<, b)` and
/// `(<=, c)`.
public struct ComparisonPart: Sendable, Equatable {
    /// The operator.
    public var op: ComparisonOperator
    /// The right operand.
    public var operand: Expression

    /// Creates a link.
    public init(_ op: ComparisonOperator, _ operand: Expression) {
        self.op = op
        self.operand = operand
    }
}
