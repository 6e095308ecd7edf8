import Testing
@testable import PeakmemLanguage

/// Expressions and their fully parenthesised rendering: the rendering shows how the parser
/// grouped them, so these pin Python's precedence and associativity.
@Suite("Precedence")
struct PrecedenceTests {
    static let table: [(source: String, rendering: String)] = [
        // power: right-associative, tighter than a unary operator on its left, not on its right
        ("-2**2", "-(2 ** 2)"),
        ("2**-1", "2 ** (-1)"),
        ("2**3**2", "2 ** (3 ** 2)"),
        ("-x ** -y", "-(x ** (-y))"),
        ("a ** b ** -c", "a ** (b ** (-c))"),
        ("(-2)**2", "(-2) ** 2"),
        // matrix product, attributes, arithmetic
        ("a @ b.T + c", "(a @ b.T) + c"),
        ("a @ b @ c", "(a @ b) @ c"),
        ("a + b * c", "a + (b * c)"),
        ("a - b - c", "(a - b) - c"),
        ("a / b // c % d", "((a / b) // c) % d"),
        ("a * -b", "a * (-b)"),
        ("(a + b) * c", "(a + b) * c"),
        ("-a.T", "-a.T"),
        ("(-a).T", "(-a).T"),
        ("~x + 1", "(~x) + 1"),
        // bitwise and shifts
        ("a | b ^ c & d", "a | (b ^ (c & d))"),
        ("a << 1 + 2", "a << (1 + 2)"),
        ("a >> b & c", "(a >> b) & c"),
        // comparisons: one chained node, looser than bitwise operators
        ("a < b < c", "a < b < c"),
        ("a == b != c", "a == b != c"),
        ("a | b < c & d", "(a | b) < (c & d)"),
        ("a is not None", "a is not None"),
        ("x not in y", "x not in y"),
        ("a in b == c", "a in b == c"),
        // not / and / or
        ("not a == b", "not (a == b)"),
        ("not not a", "not (not a)"),
        ("a or b and c", "a or (b and c)"),
        ("a and not b or c", "(a and (not b)) or c"),
        ("a or b or c", "(a or b) or c"),
        // conditional expressions
        ("x if c else y", "x if c else y"),
        ("a if b else c if d else e", "a if b else (c if d else e)"),
        ("a if b or c else d + 1", "a if (b or c) else (d + 1)"),
        ("(a if b else c).T", "(a if b else c).T"),
        // subscripts and slices
        ("a[1:2, ::3, None, ...]", "a[1:2, ::3, None, ...]"),
        ("a[:, None]", "a[:, None]"),
        ("a[..., 0]", "a[..., 0]"),
        ("a[::-1]", "a[::-1]"),
        ("x[i + 1:]", "x[i + 1:]"),
        ("a[1,]", "a[1,]"),
        ("a[(1, 2)]", "a[1, 2]"),
        ("a[()]", "a[()]"),
        ("x[1][2]", "x[1][2]"),
        // calls
        ("np.dot(X, Y, out=Z)", "np.dot(X, Y, out=Z)"),
        ("f(a, b=1 + 2,)", "f(a, b=1 + 2)"),
        ("f()(g)", "f()(g)"),
        ("(1).real", "(1).real"),
        ("X.astype('float64')", "X.astype('float64')"),
        ("np.zeros((3, 4), dtype=np.float32)", "np.zeros((3, 4), dtype=np.float32)"),
        // tuples
        ("1,", "(1,)"),
        ("1, 2", "(1, 2)"),
        ("()", "()"),
        ("(1)", "1"),
        ("(a, b), c", "((a, b), c)"),
        // displays and comprehensions
        ("[x * 2 for x in range(3) if x]", "[x * 2 for x in range(3) if x]"),
        ("[(i, j) for i in a for j in b if i if j]", "[(i, j) for i in a for j in b if i if j]"),
        ("[v for k, v in pairs]", "[v for k, v in pairs]"),
        ("[1, [2], (3,)]", "[1, [2], (3,)]"),
        ("{'a': 1, 'b': [2]}", "{'a': 1, 'b': [2]}"),
        ("{}", "{}"),
        // literals
        ("'a' \"b\"", "'ab'"),
        ("1_000_000", "1000000"),
        ("0x1F + 0o17 + 0b11", "(31 + 15) + 3"),
        ("1. + .5", "1.0 + 0.5"),
        ("1e-3, 1e-5, 1e16, 1e15, 2.5e300", "(0.001, 1e-05, 1e+16, 1000000000000000.0, 2.5e+300)"),
        ("True, False, None, ...", "(True, False, None, ...)"),
    ]

    @Test(arguments: table)
    func rendering(_ row: (source: String, rendering: String)) {
        #expect(renderedExpression(row.source) == row.rendering)
    }

    @Test(arguments: table)
    func renderingParsesBackToTheSameTree(_ row: (source: String, rendering: String)) throws {
        let original = try Parser.parseExpression(row.source, origin: testOrigin)
        let reparsed = try Parser.parseExpression(original.description, origin: testOrigin)
        #expect(reparsed.description == original.description)
    }

    @Test func unaryMinusBindsLooserThanPower() throws {
        let expression = try Parser.parseExpression("-2**2", origin: testOrigin)
        guard case .unary(.minus, let operand) = expression.kind,
              case .binary(.power, let base, let exponent) = operand.kind else {
            Issue.record("unexpected tree \(expression)")
            return
        }
        #expect(base.kind == .integer(2))
        #expect(exponent.kind == .integer(2))
        #expect(expression.range == SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 6)))
        #expect(operand.range == SourceRange(start: .init(line: 1, column: 2), end: .init(line: 1, column: 6)))
    }

    @Test func subscriptIndexIsATupleOfSlices() throws {
        let expression = try Parser.parseExpression("a[1:, None]", origin: testOrigin)
        guard case .subscript(let base, let index) = expression.kind, case .tuple(let elements) = index.kind else {
            Issue.record("unexpected tree \(expression)")
            return
        }
        #expect(base.kind == .name("a"))
        #expect(elements.map(\.kind) == [
            .slice(lower: Expression(.integer(1), SourceRange(start: .init(line: 1, column: 3), end: .init(line: 1, column: 4))),
                   upper: nil, step: nil),
            .noneLiteral,
        ])
        #expect(elements[0].range == SourceRange(start: .init(line: 1, column: 3), end: .init(line: 1, column: 5)))
    }

    @Test func callArgumentsKeepTheirKeywords() throws {
        let expression = try Parser.parseExpression("blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)", origin: testOrigin)
        guard case .call(let function, let arguments) = expression.kind else {
            Issue.record("unexpected tree \(expression)")
            return
        }
        #expect(function.description == "blas.dgemm")
        #expect(arguments.map(\.label) == ["alpha", "a", "b", "trans_a"])
        #expect(arguments.map(\.value.description) == ["1.0", "X.T", "X.T", "True"])
    }
}
