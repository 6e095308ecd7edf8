/// A GitHub-flavoured Markdown table: a header row, a rule with alignments, the rows.
package struct MarkdownTable: Sendable {
    package var header: [String]
    package var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    package var rightAligned: Set<Int> = []

    package init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// Text safe inside a table cell: `|` escaped, line breaks as spaces.
    package static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// The table's Markdown, ending in a newline.
    package func render() -> String {
        func line(_ cells: [String]) -> String {
            "| " + header.indices.map { $0 < cells.count ? Self.cell(cells[$0]) : "" }.joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { rightAligned.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
