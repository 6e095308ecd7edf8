/// One argument of a call: positional (`label == nil`) or keyword (`k=v`).
public struct Argument: Sendable, Equatable {
    /// The keyword, for a keyword argument.
    public var label: String?
    /// The argument's value.
    public var value: Expression
    /// The whole argument, keyword included.
    public var range: SourceRange

    /// Creates an argument.
    public init(label: String?, value: Expression, range: SourceRange) {
        self.label = label
        self.value = value
        self.range = range
    }
}
