/// A piece of scenario code together with its ``SourceOrigin``.
///
/// The lexer reads `text`; diagnostics use `origin` to report file positions and `lines` to
/// quote the offending line. A ``Program`` keeps its block so that later passes (validation, the
/// interpreter) can report errors at a node's ``SourceRange`` in the file, with
/// ``LanguageError/init(_:_:at:in:)``.
public struct CodeBlock: Sendable, Equatable {
    /// The code, with the block indentation already stripped.
    public let text: String
    /// Where the block sits in its file.
    public let origin: SourceOrigin
    /// The block's lines without their terminators (`\n`, `\r\n` or `\r`).
    public let lines: [String]

    /// Creates a block from its text and origin.
    public init(_ text: String, origin: SourceOrigin) {
        self.text = text
        self.origin = origin
        self.lines = CodeBlock.splitLines(text)
    }

    /// The text of block line `line` (1-based), or `nil` past the end.
    public func line(_ line: Int) -> String? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    /// The line containing block line `line` as it appears in the file: the stripped block
    /// indentation is put back as spaces.
    public func fileLineText(_ line: Int) -> String? {
        self.line(line).map { String(repeating: " ", count: origin.columnOffset) + $0 }
    }

    /// Splits text at `\n`, `\r\n` and lone `\r`, as Python's universal newlines do. A final line
    /// terminator does not start another line.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        var sawAny = false
        while let scalar = pending {
            sawAny = true
            pending = iterator.next()
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", pending == "\n" { pending = iterator.next() }
                lines.append(String(current))
                current = String.UnicodeScalarView()
                if pending == nil { return lines }
            } else {
                current.append(scalar)
            }
        }
        if sawAny || lines.isEmpty { lines.append(String(current)) }
        return lines
    }
}
