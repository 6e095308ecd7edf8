extension LanguageError {
    /// The category of a ``LanguageError``.
    ///
    /// A struct rather than an enum so that later passes can add their own categories
    /// (`extension LanguageError.Kind { static let name = Kind(rawValue: "NameError") }`) while
    /// `switch`/`==` on the front end's kinds keeps working. The raw value is the name of the
    /// Python exception the error corresponds to, or `unsupported`.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The category's name: `SyntaxError`, `IndentationError`, `TabError`, `unsupported`, ...
        public var rawValue: String

        /// Creates a category from its name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Code that is not valid Python (CPython raises `SyntaxError`).
        public static let syntax = Kind(rawValue: "SyntaxError")
        /// Bad indentation: unexpected indent, unindent mismatch, missing indented block.
        public static let indentation = Kind(rawValue: "IndentationError")
        /// Indentation whose meaning depends on the width of a tab.
        public static let tab = Kind(rawValue: "TabError")
        /// Valid Python that scenario code does not support; the message says what is supported.
        public static let unsupported = Kind(rawValue: "unsupported")
        /// An import of a module that scenario code does not provide (reported by validation).
        public static let importError = Kind(rawValue: "ImportError")

        /// The category's name.
        public var description: String { rawValue }
    }
}
