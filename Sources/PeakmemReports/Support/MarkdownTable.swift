/// A GitHub-flavoured Markdown table: a header row, a rule with alignments, the rows.
public struct MarkdownTable: Sendable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []

    public init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// Text safe inside a table cell: `|` escaped, line breaks as spaces.
    public static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// The table's Markdown, ending in a newline.
    public func render() -> String {
        func line(_ cells: [String]) -> String {
            "| " + header.indices.map { $0 < cells.count ? Self.cell(cells[$0]) : "" }.joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { rightAligned.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
