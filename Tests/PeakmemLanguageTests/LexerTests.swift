import Testing
@testable import PeakmemLanguage

@Suite("Lexer")
struct LexerTests {
    @Test func indentationProducesIndentAndDedent() {
        let source = """
            for i in range(3):
                if i:
                    x = 1

                # comment at another indentation
            y = 2
            """
        #expect(tokenDescriptions(source) == [
            "NAME 'for'", "NAME 'i'", "NAME 'in'", "NAME 'range'", "OP '('", "NUMBER 3", "OP ')'", "OP ':'", "NEWLINE",
            "INDENT", "NAME 'if'", "NAME 'i'", "OP ':'", "NEWLINE",
            "INDENT", "NAME 'x'", "OP '='", "NUMBER 1", "NEWLINE",
            "DEDENT", "DEDENT", "NAME 'y'", "OP '='", "NUMBER 2", "NEWLINE", "ENDMARKER",
        ])
    }

    @Test func openLevelsAreClosedAtTheEnd() {
        #expect(tokenDescriptions("if a:\n    b\n") == [
            "NAME 'if'", "NAME 'a'", "OP ':'", "NEWLINE", "INDENT", "NAME 'b'", "NEWLINE", "DEDENT", "ENDMARKER",
        ])
    }

    @Test func emptyAndCommentOnlyInputHaveNoLines() {
        #expect(tokenDescriptions("") == ["ENDMARKER"])
        #expect(tokenDescriptions("\n\n   \n# only a comment\n") == ["ENDMARKER"])
    }

    @Test func implicitAndExplicitLineJoining() {
        let source = "x = f(1,\n      # comment\n  2) + \\\n    3\n"
        #expect(tokenDescriptions(source) == [
            "NAME 'x'", "OP '='", "NAME 'f'", "OP '('", "NUMBER 1", "OP ','", "NUMBER 2", "OP ')'", "OP '+'",
            "NUMBER 3", "NEWLINE", "ENDMARKER",
        ])
    }

    @Test func tabsFollowPythonsTabToEightRule() {
        // A tab and eight spaces are the same level only if both measures agree: here they don't.
        #expect(tokenDescriptions("if a:\n\tb\n        c\n") == [
            "error: inconsistent use of tabs and spaces in indentation at 3:9",
        ])
        // Consistent tabs are fine.
        #expect(tokenDescriptions("if a:\n\tb\n\tc\n").contains("INDENT"))
    }

    @Test func numbers() {
        #expect(tokenDescriptions("1_000_000 0x1F 0o17 0b101 1. .5 1e-3 1E5 2.5e+2 00 1_0.0_1") == [
            "NUMBER 1000000", "NUMBER 31", "NUMBER 15", "NUMBER 5", "NUMBER 1.0", "NUMBER 0.5", "NUMBER 0.001",
            "NUMBER 100000.0", "NUMBER 250.0", "NUMBER 0", "NUMBER 10.01", "NEWLINE", "ENDMARKER",
        ])
        #expect(tokenDescriptions("3j 99999999999999999999") == [
            "NUMBER 3.0j", "NUMBER 99999999999999999999", "NEWLINE", "ENDMARKER",
        ])
        #expect(tokenDescriptions("1if x else 2")[0...1] == ["NUMBER 1", "NAME 'if'"])
        #expect(tokenDescriptions("1.2.3")[0...1] == ["NUMBER 1.2", "NUMBER 0.3"])
    }

    @Test func malformedNumbers() {
        #expect(tokenDescriptions("x = 1__0") == ["error: invalid decimal literal at 1:6"])
        #expect(tokenDescriptions("x = 0x") == ["error: invalid hexadecimal literal at 1:7"])
        #expect(tokenDescriptions("x = 0b12") == ["error: invalid digit '2' in binary literal at 1:8"])
        #expect(tokenDescriptions("x = 1abc") == ["error: invalid decimal literal at 1:6"])
        #expect(tokenDescriptions("x = 1e+") == ["error: invalid decimal literal at 1:8"])
        #expect(tokenDescriptions("x = 0777") == [
            "error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers at 1:5",
        ])
    }

    @Test func strings() {
        #expect(tokenDescriptions(#"'a\tb' "it's" r'\d\'' '\x41\u00e9\101' 'x\qy'"#) == [
            #"STRING 'a\tb'"#, #"STRING "it's""#, #"STRING "\\d\\'""#, "STRING 'AéA'", #"STRING 'x\\qy'"#,
            "NEWLINE", "ENDMARKER",
        ])
        #expect(tokenDescriptions("'''one\ntwo''' u'u' b'b' f'{x}'") == [
            #"STRING 'one\ntwo'"#, "STRING 'u'", "STRING b'b'", "STRING f'{x}'", "NEWLINE", "ENDMARKER",
        ])
        #expect(tokenDescriptions("'ab\\\ncd'") == ["STRING 'abcd'", "NEWLINE", "ENDMARKER"])
    }

    @Test func malformedStrings() {
        #expect(tokenDescriptions("x = 'abc\ny = 1") == ["error: unterminated string literal (detected at line 1) at 1:5"])
        #expect(tokenDescriptions("x = r'abc") == ["error: unterminated string literal (detected at line 1) at 1:5"])
        #expect(tokenDescriptions("x = \"\"\"abc\n\ndef\n") == [
            "error: unterminated triple-quoted string literal (detected at line 3) at 1:5",
        ])
        #expect(tokenDescriptions(#"x = '\x4'"#) == [#"error: truncated \xXX escape at 1:6"#])
    }

    @Test func operatorsUseMaximalMunch() {
        let source = "** // @ += -= *= /= **= @= //= %= &= |= ^= >>= <<= == != <= >= < > -> := ..."
        let expected = source.split(separator: " ").map { "OP '\($0)'" } + ["NEWLINE", "ENDMARKER"]
        #expect(tokenDescriptions(source) == expected)
        #expect(tokenDescriptions("a**-b")[1...2] == ["OP '**'", "OP '-'"])
    }

    @Test func keywordsAndUnicodeNames() {
        #expect(tokenDescriptions("not in is λ match") == [
            "NAME 'not'", "NAME 'in'", "NAME 'is'", "NAME 'λ'", "NAME 'match'", "NEWLINE", "ENDMARKER",
        ])
        let tokens = try? Lexer.tokenize(CodeBlock("x is not None", origin: testOrigin))
        #expect(tokens?.map(\.kind) == [
            .name("x"), .keyword(.is), .keyword(.not), .keyword(.None), .newline, .endOfInput,
        ])
    }

    @Test func tokenRangesCountUnicodeScalars() throws {
        let tokens = try Lexer.tokenize(CodeBlock("s = 'é' + λ\n", origin: testOrigin))
        #expect(tokens.map(\.range.description) == ["1:1-1:2", "1:3-1:4", "1:5-1:8", "1:9-1:10", "1:11-1:12", "1:12-1:13", "2:1-2:1"])
    }

    @Test func carriageReturnLineEndings() {
        #expect(tokenDescriptions("a = 1\r\nif a:\r    b\r\n") == [
            "NAME 'a'", "OP '='", "NUMBER 1", "NEWLINE", "NAME 'if'", "NAME 'a'", "OP ':'", "NEWLINE", "INDENT",
            "NAME 'b'", "NEWLINE", "DEDENT", "ENDMARKER",
        ])
    }

    @Test func bracketErrors() {
        #expect(tokenDescriptions("x = [1,\n (2,\n") == ["error: '(' was never closed at 2:2"])
        #expect(tokenDescriptions("x = )") == ["error: unmatched ')' at 1:5"])
        #expect(tokenDescriptions("x = (1,\n]") == [
            "error: closing parenthesis ']' does not match opening parenthesis '(' on line 1 at 2:1",
        ])
    }
}
