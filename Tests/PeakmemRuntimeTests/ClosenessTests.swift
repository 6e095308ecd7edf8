import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// np.isclose / np.allclose give NumPy's values and make NumPy 2.4.6's temporaries (measured with
/// tracemalloc: isclose of two float64 arrays of 10^6 elements peaks at 17 000 000 bytes and
/// keeps 1 000 000; allclose peaks the same and keeps nothing; an int64 second operand is first
/// converted, 25 000 000).
@Suite("np.isclose and np.allclose measure like NumPy")
struct ClosenessTests {
    @Test("values")
    func values() throws {
        let h = Harness()
        try h.run("x = np.array([1.0, 2.0, np.nan, np.inf, 1e-9, 3.0])\ny = np.array([1.0 + 1e-6, 2.1, np.nan, np.inf, 0.0, -np.inf])\n")
        #expect(try h.repr("np.isclose(x, y)") == "array([ True, False, False,  True,  True, False])")
        #expect(try h.repr("np.isclose(x, y, equal_nan=True)") == "array([ True, False,  True,  True,  True, False])")
        #expect(try h.repr("np.allclose(x[:2], y[:2])") == "False")
        #expect(try h.repr("np.allclose(x[:1], y[:1])") == "True")
    }

    @Test("memory: NumPy's temporaries")
    func memory() throws {
        let h = Harness()
        try h.run("n = 1000000\nx = np.ones(n)\ny = np.full(n, 1.0 + 1e-9)\ni = np.ones(n, dtype=np.int64)\n")
        #expect(try h.measure("c = np.isclose(x, y)") == (17_000_000, 1_000_000))
        #expect(try h.measure("ok = np.allclose(x, y)") == (17_000_000, 0))
        #expect(try h.measure("ok2 = np.allclose(x, i)") == (25_000_000, 0))
        #expect(try h.measure("ok3 = np.allclose(x, y, equal_nan=True)") == (17_000_000, 0))
        #expect(try h.repr("(ok, ok2, ok3)") == "(True, True, True)")
    }
}
