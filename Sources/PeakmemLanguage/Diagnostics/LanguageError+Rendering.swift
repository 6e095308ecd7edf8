extension LanguageError {
    /// `file:line:column: error: message`, then the offending line and a caret line under the
    /// offending span (one `^` per column of the span on that line, at least one), as swiftc and
    /// CPython print them. Tabs in the quoted line are kept in the caret line so the caret stays
    /// aligned.
    public var description: String {
        var text = "\(file):\(location.line):\(location.column): error: \(message)"
        guard let line = sourceLine else { return text }
        text += "\n" + line + "\n" + caretLine(under: line)
        return text
    }

    /// The caret line for `line`: blanks up to the start column, then the carets.
    func caretLine(under line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        let startIndex = max(0, location.column - 1)
        var prefix = String.UnicodeScalarView()
        for index in 0..<startIndex {
            prefix.append(index < scalars.count && scalars[index] == "\t" ? "\t" : " ")
        }
        let width: Int
        if range.end.line == range.start.line {
            width = max(1, range.end.column - range.start.column)
        } else {
            width = max(1, scalars.count - startIndex)
        }
        return String(prefix) + String(repeating: "^", count: width)
    }
}
