/// One `key: value` entry of a dict display `{'a': 1}`.
public struct DictionaryEntry: Sendable, Equatable {
    /// The key expression.
    public var key: Expression
    /// The value expression.
    public var value: Expression

    /// Creates an entry.
    public init(key: Expression, value: Expression) {
        self.key = key
        self.value = value
    }
}
