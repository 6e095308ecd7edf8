import Testing
@testable import PeakmemLanguage

/// Locations are reported in the file the code block came from.
@Suite("Source origin")
struct OriginTests {
    /// A block that the YAML layer found at file line 12, indented by 4 columns.
    let origin = SourceOrigin(file: "scenarios/x.yaml", firstLine: 12, columnOffset: 4)

    @Test func blockLocationsMapToFileLocations() {
        #expect(origin.fileLocation(Location(line: 2, column: 5)) == Location(line: 13, column: 9))
        #expect(origin.fileLocation(Location(line: 1, column: 1)) == Location(line: 12, column: 5))
        #expect(origin.fileLine(3) == 14)
        let range = SourceRange(start: Location(line: 1, column: 1), end: Location(line: 1, column: 4))
        #expect(origin.fileRange(range) == SourceRange(start: Location(line: 12, column: 5), end: Location(line: 12, column: 8)))
    }

    @Test func errorAtBlockLine2Column5IsReportedAtFileLine13Column9() throws {
        // "unexpected indent" at block line 2, column 5.
        let error = try #require(parseError("x = 1\n    y = 2\n", origin: origin))
        #expect(error.file == "scenarios/x.yaml")
        #expect(error.location == Location(line: 13, column: 9))
        #expect(error.description == """
            scenarios/x.yaml:13:9: error: unexpected indent
                    y = 2
                    ^
            """)
    }

    @Test func linesNamedInMessagesAreFileLines() {
        let indented = parseError("x = 0\nfor i in range(3):\ny = 1\n", origin: origin)
        #expect(indented?.message == "expected an indented block after 'for' statement on line 13")
        #expect(indented?.location == Location(line: 14, column: 5))
        let string = parseError("s = '''open\n\n", origin: origin)
        #expect(string?.message == "unterminated triple-quoted string literal (detected at line 13)")
        #expect(string?.location == Location(line: 12, column: 9))
        let bracket = parseError("x = (1,\n]\n", origin: origin)
        #expect(bracket?.message == "closing parenthesis ']' does not match opening parenthesis '(' on line 12")
        #expect(bracket?.location == Location(line: 13, column: 5))
    }

    @Test func inlineScalarOrigin() throws {
        // `run: S = X @ X.T` on file line 20: the code starts at column 6.
        let error = try #require(parseError("S = X @ X.T +", origin: SourceOrigin(file: "s.yaml", firstLine: 20, columnOffset: 5)))
        #expect(error.description == """
            s.yaml:20:19: error: invalid syntax
                 S = X @ X.T +
                              ^
            """)
    }

    @Test func laterPassesReportNodeRangesInTheFile() throws {
        let program = try Parser.parse("import numpy as np\nimport os\n", origin: origin)
        guard case .import(let modules) = program.statements[1].kind else {
            Issue.record("unexpected program \(program)")
            return
        }
        let error = LanguageError(.importError, "No module named 'os'", at: modules[0].range, in: program.source)
        #expect(error.description == """
            scenarios/x.yaml:13:12: error: No module named 'os'
                import os
                       ^^
            """)
    }

    @Test func codeBlockSplitsLinesLikePython() {
        #expect(CodeBlock("a\r\nb\rc\n", origin: origin).lines == ["a", "b", "c"])
        #expect(CodeBlock("a\n\nb", origin: origin).lines == ["a", "", "b"])
        #expect(CodeBlock("", origin: origin).lines == [""])
        #expect(CodeBlock("x", origin: origin).fileLineText(1) == "    x")
        #expect(CodeBlock("x", origin: origin).line(2) == nil)
    }
}
