import Testing
import PeakmemEngine
import PeakmemLanguage
import PeakmemResults
@testable import PeakmemRuntime

/// What compiling scenario code (``Compiler``) decides once must not change what it does:
/// names in slots see rebinding, `del` and builtins as Python's look-ups do; the scalar fast
/// paths give Python's results and leave its errors to the general path; the fast argument
/// binding of a plain function is Python's; lifetimes on the ledger are exact. Expected
/// outputs are CPython 3.11's.
@Suite("Compiled scenario code behaves as the tree-walker and CPython")
struct CompiledCodeTests {
    @Test func aBuiltinShadowedByAGlobalAfterItsFirstUseIsTheGlobal() throws {
        let h = Harness()
        try h.run("out = []\nfor k in range(2):\n    out.append(len([1, 2, 3]))\n    len = lambda x: 0\nprint(out)\ndel len\nprint(len([1]))\n")
        #expect(h.output == "[3, 0]\n1\n")
    }

    @Test func aLocalReadBeforeItIsBoundIsAnUnboundLocalError() {
        let h = Harness()
        let error = h.error("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n")
        #expect(error?.message == "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value")
    }

    @Test func aFunctionReadsTheGlobalsBoundAfterItWasCompiled() throws {
        let h = Harness()
        try h.run("def f():\n    return g * 2\ng = 1\nprint(f())\ng = 5\nprint(f())\n")
        #expect(h.output == "2\n10\n")
    }

    @Test func scalarArithmeticIsPythons() throws {
        let h = Harness()
        try h.run("print(-7 % 3, 7 % -3, 7 % 3, 1 + 0.5, 2 * 1.5, 0.5 - 1, 3 - 5, 2 < 3, 3 <= 2, 4 == 4, 4 != 4)\n")
        #expect(h.output == "2 -2 1 1.5 3.0 -0.5 -2 True False True False\n")
    }

    @Test func integerOverflowTakesTheGeneralPathAndRaises() {
        let h = Harness()
        let error = h.error("s = 2 ** 62\ns += s\n")
        #expect(error?.message == "OverflowError: integer result does not fit in 64 bits (scenario code's ints are 64-bit)")
    }

    @Test func plainFunctionsBindPositionalAndKeywordArguments() throws {
        let h = Harness()
        try h.run("def g(x, y):\n    return x - y\nprint(g(5, 3), g(y=5, x=3))\n")
        #expect(h.output == "2 -2\n")
        #expect(h.error("g(1)")?.message == "TypeError: g() missing 1 required positional argument: 'y'")
        #expect(h.error("g(1, 2, 3)")?.message == "TypeError: g() takes 2 positional arguments but 3 were given")
    }

    @Test func aLoopOfSmallArrayStatementsHoldsThreeRowsAtMost() throws {
        let h = Harness()
        try h.run("a = np.ones((100, 100))\nb = np.full((100, 100), 2.0)\n")
        let figures = try h.measure("for i in range(300):\n    c = a[i % 100] * 2.0 + b[i % 100]\n")
        // `a[i] * 2.0` (800 bytes) and the sum are made while the previous `c` is bound; rows
        // are below NumPy's 256 KiB elision threshold, so the sum is a new array (NumPy 2.4.6
        // under tracemalloc: 2896 bytes peak, 960 retained, the 3 × 800 and 800 data bytes
        // plus the ndarray objects).
        #expect(figures.peak == 2400)
        #expect(figures.retained == 800)
    }

    @Test func anExceptionInACompiledFunctionReleasesItsTemporaries() throws {
        let h = Harness()
        try h.run("def boom():\n    raise ValueError('boom')\ndef f(a):\n    return (a * 2.0) + boom()\na = np.ones(100000)\n")
        let figures = try h.measure("try:\n    b = f(a)\nexcept ValueError:\n    c = np.ones(100000)\n")
        // a * 2.0 is alive when boom raises, and released before the handler allocates c.
        #expect(figures.peak == 800_000)
        #expect(figures.retained == 800_000)
    }

    @Test func compiledCodeRecordsTheTreeWalkersProvenance() throws {
        // Every kind of site: calls (nested in a scenario function's statements), a counted
        // int fast path, subscripts, unary and binary operators, a comparison, an in-place
        // operator, `abs`, names bound in slots. The same code inside `try:` runs on the
        // tree-walker, one line down and four columns right.
        let code = """
            def f(n):
                t = np.ones(n) * 2.0
                return t + 1.0
            a = np.ones(1000)
            k = 1 + 2
            b = -a[0:k]
            c = f(k * 1)
            d = abs(-c) > 0
            m = 2
            m += a[:5]
            e = np.ones(2) if k < 5 else None
            z = np.zeros(k * 100000 // 3)

            """
        let compiled = Harness()
        try compiled.run(code)
        let treeWalked = Harness()
        try treeWalked.run("try:\n" + code.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\nexcept ValueError:\n    pass\n")
        let shifted = treeWalked.ledger.peakAnatomy().allocations.map { allocation in
            var allocation = allocation
            allocation.site.line -= 1
            allocation.site.callLine -= 1
            allocation.site.column -= 4
            allocation.site.callColumn -= 4
            allocation.reason = ""
            return allocation
        }
        let allocations = compiled.ledger.peakAnatomy().allocations
        #expect(allocations.map { allocation in
            var allocation = allocation
            allocation.reason = ""
            return allocation
        } == shifted)
        // `b = -a[0:k]`: the indexing is the statement's operation 1 (a view, no buffer), the
        // negation operation 2; `c` is made by f's `return t + 1.0`; in `abs(-c) > 0` the
        // comparison is operation 3; in `m += a[:5]` the indexing is 1, the `+=` 2.
        let b = try #require(allocations.first { $0.name == "b" })
        #expect(b.site == AllocationSite(line: 6, column: 1, call: 2, callLine: 6, callColumn: 5, operation: "-"))
        let c = try #require(allocations.first { $0.name == "c" })
        #expect(c.site == AllocationSite(line: 3, column: 5, call: 1, callLine: 3, callColumn: 12, operation: "+"))
        #expect(allocations.first { $0.name == "d" }?.site == AllocationSite(line: 8, column: 1, call: 3, callLine: 8, callColumn: 5, operation: ">"))
        #expect(allocations.first { $0.name == "m" }?.site == AllocationSite(line: 10, column: 1, call: 2, callLine: 10, callColumn: 1, operation: "+"))
        // Scalar fast paths count: `k < 5` is operation 1 before `np.ones`; `k * 100000` 1,
        // `// 3` 2 before `np.zeros`.
        #expect(allocations.first { $0.name == "e" }?.site.call == 2)
        #expect(allocations.first { $0.name == "z" }?.site.call == 3)
        #expect(allocations.count == 7)
    }
}
