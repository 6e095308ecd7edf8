/// A position in a scenario file: 1-based line and column (columns count Unicode scalars,
/// as libyaml and Python's error carets do).
public struct SourcePosition: Sendable, Hashable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
