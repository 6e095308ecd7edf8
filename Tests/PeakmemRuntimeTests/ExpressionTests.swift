import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Python's results (`repr` of the value), with Python's precedence through the parser.
@Suite("Python expression semantics")
struct ExpressionTests {
    static let table: [(String, String)] = [
        // Arithmetic, precedence, int/float rules.
        ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("10 // 3 * 3 + 10 % 3", "10"),
        ("7 // 2", "3"), ("-7 // 2", "-4"), ("7 // -2", "-4"), ("7 % -3", "-2"), ("-7 % 3", "2"),
        ("7 / 2", "3.5"), ("6 / 3", "2.0"), ("2 ** 10", "1024"), ("2 ** -1", "0.5"), ("-2 ** 2", "-4"),
        ("2 ** 3 ** 2", "512"), ("(-2) ** 3", "-8"), ("2 ** 0.5", "1.4142135623730951"),
        ("7.5 // 2", "3.0"), ("-7.5 // 2", "-4.0"), ("7.5 % 2", "1.5"), ("-7.5 % 2", "0.5"), ("5 % -2.5", "-0.0"),
        ("True + True", "2"), ("True * 2.5", "2.5"), ("-True", "-1"), ("1 / 3", "0.3333333333333333"),
        ("0.1 + 0.2", "0.30000000000000004"), ("1e16", "1e+16"), ("1e-5", "1e-05"), ("0.0001", "0.0001"),
        ("10 ** 15 * 1.0", "1000000000000000.0"), ("1.5e300 * 1e10", "inf"),
        ("-(-3)", "3"), ("+4.0", "4.0"), ("~5", "-6"),
        ("-np.float32(2.5)", "np.float32(-2.5)"), ("+np.float64(1.5)", "np.float64(1.5)"), ("~np.int32(5)", "np.int32(-6)"),
        ("5 & 3", "1"), ("5 | 3", "7"), ("5 ^ 3", "6"), ("1 << 4", "16"), ("-16 >> 2", "-4"), ("True & False", "False"),
        // Strings and sequences.
        ("3 * 'ab'", "'ababab'"), ("'a' + 'b'", "'ab'"), ("[1] * 3", "[1, 1, 1]"), ("(1, 2) + (3,)", "(1, 2, 3)"),
        ("[1, 2] + [3]", "[1, 2, 3]"), ("[1, 2, 3][-1]", "3"), ("[1, 2, 3, 4][1:3]", "[2, 3]"),
        ("(1, 2, 3)[::-1]", "(3, 2, 1)"), ("'hello'[1:4]", "'ell'"), ("'hello'[-1]", "'o'"),
        ("len('e\\u0301')", "2"), ("'e\\u0301x'[2]", "'x'"), ("'e\\u0301x'[::2]", "'ex'"), ("len(list('e\\u0301'))", "2"), ("'\\u0301' in 'e\\u0301'", "True"), ("'e' in 'e\\u0301'", "True"),
        ("'\\u00e9' == 'e\\u0301'", "False"), ("'\\u00e9' < 'e\\u0301'", "False"),
        ("range(5)[-1]", "4"), ("range(0, 10, 2)[1:3]", "range(2, 6, 2)"), ("len('abc')", "3"),
        // Comparisons (chained), boolean operators (returning operands), conditionals.
        ("1 < 2 < 3", "True"), ("1 < 3 < 2", "False"), ("3 > 2 == 2", "True"), ("1 == 1.0", "True"),
        ("'a' < 'b'", "True"), ("(1, 2) < (1, 3)", "True"), ("[1, 2] == [1, 2]", "True"), ("[1] != [1]", "False"),
        ("None is None", "True"), ("None is not None", "False"), ("2 in [1, 2]", "True"), ("'b' in 'abc'", "True"),
        ("3 not in range(3)", "True"), ("0 or 'x'", "'x'"), ("0 and 1 / 0", "0"), ("1 or 1 / 0", "1"),
        ("[] or [0]", "[0]"), ("not 0", "True"), ("not [1]", "False"), ("1 if 0 else 2", "2"), ("'y' if [1] else 'n'", "'y'"),
        // Builtins.
        ("abs(-2.5)", "2.5"), ("abs(-3)", "3"), ("round(2.5)", "2"), ("round(3.5)", "4"), ("round(-0.5)", "0"),
        ("round(2.675, 2)", "2.67"), ("round(1234, -2)", "1200"), ("round(1250, -2)", "1200"), ("int(3.9)", "3"),
        ("int(-3.9)", "-3"), ("int('12')", "12"), ("int(True)", "1"), ("float('1e3')", "1000.0"), ("float(2)", "2.0"),
        ("float('-inf')", "-inf"), ("bool([])", "False"), ("bool(0.5)", "True"), ("str(1.5) + 'x'", "'1.5x'"),
        ("repr('a')", "\"'a'\""), ("max(3, 7, 5)", "7"), ("min([4, 2, 8])", "2"), ("max('abc')", "'c'"),
        ("sum(range(5))", "10"), ("sum([0.5, 0.25], 1)", "1.75"), ("list(range(2, 10, 3))", "[2, 5, 8]"),
        ("list(range(5, 0, -2))", "[5, 3, 1]"), ("tuple('ab')", "('a', 'b')"), ("list(enumerate('ab', 1))", "[(1, 'a'), (2, 'b')]"),
        ("list(zip([1, 2, 3], 'ab'))", "[(1, 'a'), (2, 'b')]"), ("isinstance(1, int)", "True"), ("isinstance(True, int)", "True"),
        ("isinstance(1.0, (int, float))", "True"), ("isinstance('s', int)", "False"), ("isinstance(np.ones(2), np.ndarray)", "True"),
        ("isinstance(np.float64(1), float)", "True"), ("isinstance(np.int32(1), np.int32)", "True"),
        // Comprehensions.
        ("[x * y for x in range(3) for y in (1, 10) if x]", "[1, 10, 2, 20]"),
        ("[(a, b) for a, b in zip('xy', [1, 2])]", "[('x', 1), ('y', 2)]"),
        ("[[j for j in range(i)] for i in range(3)]", "[[], [0], [0, 1]]"),
        // Module constants.
        ("np.pi", "3.141592653589793"), ("np.newaxis is None", "True"), ("np.inf > 1e308", "True"), ("np.e", "2.718281828459045"),
    ]

    @Test(arguments: table)
    func pythonResult(_ expression: String, _ expected: String) throws {
        #expect(try Harness().repr(expression) == expected)
    }

    @Test func statementsAndControlFlow() throws {
        let h = Harness()
        try h.run("""
            total = 0
            for i in range(10):
                if i % 2 == 0:
                    continue
                elif i > 7:
                    break
                else:
                    total += i
            x = y = [1]
            x += [2]
            t = (1,)
            t += (2,)
            [p, q] = 'ab'
            (r, (s, u)) = (1, (2, 3))
            z = 5
            z **= 2
            L = [0, 1, 2, 3, 4]
            L[1] = 'one'
            del L[2]
            L[-1:] = [9, 9]
            n = 2
            n //= 3
            """)
        #expect(try h.repr("total") == "16")
        #expect(try h.repr("y") == "[1, 2]")
        #expect(try h.repr("t") == "(1, 2)")
        #expect(try h.repr("(p, q, r, s, u, z)") == "('a', 'b', 1, 2, 3, 25)")
        #expect(try h.repr("L") == "[0, 'one', 3, 9, 9]")
        #expect(try h.repr("i") == "9")
        #expect(try h.repr("n") == "0")
    }

    @Test func importsBindModulesAndMembers() throws {
        let h = Harness()
        try h.run("""
            import numpy
            import numpy as xp
            import scipy.sparse
            from scipy.linalg import blas
            from scipy import sparse
            import numexpr as ne
            import peakmem
            import scipy.linalg.blas
            from numpy import zeros, float32 as f4
            from numpy.random import randn
            a = zeros(3, dtype=f4)
            """)
        #expect(try h.repr("(numpy, xp, scipy, blas, sparse, ne, peakmem)") ==
            "(<module 'numpy'>, <module 'numpy'>, <module 'scipy'>, <module 'scipy.linalg.blas'>, <module 'scipy.sparse'>, <module 'numexpr'>, <module 'peakmem'>)")
        #expect(try h.repr("scipy.linalg.blas") == "<module 'scipy.linalg.blas'>")
        #expect(try h.repr("a.dtype") == "dtype('float32')")
        #expect(try h.repr("randn(2).shape") == "(2,)")
    }

    @Test func npIsPredefined() throws {
        #expect(try Harness().repr("np.zeros(2)") == "array([0., 0.])")
    }

    @Test func printWritesPythonText() throws {
        let h = Harness()
        try h.run("""
            print(1, 2.0, 'x', None, True, [1, 'a'], (1,))
            print('a', 'b', sep='-', end='!\\n')
            print(1e22, 123456789.0, -0.0, float('inf'), 1e-7)
            print()
            """)
        #expect(h.output == "1 2.0 x None True [1, 'a'] (1,)\na-b!\n1e+22 123456789.0 -0.0 inf 1e-07\n\n")
    }
}

@Suite("Python edge cases")
struct EdgeCaseTests {
    @Test(arguments: [
        ("len(range(-2**62, 2**62))", "OverflowError"),
        ("list(range(9223372036854775806, 9223372036854775807))", "[9223372036854775806]"),
        ("9223372036854775806 in range(-2**62, 9223372036854775807)", "True"),
        ("-9223372036854775807 - 1", "-9223372036854775808"),
        ("(-9223372036854775807 - 1) // -1", "OverflowError"),
        ("(-9223372036854775807 - 1) % -1", "0"),
        ("1 << 63", "OverflowError"),
        ("-1 >> 70", "-1"),
        ("1e300 in range(3)", "False"),
        ("float('inf') in range(3)", "False"),
        ("2.0 in range(3)", "True"),
        ("np.int64(2) in range(3)", "True"),
        ("np.float32(1.5) in range(3)", "False"),
        ("round(9223372036854775807, -18)", "9000000000000000000"),
        ("int(1e19)", "OverflowError"),
        ("int(float('nan'))", "ValueError"),
        ("[1, 2, 3][10:]", "[]"),
        ("[1, 2, 3][::-2]", "[3, 1]"),
        ("'abc'[::0]", "ValueError"),
    ])
    func result(_ expression: String, _ expected: String) throws {
        let h = Harness()
        if let error = h.error("x = \(expression)") {
            #expect(error.kind.rawValue == expected, "\(error.message)")
        } else {
            #expect(try h.repr("x") == expected)
        }
    }
}
