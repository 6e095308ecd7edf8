/// A short-circuiting boolean operator (grammar rules `disjunction` and `conjunction`).
public enum LogicalOperator: String, Sendable, Hashable, CaseIterable {
    case and
    case or
}
