extension Expression.Kind {
    /// The depth of the deepest child expression (0 for a leaf).
    var childDepth: Int {
        subexpressions.reduce(0) { max($0, $1.depth) }
    }
}
