/// The unary elementwise operations of the engine.
public enum UnaryOperator: String, Sendable, CaseIterable {
    /// `-a`, `np.negative`.
    case negative
    /// `+a`, `np.positive`: a copy.
    case positive
    /// `~a`, `np.invert`: bitwise not of integers, logical not of booleans.
    case invert
}
