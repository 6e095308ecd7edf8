import Testing
@testable import PeakmemLanguage

/// CPython 3.11's limits on nesting, reported as errors instead of stack overflows (issue 15:
/// about 650 nested brackets and 10 500 chained operators used to crash the process).
@Suite("Depth limits are CPython's")
struct DepthLimitTests {
    @Test func twoHundredNestedBracketsParse() throws {
        _ = try Parser.parse("x = " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200) + "\n", origin: testOrigin)
        _ = try Parser.parse("x = " + String(repeating: "[", count: 200) + "1" + String(repeating: "]", count: 200) + "\n", origin: testOrigin)
    }

    @Test func theTwoHundredAndFirstBracketIsTooMany() throws {
        let error = try #require(parseError("x = " + String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201) + "\n"))
        #expect(error.kind == .syntax)
        #expect(error.message == "too many nested parentheses")
        #expect(error.location == SourceLocation(line: 1, column: 205))
    }

    @Test func sixHundredFiftyBracketsOfMixedKindsAreTooMany() throws {
        let open = String(repeating: "([{", count: 217), close = String(repeating: "}])", count: 217)
        let error = try #require(parseError("x = " + open + "1" + close + "\n"))
        #expect(error.message == "too many nested parentheses")
    }

    @Test func ninetyNineIndentedBlocksParseAndTheHundredthIsTooMany() throws {
        func nested(_ count: Int) -> String {
            (0..<count).map { String(repeating: " ", count: $0) + "if 1:\n" }.joined() + String(repeating: " ", count: count) + "pass\n"
        }
        _ = try Parser.parse(nested(99), origin: testOrigin)
        let error = try #require(parseError(nested(100)))
        #expect(error.kind == .indentation)
        #expect(error.message == "too many levels of indentation")
        #expect(error.location.line == 101)
    }

    @Test func aChainOf2989OperatorsParsesAnd2990IsTooDeep() throws {
        let program = try Parser.parse("x = 1" + String(repeating: "+1", count: 2989) + "\n", origin: testOrigin)
        guard case .assignment(_, let value) = program.statements[0].kind else { throw TestError("not an assignment") }
        #expect(value.depth == Expression.maximumDepth)
        let error = try #require(parseError("x = 1" + String(repeating: "+1", count: 2990) + "\n"))
        #expect(error.kind == .syntax)
        #expect(error.message.hasPrefix("too complex: maximum recursion depth exceeded during compilation"))
    }

    @Test(arguments: [
        "x = 1" + String(repeating: " + 1", count: 10_500),
        "x = " + String(repeating: "-", count: 10_000) + "1",
        "x = " + String(repeating: "not ", count: 5_000) + "1",
        "x = a" + String(repeating: ".b", count: 5_000),
        "x = f" + String(repeating: "()", count: 5_000),
        "x = a" + String(repeating: "[0]", count: 5_000),
        "x = 2" + String(repeating: " ** 2", count: 5_000),
        "x = " + String(repeating: "lambda: ", count: 5_000) + "1",
    ])
    func deeperExpressionsAreErrorsNotCrashes(_ source: String) throws {
        let error = try #require(parseError(source + "\n"))
        #expect(error.message.contains("maximum recursion depth exceeded during compilation"))
    }

    @Test func aRunLineOf650NestedBracketsFailsCleanly() throws {
        // The shape of issue 15's crashing input: a one-line `run:` statement.
        let source = "Y = np.sum(" + String(repeating: "(", count: 650) + "X" + String(repeating: ")", count: 650) + ")"
        let error = try #require(parseError(source))
        #expect(error.message == "too many nested parentheses")
    }
}

struct TestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
