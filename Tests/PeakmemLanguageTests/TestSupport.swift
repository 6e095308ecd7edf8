@testable import PeakmemLanguage

/// The origin used by tests that report block positions as file positions.
let testOrigin = SourceOrigin(file: "test.py")

/// Parses `source`, returning the error (or `nil` when it parses).
func parseError(_ source: String, origin: SourceOrigin = testOrigin) -> LanguageError? {
    do {
        _ = try Parser.parse(source, origin: origin)
        return nil
    } catch {
        return error
    }
}

/// The rendering of the program parsed from `source`, or the error's `description`.
func rendered(_ source: String) -> String {
    do {
        return try Parser.parse(source, origin: testOrigin).description
    } catch {
        return "error: \(error.message)"
    }
}

/// The rendering of the expression parsed from `source`, or the error's message.
func renderedExpression(_ source: String) -> String {
    do {
        return try Parser.parseExpression(source, origin: testOrigin).description
    } catch {
        return "error: \(error.message)"
    }
}

/// Token descriptions of `source`, or the error's message.
func tokenDescriptions(_ source: String) -> [String] {
    do {
        return try Lexer.tokenize(CodeBlock(source, origin: testOrigin)).map(\.description)
    } catch {
        return ["error: \(error.message) at \(error.location)"]
    }
}

/// Swift Testing has its own `SourceLocation`; tests name the language's one through this alias.
typealias Location = PeakmemLanguage.SourceLocation

extension PeakmemLanguage.SourceLocation {
    /// `Location("2:5")`, for compact expectations.
    init(_ text: String) {
        let parts = text.split(separator: ":").map { Int($0)! }
        self.init(line: parts[0], column: parts[1])
    }
}
