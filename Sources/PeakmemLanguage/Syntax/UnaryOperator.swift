/// A prefix operator: `+x`, `-x`, `~x` (grammar rule `factor`) and `not x` (rule `inversion`).
public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
    case plus = "+"
    case minus = "-"
    case invert = "~"
    case not = "not"
}
