import Testing
import PeakmemEngine
import PeakmemLanguage
@testable import PeakmemRuntime

/// Buffer lifetimes through functions and exceptions, exact on the ledger. `N` = 800 000 bytes
/// (10^5 float64); each expected figure is what CPython 3.11 + NumPy 2.4.6 hold (the same
/// programs' NumPy peaks are recorded in docs/research/scripts/language-corpus/expected).
@Suite("Functions and exceptions keep CPython's lifetimes")
struct FunctionLifetimeTests {
    static let N = 800_000

    @Test func aFunctionReturningOneOfTwoArraysFreesTheOtherAtReturn() throws {
        let h = Harness()
        try h.run("def pick(n, first):\n    a = np.ones(n)\n    b = np.zeros(n)\n    return a if first else b\n")
        let first = try h.measure("x = pick(100000, True)")
        #expect(first.peak == 2 * Self.N)
        #expect(first.retained == Self.N)
        let second = try h.measure("y = pick(100000, False)")
        #expect(second.peak == 2 * Self.N)
        #expect(second.retained == Self.N)
    }

    @Test func aLoopRebindingAnArrayHoldsTwoAtATime() throws {
        let h = Harness()
        try h.run("a = np.ones(100000)")
        let figures = try h.measure("for i in range(5):\n    a = a * 2.0\n")
        // Each new `a` is made while the old one is bound: one array beyond the first.
        #expect(figures.peak == Self.N)
        #expect(figures.retained == 0)
    }

    @Test func anExceptionMidExpressionReleasesTheTemporaries() throws {
        let h = Harness()
        try h.run("def boom():\n    raise ValueError('boom')\na = np.ones(100000)\n")
        let figures = try h.measure("try:\n    b = (a * 2.0) + boom()\nexcept ValueError:\n    c = np.ones(100000)\n")
        // a * 2.0 is alive when boom raises, and released before the handler allocates c.
        #expect(figures.peak == Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func aCaughtExceptionKeepsTheRaisingFramesLocalsUntilTheHandlerEnds() throws {
        let h = Harness()
        try h.run("def fail(n):\n    big = np.ones(n)\n    raise RuntimeError('failed')\n")
        let figures = try h.measure("try:\n    fail(100000)\nexcept RuntimeError:\n    other = np.zeros(100000)\n")
        // CPython's traceback holds fail's frame, so `big` lives while the handler runs.
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func aClosureKeepsOnlyTheCellsItUses() throws {
        let h = Harness()
        try h.run("""
        def make(n):
            used = np.ones(n)
            unused = np.zeros(n)
            def apply(x):
                return x * used
            return apply
        """)
        let figures = try h.measure("f = make(100000)")
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func recursionBeyondCPythonsLimitIsARecursionError() throws {
        let h = Harness()
        let error = try #require(h.error("def down(n):\n    return down(n + 1)\ndown(0)\n"))
        #expect(error.kind.rawValue == "RecursionError")
        #expect(error.message == "RecursionError: maximum recursion depth exceeded")
    }

    @Test func recursionWithinTheLimitRuns() throws {
        let h = Harness()
        try h.run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(990))\n")
        #expect(h.output == "990\n")
    }

    @Test func theDeepestExpressionTheParserAcceptsIsEvaluated() throws {
        let h = Harness()
        try h.run("x = 1" + String(repeating: "+1", count: 2989) + "\nprint(x)\n")
        #expect(h.output == "2990\n")
    }

    @Test func theCheckerWalksTheDeepestExpression() throws {
        let program = try Parser.parse("x = 1" + String(repeating: "+1", count: 2989) + "\n", origin: testOrigin)
        #expect(Checker().check([program]).isEmpty)
    }

    @Test func checkAndRunAgreeOnAFunctionReadingALaterGlobal() throws {
        let code = "def f():\n    return scale * 2\nscale = 3\nprint(f())\n"
        let program = try Parser.parse(code, origin: testOrigin)
        #expect(Checker().check([program]).isEmpty)
        let h = Harness()
        try h.run(code)
        #expect(h.output == "6\n")
    }

    @Test func checkReportsAnUndefinedNameInAFunctionBody() throws {
        let program = try Parser.parse("def f():\n    return nowhere + 1\n", origin: testOrigin)
        let problems = Checker().check([program])
        #expect(problems.map(\.message) == ["NameError: name 'nowhere' is not defined"])
    }
}
