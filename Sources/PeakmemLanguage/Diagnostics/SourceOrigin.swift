/// Where a code block sits in the file it was taken from.
///
/// Scenario code lives inside YAML files, and the YAML layer strips the block's indentation
/// before handing the code to the language. The lexer and the parser work on that stripped block
/// text and produce block-relative ``SourceLocation``s (line 1 is the block's first code line,
/// column 1 its first character after the stripped indentation). A `SourceOrigin` maps them back
/// to the file:
///
/// - file line   = `firstLine + blockLine - 1`
/// - file column = `columnOffset + blockColumn`
///
/// For a literal block scalar
///
/// ```yaml
/// setup: |          # line 11
///     X = np.ones(3) # line 12, indented by 4
/// ```
///
/// the YAML layer passes `SourceOrigin(file: "scenarios/x.yaml", firstLine: 12, columnOffset: 4)`;
/// for an inline scalar `run: S = X @ X.T` on line 20 it passes `firstLine: 20, columnOffset: 5`
/// (the number of characters before `S`). The mapping assumes every line of the block was
/// indented by the same `columnOffset` characters, which YAML guarantees for block scalars.
public struct SourceOrigin: Sendable, Hashable {
    /// The file name used in diagnostics, e.g. `scenarios/x.yaml` or `<command line>`.
    public var file: String
    /// The 1-based file line of the block's first line.
    public var firstLine: Int
    /// How many characters (Unicode scalars) of indentation precede each block line in the file.
    public var columnOffset: Int

    /// Creates an origin; the defaults describe a stand-alone file or string.
    public init(file: String, firstLine: Int = 1, columnOffset: Int = 0) {
        self.file = file
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }

    /// The file line of a block line.
    public func fileLine(_ blockLine: Int) -> Int {
        firstLine + blockLine - 1
    }

    /// The file location of a block location.
    public func fileLocation(_ blockLocation: SourceLocation) -> SourceLocation {
        SourceLocation(line: fileLine(blockLocation.line), column: columnOffset + blockLocation.column)
    }

    /// The file range of a block range.
    public func fileRange(_ blockRange: SourceRange) -> SourceRange {
        SourceRange(start: fileLocation(blockRange.start), end: fileLocation(blockRange.end))
    }
}
