/// A position in source text: a 1-based line and a 1-based column.
///
/// Columns count **Unicode scalars** (code points) from the start of the line, as CPython does for
/// the `offset` of a `SyntaxError` and for its caret line: a tab is one column, `é` written as one
/// scalar is one column, a CJK character is one column even though a terminal draws it two cells
/// wide. Lines are separated by `\n`, `\r\n` or a lone `\r`, as in Python.
///
/// A location is either relative to a code block (what the lexer and the parser produce; the syntax
/// tree stores these) or relative to the file the block came from (what ``LanguageError`` reports).
/// ``SourceOrigin`` maps the first kind to the second.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and a 1-based column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form used in diagnostics.
    public var description: String { "\(line):\(column)" }

    /// Source order: by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
