/// A block of scenario code (a `setup:` or `run:` value) and where it sits in its file.
///
/// Line `k` (1-based) of `text` is line `firstLine + k − 1` of the file, and column `c` of a
/// code line is column `c + indent` of the file: `indent` is the number of characters the
/// YAML block strips from every line (a literal block's indentation, or the column offset of
/// a one-line plain scalar). Errors in the code are reported at these file positions.
public struct ScenarioCode: Sendable, Hashable, Codable {
    /// The code, as Python source.
    public var text: String
    /// The scenario file's path.
    public var file: String
    /// The file line of the code's first line.
    public var firstLine: Int
    /// Characters before column 1 of the code on each file line.
    public var indent: Int
    /// Where the block is in the scenario, e.g. `variants.x-fortran.run`.
    public var keyPath: String

    public init(text: String, file: String, firstLine: Int, indent: Int, keyPath: String) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
        self.indent = indent
        self.keyPath = keyPath
    }

    /// The file position of line `line`, column `column` of the code (both 1-based).
    public func filePosition(line: Int, column: Int) -> SourcePosition {
        SourcePosition(line: firstLine + line - 1, column: column + indent)
    }
}
