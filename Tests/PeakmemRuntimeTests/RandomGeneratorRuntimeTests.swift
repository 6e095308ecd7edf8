import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `np.random.default_rng` in scenario code: NumPy 2.4.6's values for the same seed (the
/// reprs NumPy printed for the same statements in the same order, see
/// docs/research/numpy-default-rng.md) and NumPy's buffers.
@Suite("np.random.default_rng in scenario code")
struct RandomGeneratorRuntimeTests {
    @Test("a seeded Generator gives NumPy's values, call after call")
    func values() throws {
        let h = Harness()
        try h.run("rng = np.random.default_rng(42)")
        let expected: [(String, String)] = [
            ("rng.random()", "0.7739560485559633"),
            ("rng.integers(10)", "np.int64(6)"),
            ("rng.integers(0, 10, size=5)", "array([4, 4, 8, 0, 6])"),
            ("rng.normal(1.0, 2.0, size=3)", "array([-2.90207038, -1.60435901,  1.25568081])"),
            ("rng.uniform(size=(2, 2))", "array([[0.78606431, 0.12811363],\n       [0.45038594, 0.37079802]])"),
            ("rng.exponential()", "1.0890236280239596"),
            ("rng.standard_normal(4)", "array([ 0.0660307 ,  1.12724121,  0.46750934, -0.85929246])"),
            ("rng.choice(10)", "0"),
            ("rng.choice([1.5, 2.5, 3.5])", "np.float64(2.5)"),
            ("rng.choice(np.arange(6).reshape(3, 2), 2, replace=False)", "array([[2, 3],\n       [0, 1]])"),
            ("rng.permutation(6)", "array([3, 2, 1, 5, 4, 0])"),
            ("rng.permutation([3, 1, 2, 5])", "array([3, 1, 2, 5])"),
            ("rng.permuted(np.arange(6).reshape(2, 3), axis=1)", "array([[2, 0, 1],\n       [5, 4, 3]])"),
            ("rng.integers(0, 5, 3, dtype=np.int32)", "array([3, 0, 1], dtype=int32)"),
            ("rng.standard_exponential(2)", "array([0.07707715, 0.17963225])"),
        ]
        for (expression, repr) in expected {
            #expect(try h.repr(expression) == repr, "\(expression)")
        }
        try h.run("x = np.arange(5.0)\nrng.shuffle(x)")
        #expect(try h.repr("x") == "array([1., 2., 0., 4., 3.])")
    }

    @Test("choice from an array keeps the hash set until after the take, as NumPy frees it")
    func choiceMemory() throws {
        let h = Harness()
        try h.run("rng = np.random.default_rng(1)\na = np.arange(1_000_000, dtype=np.float64)")
        // indices 8 000 + hash set 16 384 + result 8 000 live together; the result is kept.
        let hashed = try h.measure("r = rng.choice(a, 1000, replace=False)")
        #expect(hashed.peak == 8000 + 16384 + 8000)
        #expect(hashed.retained == 8000)
        // arange 8 000 000, its tail copied (4 000 000), arange freed, then the take (4 000 000).
        let tail = try h.measure("s = rng.choice(a, 500_000, replace=False)")
        #expect(tail.peak == 12_000_000)
        #expect(tail.retained == 4_000_000)
    }

    @Test("unsupported options are refused by name")
    func refusals() throws {
        let h = Harness()
        try h.run("rng = np.random.default_rng(0)")
        #expect(h.error("rng.choice(3, 2, replace=False, p=[0.5, 0.25, 0.25])")?.message.contains("p=...") == true)
        #expect(h.error("rng.standard_normal(3, dtype=np.float32)")?.message.contains("only float64") == true)
        #expect(h.error("rng.integers(0, 3, dtype=np.uint8)")?.message.contains("not supported yet") == true)
        #expect(h.error("rng.integers(5, 5)")?.message.contains("low >= high") == true)
    }
}
