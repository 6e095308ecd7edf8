import PeakmemResults


/// A claim a variant makes about one of its measured figures (`expect:`), e.g.
/// `peak_increment: "<= nbytes(X) + nbytes(S)"`: a comparison operator and an expression
/// that may call `nbytes(NAME)` and `size(NAME)` on the arrays of the setup and use sizes
/// with units (`8 MiB`). It is evaluated after the run, in the worker that ran it.
public struct Expectation: Sendable, Hashable, Codable {
    /// The figure compared.
    public var metric: Metric
    /// The comparison: `<=`, `<`, `==`, `>=`, `>`, `!=`.
    public var comparison: String
    /// The right-hand expression, as written (units included).
    public var expression: String
    /// Where the expression starts in the file.
    public var position: SourcePosition

    public init(metric: Metric, comparison: String, expression: String, position: SourcePosition) {
        self.metric = metric
        self.comparison = comparison
        self.expression = expression
        self.position = position
    }

    /// The comparison operators, longest first (for parsing).
    public static let comparisons = ["<=", ">=", "==", "!=", "<", ">"]
}
