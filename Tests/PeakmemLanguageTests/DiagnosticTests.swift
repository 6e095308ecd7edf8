import Testing
@testable import PeakmemLanguage

/// One malformed or unsupported input with its exact diagnostic.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    let source: String
    let kind: LanguageError.Kind
    let message: String
    /// `line:column` of the reported location (block = file here).
    let location: String

    init(_ source: String, _ kind: LanguageError.Kind, _ message: String, at location: String) {
        self.source = source
        self.kind = kind
        self.message = message
        self.location = location
    }

    var testDescription: String { String(reflecting: source) }
}

let unsupported = LanguageError.Kind.unsupported

let diagnosticCases: [DiagnosticCase] = [
    // indentation
    DiagnosticCase("x = 1\n    y = 2\n", .indentation, "unexpected indent", at: "2:5"),
    DiagnosticCase("  x = 1\n", .indentation, "unexpected indent", at: "1:3"),
    DiagnosticCase("if x:\n    y = 1\n  z = 2\n", .indentation,
                   "unindent does not match any outer indentation level", at: "3:3"),
    DiagnosticCase("for i in range(3):\nx = 1\n", .indentation,
                   "expected an indented block after 'for' statement on line 1", at: "2:1"),
    DiagnosticCase("x = 0\nfor i in range(3):\n", .indentation,
                   "expected an indented block after 'for' statement on line 2", at: "2:19"),
    DiagnosticCase("if x:\n    pass\nelif y:\nz\n", .indentation,
                   "expected an indented block after 'elif' statement on line 3", at: "4:1"),
    DiagnosticCase("if x:\n\tx = 1\n        y = 2\n", .tab, "inconsistent use of tabs and spaces in indentation", at: "3:9"),
    // brackets, strings, characters, numbers
    DiagnosticCase("x = np.dot(a,\n           b\ny = 2\n", .syntax, "'(' was never closed", at: "1:11"),
    DiagnosticCase("x = [[1, 2],\n     [3, 4]\n", .syntax, "'[' was never closed", at: "1:5"),
    DiagnosticCase("x = (1]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '('", at: "1:7"),
    DiagnosticCase("x = a)\n", .syntax, "unmatched ')'", at: "1:6"),
    DiagnosticCase("s = 'float64\n", .syntax, "unterminated string literal (detected at line 1)", at: "1:5"),
    DiagnosticCase("s = \"\"\"doc\n\nx = 1\n", .syntax,
                   "unterminated triple-quoted string literal (detected at line 3)", at: "1:5"),
    DiagnosticCase("y = x × 2\n", .syntax, "invalid character '×' (U+00D7)", at: "1:7"),
    DiagnosticCase("y = x $ 2\n", .syntax, "invalid character '$' (U+0024)", at: "1:7"),
    DiagnosticCase("y = x\u{00A0}+ 2\n", .syntax, "invalid non-printable character U+00A0", at: "1:6"),
    DiagnosticCase("x = 1.2.3\n", .syntax, "invalid syntax", at: "1:8"),
    DiagnosticCase("x = 1__000\n", .syntax, "invalid decimal literal", at: "1:6"),
    DiagnosticCase("x = 012\n", .syntax,
                   "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                   at: "1:5"),
    DiagnosticCase("x = 1 + \\ 2\n", .syntax, "unexpected character after line continuation character", at: "1:10"),
    // syntax
    DiagnosticCase("x = \n", .syntax, "invalid syntax", at: "1:5"),
    DiagnosticCase("x = 1 +\n", .syntax, "invalid syntax", at: "1:8"),
    DiagnosticCase("1 = x\n", .syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", at: "1:1"),
    DiagnosticCase("f(x) = 1\n", .syntax,
                   "cannot assign to function call here. Maybe you meant '==' instead of '='?", at: "1:1"),
    DiagnosticCase("x = y = 2 = z\n", .syntax, "cannot assign to literal", at: "1:9"),
    DiagnosticCase("a, 1 = x\n", .syntax, "cannot assign to literal", at: "1:4"),
    DiagnosticCase("None = 1\n", .syntax, "cannot assign to None", at: "1:1"),
    DiagnosticCase("for f() in x:\n    pass\n", .syntax, "cannot assign to function call", at: "1:5"),
    DiagnosticCase("del 1\n", .syntax, "cannot delete literal", at: "1:5"),
    DiagnosticCase("a + b += 1\n", .syntax, "'expression' is an illegal expression for augmented assignment", at: "1:1"),
    DiagnosticCase("f(a=1, 2)\n", .syntax, "positional argument follows keyword argument", at: "1:8"),
    DiagnosticCase("f(a=1, a=2)\n", .syntax, "keyword argument repeated: a", at: "1:8"),
    DiagnosticCase("f(a.b=1)\n", .syntax, "expression cannot contain assignment, perhaps you meant \"==\"?", at: "1:3"),
    DiagnosticCase("np.dot(X Y)\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", at: "1:8"),
    DiagnosticCase("x = a[]\n", .syntax, "invalid syntax", at: "1:7"),
    DiagnosticCase("else:\n    pass\n", .syntax, "invalid syntax: 'else' without a matching 'if'", at: "1:1"),
    DiagnosticCase("if x\n    pass\n", .syntax, "expected ':'", at: "1:5"),
    DiagnosticCase("for i in range(3)\n    pass\n", .syntax, "expected ':'", at: "1:18"),
    DiagnosticCase("x = 1 if y\n", .syntax, "expected 'else' after 'if' expression", at: "1:5"),
    DiagnosticCase("break\n", .syntax, "'break' outside loop", at: "1:1"),
    DiagnosticCase("from scipy import sparse,\n", .syntax,
                   "trailing comma not allowed without surrounding parentheses", at: "1:25"),
    // a tokenizer error further down replaces a generic "invalid syntax", as in CPython
    DiagnosticCase("x = (1,\ny = 2\n", .syntax, "'(' was never closed", at: "1:5"),
    DiagnosticCase("x = [1,\n 2 3\n", .syntax, "'[' was never closed", at: "1:5"),
    DiagnosticCase("x = [1, 2\ny = 3\n", .syntax, "'[' was never closed", at: "1:5"),
    DiagnosticCase("x = [1 2,\n 3\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", at: "1:6"),
    // unsupported constructs
    DiagnosticCase("class A:\n    pass\n", unsupported, UnsupportedConstruct.classDefinition.message, at: "1:1"),
    DiagnosticCase("return x\n", .syntax, "'return' outside function", at: "1:1"),
    DiagnosticCase("d = {**base}\n", unsupported, UnsupportedConstruct.keywordUnpacking.message, at: "1:6"),
    DiagnosticCase("@profile\ndef f(): pass\n", unsupported, UnsupportedConstruct.decorator.message, at: "1:1"),
    DiagnosticCase("async def f(): pass\n", unsupported, UnsupportedConstruct.asyncCode.message, at: "1:1"),
    DiagnosticCase("if (n := len(a)) > 10:\n    pass\n", unsupported, UnsupportedConstruct.walrus.message, at: "1:5"),
    DiagnosticCase("for *a in x:\n    pass\n", .syntax, "starred assignment target must be in a list or tuple", at: "1:5"),
    DiagnosticCase("y = x[1, *a]\n", unsupported, UnsupportedConstruct.starredExpression.message, at: "1:10"),
    DiagnosticCase("X.shape = (3, 4)\n", unsupported, UnsupportedConstruct.attributeAssignment.message, at: "1:1"),
    DiagnosticCase("X.data += 1\n", unsupported, UnsupportedConstruct.attributeAssignment.message, at: "1:1"),
    DiagnosticCase("del X.base\n", unsupported, UnsupportedConstruct.attributeDeletion.message, at: "1:5"),
    DiagnosticCase("s = b'abc'\n", unsupported, UnsupportedConstruct.bytesLiteral.message, at: "1:5"),
    DiagnosticCase("z = 1 + 2j\n", unsupported, UnsupportedConstruct.complexNumber.message, at: "1:9"),
    DiagnosticCase("n = 18446744073709551616\n", unsupported, UnsupportedConstruct.hugeInteger.message, at: "1:5"),
    DiagnosticCase("x: int = 1\n", unsupported, UnsupportedConstruct.annotatedAssignment.message, at: "1:1"),
    DiagnosticCase("from . import helpers\n", unsupported, UnsupportedConstruct.relativeImport.message, at: "1:1"),
    DiagnosticCase("from numpy import *\n", unsupported, UnsupportedConstruct.wildcardImport.message, at: "1:19"),
    DiagnosticCase("%timeit np.dot(X, Y)\n", unsupported, UnsupportedConstruct.ipythonMagic.message, at: "1:1"),
    DiagnosticCase("In [68]: k = 3\n", unsupported, UnsupportedConstruct.interactivePrompt.message, at: "1:1"),
    DiagnosticCase("k = 3\n...: data = np.random.rand(4,6)\n", unsupported,
                   UnsupportedConstruct.interactivePrompt.message, at: "2:1"),
    DiagnosticCase(">>> x = 1\n", unsupported, UnsupportedConstruct.interactivePrompt.message, at: "1:1"),
    DiagnosticCase("match x:\n    case 1:\n        pass\n", unsupported, UnsupportedConstruct.matchStatement.message,
                   at: "1:1"),
    DiagnosticCase("s = '\\N{BULLET}'\n", unsupported, UnsupportedConstruct.namedUnicodeEscape.message, at: "1:6"),
]

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test(arguments: diagnosticCases)
    func exactMessageAndLocation(_ example: DiagnosticCase) throws {
        let error = try #require(parseError(example.source))
        #expect(error.kind == example.kind)
        #expect(error.message == example.message)
        #expect(error.location == Location(example.location))
        #expect(error.file == "test.py")
    }

    @Test func everyUnsupportedConstructSaysScenarioCode() {
        for construct in UnsupportedConstruct.allCases {
            #expect(construct.message.contains("not supported in scenario code"), "\(construct)")
        }
    }

    @Test func descriptionQuotesTheLineWithACaret() throws {
        let error = try #require(parseError("X = np.ones(3)\nclass A:\n    pass\n"))
        #expect(error.description == """
            test.py:2:1: error: class definitions are not supported in scenario code
            class A:
            ^^^^^
            """)
    }

    @Test func caretsSpanTheOffendingRange() throws {
        let error = try #require(parseError("y = np.dot(a, b)\nf(a) = y\n"))
        #expect(error.description == """
            test.py:2:1: error: cannot assign to function call here. Maybe you meant '==' instead of '='?
            f(a) = y
            ^^^^
            """)
    }

    @Test func caretLineKeepsTabs() throws {
        let error = try #require(parseError("if x:\n\ty = $\n"))
        #expect(error.description == "test.py:2:6: error: invalid character '$' (U+0024)\n\ty = $\n\t    ^")
    }

    @Test func errorWithoutSourceLineIsOneLine() {
        let error = LanguageError(
            kind: .importError, message: "No module named 'os'", file: "s.yaml",
            range: SourceRange(at: Location(line: 3, column: 7)), sourceLine: nil)
        #expect(error.description == "s.yaml:3:7: error: No module named 'os'")
    }

    @Test func theFirstErrorInSourceOrderWins() {
        // A specific parse error before a tokenizer error is reported as is.
        let error = parseError("1 = x\ny = 'open\n")
        #expect(error?.message == "cannot assign to literal here. Maybe you meant '==' instead of '='?")
        // A tokenizer error after complete statements is still reported.
        let late = parseError("x = 1\ny = 2\nz = 'open\n")
        #expect(late?.message == "unterminated string literal (detected at line 3)")
        #expect(late?.location == Location("3:5"))
    }

    @Test func breakAndContinueInsideLoops() {
        #expect(parseError("for i in x:\n    if i:\n        break\n    continue\n") == nil)
        #expect(parseError("for i in x:\n    pass\ncontinue\n")?.message == "'continue' not properly in loop")
    }

    @Test func expressionEntryPointRejectsStatements() {
        #expect(renderedExpression("X @ X.T") == "X @ X.T")
        #expect(renderedExpression("x = 1") == "error: invalid syntax")
        #expect(renderedExpression("a, b") == "(a, b)")
    }
}
