/// One `expect:` claim, evaluated.
public struct ExpectationVerdict: Sendable, Codable, Hashable {
    public var metric: Metric
    public var comparison: String
    public var expression: String
    /// The expression's value (bytes, count or seconds), nil when it could not be evaluated.
    public var expected: Double?
    /// The measured figure.
    public var measured: Double
    public var passed: Bool
    /// Why the expression could not be evaluated.
    public var error: String?

    public init(metric: Metric, comparison: String, expression: String, expected: Double?, measured: Double,
                passed: Bool, error: String? = nil) {
        self.metric = metric
        self.comparison = comparison
        self.expression = expression
        self.expected = expected
        self.measured = measured
        self.passed = passed
        self.error = error
    }
}
