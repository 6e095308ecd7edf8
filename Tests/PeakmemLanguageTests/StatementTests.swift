import Testing
@testable import PeakmemLanguage

@Suite("Statements")
struct StatementTests {
    static let table: [(source: String, rendering: String)] = [
        ("x = 1,", "x = (1,)"),
        ("a, b = b, a", "a, b = (b, a)"),
        ("(a, b) = c", "a, b = c"),
        ("[a, (b, c)] = d", "[a, (b, c)] = d"),
        ("a = b = np.zeros(3)", "a = b = np.zeros(3)"),
        ("x[1:3] = 0", "x[1:3] = 0"),
        ("x[:, None] += y", "x[:, None] += y"),
        ("x -= 1; y *= 2; z /= 3;", "x -= 1\ny *= 2\nz /= 3"),
        ("a **= 2\nb @= c\nd //= 2\ne %= 3\nf &= g\nh |= i\nj ^= k\nl >>= 1\nm <<= 1",
         "a **= 2\nb @= c\nd //= 2\ne %= 3\nf &= g\nh |= i\nj ^= k\nl >>= 1\nm <<= 1"),
        ("x += 1, 2", "x += (1, 2)"),
        ("del a, b[0], (c, d)", "del a, b[0], (c, d)"),
        ("pass", "pass"),
        ("np.dot(X, Y)", "np.dot(X, Y)"),
        ("import numpy as np", "import numpy as np"),
        ("import numpy", "import numpy"),
        ("import scipy.sparse", "import scipy.sparse"),
        ("import numexpr as ne, peakmem", "import numexpr as ne, peakmem"),
        ("from scipy.linalg import blas", "from scipy.linalg import blas"),
        ("from scipy import sparse", "from scipy import sparse"),
        ("from scipy.linalg import (blas as b, lapack,)", "from scipy.linalg import blas as b, lapack"),
        ("for i in range(10):\n    X[i] = i", "for i in range(10):\n    X[i] = i"),
        ("for x, y in zip(a, b): pass", "for x, y in zip(a, b):\n    pass"),
        ("for row in X:\n    if row[0]:\n        break\n    continue",
         "for row in X:\n    if row[0]:\n        break\n    continue"),
        ("if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    pass\nelse:\n    x = 3",
         "if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    pass\nelse:\n    x = 3"),
        ("if a: x = 1\nelse: x = 2", "if a:\n    x = 1\nelse:\n    x = 2"),
        ("if a:\n    if b:\n        x = 1\n    else:\n        x = 2\nz = 3",
         "if a:\n    if b:\n        x = 1\n    else:\n        x = 2\nz = 3"),
        ("S = ne.evaluate('a**2 + b**2 + 2*a*b')", "S = ne.evaluate('a**2 + b**2 + 2*a*b')"),
        ("x = '''multi\nline'''", "x = 'multi\\nline'"),
        ("\n\n# leading comment\n\nx = 1  # trailing\n\n\n", "x = 1"),
        ("x = [\n    1,\n    2,\n]", "x = [1, 2]"),
    ]

    @Test(arguments: table)
    func rendering(_ row: (source: String, rendering: String)) {
        #expect(rendered(row.source) == row.rendering)
    }

    @Test func importsKeepPathsAndAliases() throws {
        let program = try Parser.parse(
            "import numpy as np, scipy.sparse\nfrom scipy.linalg import blas as b\nimport os\n", origin: testOrigin)
        guard case .import(let modules) = program.statements[0].kind,
              case .importFrom(let module, let names) = program.statements[1].kind,
              case .import(let other) = program.statements[2].kind else {
            Issue.record("unexpected program \(program)")
            return
        }
        #expect(modules.map(\.path) == [["numpy"], ["scipy", "sparse"]])
        #expect(modules.map(\.alias) == ["np", nil])
        #expect(modules.map(\.boundName) == ["np", "scipy"])
        #expect(module.dottedPath == "scipy.linalg")
        #expect(names.map(\.description) == ["blas as b"])
        #expect(other.map(\.dottedPath) == ["os"])  // parsed; rejecting it is validation's job
        #expect(modules[1].range == SourceRange(start: .init(line: 1, column: 21), end: .init(line: 1, column: 33)))
    }

    @Test func compoundStatementRangesCoverTheirBodies() throws {
        let program = try Parser.parse("for i in x:\n    a = i\n    b = i\nc = 1\n", origin: testOrigin)
        #expect(program.statements.count == 2)
        #expect(program.statements[0].range == SourceRange(start: .init(line: 1, column: 1), end: .init(line: 3, column: 10)))
        #expect(program.statements[1].range == SourceRange(start: .init(line: 4, column: 1), end: .init(line: 4, column: 6)))
    }

    @Test func assignmentKeepsEveryTarget() throws {
        let program = try Parser.parse("a = b[0] = c, d = f()", origin: testOrigin)
        guard case .assignment(let targets, let value) = program.statements[0].kind else {
            Issue.record("unexpected program \(program)")
            return
        }
        #expect(targets.map(\.description) == ["a", "b[0]", "(c, d)"])
        #expect(value.description == "f()")
    }

    @Test func augmentedAssignmentOperators() throws {
        let program = try Parser.parse("x @= y", origin: testOrigin)
        guard case .augmentedAssignment(let target, let op, let value) = program.statements[0].kind else {
            Issue.record("unexpected program \(program)")
            return
        }
        #expect(target.kind == .name("x"))
        #expect(op == .matrixMultiply)
        #expect(value.kind == .name("y"))
    }

    @Test func programRenderingParsesBack() throws {
        let source = StatementTests.table.map(\.source).joined(separator: "\n")
        let program = try Parser.parse(source, origin: testOrigin)
        let reparsed = try Parser.parse(program.description, origin: testOrigin)
        #expect(reparsed.description == program.description)
    }
}
