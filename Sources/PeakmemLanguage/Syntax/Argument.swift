/// One argument of a call: positional (`label == nil`) or keyword (`k=v`).
public struct Argument: Sendable, Equatable {
    /// The keyword, for a keyword argument.
    public var label: String?
    /// The argument's value.
    public var value: Expression
    /// The whole argument, keyword included.
    public var range: SourceRange
    /// `*value` or `**value`: the argument is unpacked into several.
    public var unpacking: Unpacking

    /// How a call's argument is unpacked.
    public enum Unpacking: Sendable, Equatable {
        /// A single argument.
        case none
        /// `*iterable`: each element a positional argument.
        case sequence
        /// `**mapping`: each item a keyword argument.
        case mapping
    }

    /// Creates an argument.
    public init(label: String?, value: Expression, range: SourceRange, unpacking: Unpacking = .none) {
        self.label = label
        self.value = value
        self.range = range
        self.unpacking = unpacking
    }
}
