/// A parsed code block: its statements and the ``CodeBlock`` they came from.
///
/// Node ranges are block-relative; report a problem found at a node in the file with
/// `LanguageError(kind, message, at: node.range, in: program.source)`.
public struct Program: Sendable, Equatable, CustomStringConvertible {
    /// The top-level statements, in order.
    public var statements: [Statement]
    /// The code block that was parsed.
    public var source: CodeBlock

    /// Creates a program.
    public init(statements: [Statement], source: CodeBlock) {
        self.statements = statements
        self.source = source
    }

    /// The program as Python source, one statement after another.
    public var description: String {
        statements.map(\.description).joined(separator: "\n")
    }
}
