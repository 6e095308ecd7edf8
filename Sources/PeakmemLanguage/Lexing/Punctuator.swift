/// Python's operators and delimiters, spelled as in source.
public enum Punctuator: String, Sendable, Hashable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", colon = ":", semicolon = ";", dot = ".", ellipsis = "..."
    case assign = "=", arrow = "->", walrus = ":="
    case plus = "+", minus = "-", star = "*", slash = "/", doubleSlash = "//", percent = "%"
    case doubleStar = "**", at = "@"
    case ampersand = "&", pipe = "|", caret = "^", tilde = "~", leftShift = "<<", rightShift = ">>"
    case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">=", equal = "==", notEqual = "!="
    case plusAssign = "+=", minusAssign = "-=", starAssign = "*=", slashAssign = "/="
    case doubleSlashAssign = "//=", percentAssign = "%=", doubleStarAssign = "**=", atAssign = "@="
    case ampersandAssign = "&=", pipeAssign = "|=", caretAssign = "^="
    case leftShiftAssign = "<<=", rightShiftAssign = ">>="

    /// All spellings, longest first, for maximal-munch tokenizing.
    static let byLength: [Punctuator] = allCases.sorted { $0.rawValue.count > $1.rawValue.count }

    /// Whether this is an opening bracket.
    var isOpeningBracket: Bool { self == .leftParen || self == .leftBracket || self == .leftBrace }

    /// Whether this is a closing bracket.
    var isClosingBracket: Bool { self == .rightParen || self == .rightBracket || self == .rightBrace }

    /// The closing bracket that matches an opening one.
    var matchingClose: Punctuator? {
        switch self {
        case .leftParen: return .rightParen
        case .leftBracket: return .rightBracket
        case .leftBrace: return .rightBrace
        default: return nil
        }
    }
}
