/// A string literal token: its decoded value and what its prefix made of it.
public struct StringLiteral: Sendable, Hashable {
    /// How the prefix changes the literal's meaning.
    public enum Flavor: Sendable, Hashable {
        /// `'...'`, `u'...'`, `r'...'`: a `str`.
        case text
        /// `b'...'`, `rb'...'`: a `bytes` object (rejected by the parser).
        case bytes
        /// `f'...'`, `rf'...'`: a formatted string (rejected by the parser).
        case formatted
    }

    /// The decoded value: escapes processed unless the literal is raw; for f-strings the raw body.
    public var value: String
    /// What the prefix made of the literal.
    public var flavor: Flavor

    /// Creates a string literal.
    public init(value: String, flavor: Flavor) {
        self.value = value
        self.flavor = flavor
    }
}
