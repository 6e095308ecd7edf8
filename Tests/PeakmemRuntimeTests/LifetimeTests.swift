import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Buffer lifetimes through the interpreter, measured exactly with a task-local ledger.
///
/// `a` and `b` are float64 arrays of shape (10, 100): `N` = 8000 bytes each. Every expected
/// figure is what CPython + NumPy (without temporary elision, which needs arrays of at least
/// 256 KiB) hold at the same moments.
@Suite("Lifetimes are CPython's")
struct LifetimeTests {
    static let N = 8000

    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("a = np.ones((10, 100))\nb = np.full((10, 100), 2.0)\n")
        return h
    }

    @Test func temporaryIsFreedAfterTheOperationThatUsedIt() throws {
        // CPython: tmp = a*2 (1 array); tmp + 1 allocates the result while tmp lives (2);
        // tmp is freed; the result is bound.
        let h = try harness()
        let figures = try h.measure("y = (a * 2) + 1")
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func rebindingHoldsOldAndNewUntilTheBinding() throws {
        let h = try harness()
        let figures = try h.measure("T = a * 2\nT = a * 3\n")
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func delFreesAtOnce() throws {
        let h = try harness()
        try h.run("T = a * 2")
        let figures = try h.measure("del T")
        #expect(figures.peak == 0)
        #expect(figures.retained == -Self.N)
    }

    @Test func delOfANameKeepsBuffersThatViewsStillUse() throws {
        let h = try harness()
        try h.run("T = a * 2\nv = T[0]\n")
        #expect(try h.measure("del T").retained == 0)
        #expect(try h.measure("del v").retained == -Self.N)
    }

    @Test func loopRebindingHoldsAtMostTwo() throws {
        let h = try harness()
        let figures = try h.measure("""
            for i in range(5):
                T = a * i
            """)
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
        // The loop variable keeps its last value.
        #expect(try h.repr("i") == "4")
    }

    @Test func loopOverAListKeepsTheLastElementOnly() throws {
        // The list lives while the loop runs (its iterator holds it), then only T's element.
        let h = try harness()
        let figures = try h.measure("""
            for T in [a * 2, a * 3]:
                pass
            """)
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func loopOverAnArrayYieldsViews() throws {
        let h = try harness()
        let row = Self.N / 10
        let figures = try h.measure("""
            for r in a:
                s = r * 2
            """)
        #expect(figures.peak == 2 * row)
        #expect(figures.retained == row)
    }

    @Test func comprehensionKeepsItsElementsAndDropsItsVariable() throws {
        let h = try harness()
        let figures = try h.measure("L = [a * k for k in range(3)]")
        #expect(figures.peak == 3 * Self.N)
        #expect(figures.retained == 3 * Self.N)
        #expect(h.error("k")?.message == "NameError: name 'k' is not defined")
        #expect(try h.measure("del L").retained == -3 * Self.N)
    }

    @Test func comprehensionVariableIsReleasedWithTheScope() throws {
        // The comprehension's variable holds the last temporary only until the list is built.
        let h = try harness()
        let figures = try h.measure("n = len([x for x in [a * 2, a * 3]])")
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == 0)
    }

    @Test func expressionStatementValueIsDropped() throws {
        let h = try harness()
        let figures = try h.measure("a * 2")
        #expect(figures.peak == Self.N)
        #expect(figures.retained == 0)
    }

    @Test func polynomialPeaksAtThreeArrays() throws {
        // a**2 + b**2 + 2*a*b: (a**2, b**2, sum), then (sum, 2*a, 2*a*b), then (sum, 2ab, result).
        let h = try harness()
        let figures = try h.measure("c = a**2 + b**2 + 2*a*b")
        #expect(figures.peak == 3 * Self.N)
        #expect(figures.retained == Self.N)
        #expect(try h.array("c").elements(as: Double.self).allSatisfy { $0 == 9 })
    }

    @Test func inPlaceOperatorsAllocateNothing() throws {
        let h = try harness()
        let figures = try h.measure("a += 1\na *= b\na -= 0.5\na /= 2\na **= 2\n")
        #expect(figures.peak == 0)
        #expect(figures.retained == 0)
        #expect(try h.array("a").elements(as: Double.self).allSatisfy { $0 == 3.0625 })
    }

    @Test func subscriptAugmentedAssignmentWritesInPlace() throws {
        let h = try harness()
        let figures = try h.measure("a[0:5] += 1\na[0, 0] += 1\n")
        #expect(figures.peak == 0)
        #expect(try h.repr("a[0, 0]") == "np.float64(3.0)")
        #expect(try h.repr("a[9, 0]") == "np.float64(1.0)")
    }

    @Test func viewsAllocateNothing() throws {
        let h = try harness()
        let figures = try h.measure("""
            t = a.T
            r = a.reshape(100, 10)
            s = a[::2, 1:]
            w = np.transpose(a)[None, ...]
            v = a.ravel()
            c = np.ascontiguousarray(a)
            """)
        #expect(figures.peak == 0)
        #expect(figures.retained == 0)
    }

    @Test func copiesAllocateExactlyTheirBytes() throws {
        let h = try harness()
        #expect(try h.measure("f = a.T.reshape(-1)") == (Self.N, Self.N))
        #expect(try h.measure("g = a.astype(np.float32)") == (Self.N / 2, Self.N / 2))
        #expect(try h.measure("z = np.zeros((5, 5), dtype=np.int32)") == (100, 100))
    }

    @Test func reassigningFromAConversionFreesTheOriginal() throws {
        // X = np.asfortranarray(X): the copy is made while X lives (one array beyond what
        // was live), then the old X goes.
        let h = try harness()
        let figures = try h.measure("a = np.asfortranarray(a)")
        #expect(figures.peak == Self.N)
        #expect(figures.retained == 0)
        #expect(try h.array("a").isFContiguous)
    }

    @Test func callArgumentsLiveUntilTheCallReturns() throws {
        let h = try harness()
        let figures = try h.measure("y = np.add(a * 2, a * 3)")
        #expect(figures.peak == 3 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func outArgumentAllocatesNothing() throws {
        let h = try harness()
        let figures = try h.measure("r = np.multiply(a, b, out=a)\nok = r is None\n")
        #expect(figures.peak == 0)
    }

    @Test func subscriptAssignmentFreesItsTemporary() throws {
        let h = try harness()
        let figures = try h.measure("a[0:5] = b[0:5] * 2")
        #expect(figures.peak == Self.N / 2)
        #expect(figures.retained == 0)
        #expect(try h.repr("a[4, 99]") == "np.float64(4.0)")
        #expect(try h.repr("a[5, 0]") == "np.float64(1.0)")
    }

    @Test func tupleUnpackingBindsBoth() throws {
        let h = try harness()
        let figures = try h.measure("p, q = a * 2, a * 3")
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == 2 * Self.N)
    }

    @Test func sumOfArraysHoldsTwoPartialResults() throws {
        // sum([a, a, a]) = ((0 + a) + a) + a: each addition allocates while the previous
        // partial sum lives.
        let h = try harness()
        let figures = try h.measure("s = sum([a, a, a])")
        #expect(figures.peak == 2 * Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func printedTemporaryIsFreed() throws {
        let h = try harness()
        let figures = try h.measure("print((a * 2)[0, :2])")
        #expect(figures.peak == Self.N)
        #expect(figures.retained == 0)
        #expect(h.output == "[2. 2.]\n")
    }

    @Test func scalarArithmeticAllocatesNoBuffer() throws {
        let h = try harness()
        let figures = try h.measure("""
            x = a[0, 0] * 2 + 1
            y = np.float32(2) * 3.5
            z = -a[1, 1]
            k = x > 1
            """)
        #expect(figures.peak == 0)
        #expect(try h.repr("(x, y, z, k)") == "(np.float64(3.0), np.float32(7.0), np.float64(-1.0), np.True_)")
    }

    @Test func numpyScalarOperandCostsNoBuffer() throws {
        let h = try harness()
        let figures = try h.measure("y = a * a[0, 0]")
        #expect(figures == (Self.N, Self.N))
    }

    @Test func conditionValueIsReleasedBeforeTheBranch() throws {
        let h = try harness()
        let figures = try h.measure("""
            if (a * 2)[0, 0] > 1:
                T = a * 3
            """)
        #expect(figures.peak == Self.N)
        #expect(figures.retained == Self.N)
    }

    @Test func listHoldsItsArraysUntilItGoes() throws {
        let h = try harness()
        try h.run("L = [a * 2]\nL.append(a * 3)\n")
        #expect(try h.measure("x = L.pop()\ndel x\n").retained == -Self.N)
        #expect(try h.measure("L = None").retained == -Self.N)
    }
}
