import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `np.std`, `np.var`, `np.all`, `np.any`, `np.argmax`, `np.argmin` agree with NumPy 2.4.6
/// (the expected reprs are what NumPy printed: docs/research/scripts/numpy_reductions2_values.out)
/// and allocate what NumPy allocates (docs/research/numpy-reductions-2.md).
@Suite("Statistics: std, var, all, any, argmax, argmin")
struct StatisticsTests {
    private func harness() throws -> Harness {
        try .numpyReductions2Script()
    }

    @Test("std and var are NumPy's, bit for bit (pairwise sums of a - mean)")
    func spreadValues() throws {
        let h = try harness()
        let expected: [(String, String)] = [
            ("np.std(x)", "np.float64(0.2886960243386018)"),
            ("np.var(x)", "np.float64(0.08334539446891458)"),
            ("x.std(ddof=1)", "np.float64(0.28869616868672227)"),
            ("np.var(x, ddof=2.5)", "np.float64(0.08334560283292165)"),
            ("np.std(X, axis=0)[:3]", "array([0.28577381, 0.29014418, 0.2908561 ])"),
            ("np.var(X, axis=1)[-3:]", "array([0.083691  , 0.08447519, 0.08401818])"),
            ("np.std(xi)", "np.float64(288.695759415596)"),
            ("np.var(xi.astype(np.int32))", "np.float64(83345.2415045477)"),
            ("np.var(b)", "np.float64(0.2499993519750001)"),
            ("np.std(x32)", "np.float32(0.28869602)"),
            ("np.std(x32, dtype=np.float64)", "np.float64(0.2886960243402674)"),
            ("np.std(X.T, axis=0)[5]", "np.float64(0.29013725464219553)"),
            ("np.std(XF, axis=1)[7]", "np.float64(0.2961012302658547)"),
            ("np.std(XF[:, ::2], axis=1)[3]", "np.float64(0.2874453368578782)"),
            ("np.var(XF[::3], axis=0)[10]", "np.float64(0.08111398861570837)"),
            ("np.std(XF[:, ::2])", "np.float64(0.28850266465272234)"),
            ("np.std(X, keepdims=True)", "array([[0.28869602]])"),
            ("np.var(X[:, ::3], axis=(0, 1))", "np.float64(0.08330365207693774)"),
            ("np.std([1, 2, 3, 4])", "np.float64(1.118033988749895)"),
            ("np.var(np.ones(3), ddof=5)", "np.float64(nan)"),
            ("np.std(np.ones((2, 0)), axis=0)", "array([], dtype=float64)"),
            ("np.std(x, correction=1)", "np.float64(0.28869616868672227)"),
            ("np.var(X, axis=0, dtype=np.float32)[:2]", "array([0.08166671, 0.08418363], dtype=float32)"),
            ("x32.var(axis=0)", "np.float32(0.08334539)"),
        ]
        try h.expectReprs(expected)
    }

    @Test("np.mean divides as NumPy: in float64 by the intp count, cast back (unsafe)")
    func meanDivision() throws {
        let h = Harness()
        // 2**24 + 1 elements: float32(count) would be 2**24 (NumPy: 0.10000002, not 0.100000024).
        try h.run("f = np.full(16777217, 0.1, dtype=np.float32)")
        #expect(try h.repr("np.mean(f)") == "np.float32(0.10000002)")
        #expect(try h.repr("np.mean(np.arange(10), dtype=np.int64)") == "np.int64(4)")
        #expect(try h.repr("np.arange(10).mean(dtype=np.int32)") == "np.int32(4)")
    }

    @Test("all, any, argmax, argmin are NumPy's (first NaN wins)")
    func truthAndExtremes() throws {
        let h = try harness()
        let expected: [(String, String)] = [
            ("np.all(x)", "np.True_"),
            ("np.any(b)", "np.True_"),
            ("np.all(b)", "np.False_"),
            ("np.all(X > 0, axis=0).shape", "(1000,)"),
            ("np.any(X > 0.999, axis=1)[:8]", "array([ True, False,  True,  True, False,  True,  True,  True])"),
            ("np.all([])", "np.True_"),
            ("np.any([])", "np.False_"),
            ("np.any(np.zeros((2, 0)), axis=1)", "array([False, False])"),
            ("np.all(np.array([1.0, np.nan]))", "np.True_"),
            ("np.any(np.array([0.0, -0.0]))", "np.False_"),
            ("x.any(keepdims=True)", "array([ True])"),
            ("np.all(X > 0.001, axis=(0, 1))", "np.False_"),
            ("np.argmax(x)", "np.int64(801807)"),
            ("np.argmin(x)", "np.int64(661553)"),
            ("np.argmax(X, axis=0)[:5]", "array([703, 311, 154, 944, 689])"),
            ("np.argmin(X, axis=1)[:5]", "array([821, 633,  55, 856, 596])"),
            ("X.argmax(axis=1, keepdims=True).shape", "(1000, 1)"),
            ("np.argmax(X, keepdims=True)", "array([[801807]])"),
            ("np.argmax(n)", "np.int64(1)"),
            ("np.argmin(n)", "np.int64(1)"),
            ("np.argmax(u)", "np.int64(2)"),
            ("np.argmin(u)", "np.int64(0)"),
            ("np.argmax(b)", "np.int64(0)"),
            ("np.argmin(np.array([3, 1, 1, 2]))", "np.int64(1)"),
            ("np.argmax(np.float64(2.0))", "np.int64(0)"),
            ("np.argmax(np.array([[1, 5], [7, 2]]), axis=-2)", "array([1, 0])"),
            ("np.all(5)", "np.True_"),
            ("np.any(0.0)", "np.False_"),
            ("np.argmax(7)", "np.int64(0)"),
            ("np.std(3.0)", "np.float64(0.0)"),
            ("np.var(np.float32(2))", "np.float32(0.0)"),
            ("np.all(np.zeros((2, 3)), axis=())", "array([[False, False, False],\n       [False, False, False]])"),
            ("np.std(np.arange(4.0), axis=())", "array([0., 0., 0., 0.])"),
        ]
        try h.expectReprs(expected)
    }

    @Test("NumPy's exceptions")
    func errors() throws {
        let h = try harness()
        try h.run("X3 = np.ones((3, 4))\noi = np.empty(3, dtype=np.int64)")
        let expected: [(String, String)] = [
            ("np.std(X3, axis=2)", "AxisError: axis 2 is out of bounds for array of dimension 2"),
            ("np.var(X3, ddof=1, correction=1)", "ValueError: ddof and correction can't be provided simultaneously."),
            ("np.any(X3, axis=(0, 0))", "ValueError: duplicate value in 'axis'"),
            ("np.argmax(np.zeros(0))", "ValueError: attempt to get argmax of an empty sequence"),
            ("np.argmin(np.zeros((3, 0)), axis=1)", "ValueError: attempt to get argmin of an empty sequence"),
            ("np.argmax(X3, axis=0, out=oi)", "ValueError: output array does not match result of np.argmax."),
            ("np.argmax(X3, axis=1, out=np.empty(3))", "TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'"),
            ("np.argmax(X3, axis=2)", "AxisError: axis 2 is out of bounds for array of dimension 2"),
        ]
        for (code, message) in expected {
            #expect(h.error(code)?.message == message, "\(code)")
        }
        #expect(h.error("np.std(X3, axis=0, out=np.empty(3))")?.message.hasPrefix("ValueError: ") == true)
        #expect(h.error("np.all(X3, axis=0, out=np.empty(3, dtype=bool))")?.message.hasPrefix("ValueError: ") == true)
    }

    @Test("std/var make NumPy's full-size temporary a - mean; the mean lives until the result exists")
    func spreadMemory() throws {
        let h = try harness()
        try h.run("o = np.empty(1000)")
        // The mean (one element), x = a - mean (8 MB), the 0-d sum: 8 + 8 000 000 + 8.
        #expect(try h.measure("r1 = np.std(x)") == (8_000_016, 0))
        #expect(try h.measure("r2 = np.var(x)") == (8_000_016, 0))
        #expect(try h.measure("r3 = x.std(ddof=1)") == (8_000_016, 0))
        #expect(try h.measure("r4 = np.std(xi)") == (8_000_016, 0))
        #expect(try h.measure("r5 = np.std(x32)") == (4_000_008, 0))
        #expect(try h.measure("r6 = np.std(x32, dtype=np.float64)") == (8_000_016, 0))
        // Along an axis: the kept-dims mean (8000), x, the result (8000, retained).
        #expect(try h.measure("r7 = np.std(X, axis=0)") == (8_016_000, 8000))
        #expect(try h.measure("np.std(X, axis=1, out=o)") == (8_008_000, 0))
        // Booleans: x * conjugate(x), a second full-size array.
        #expect(try h.measure("r8 = np.var(b)") == (16_000_008, 0))
    }

    @Test("all/any allocate the boolean result; argmax/argmin copy when the axis is not contiguous last")
    func truthAndExtremeMemory() throws {
        let h = try harness()
        try h.run("ob = np.empty(1000, dtype=bool)\nof = np.empty(1000)\noi = np.empty(1000, dtype=np.int64)\noi32 = np.empty(1000, dtype=np.int32)")
        #expect(try h.measure("r9 = np.all(x)") == (1, 0))
        #expect(try h.measure("r10 = np.any(X, axis=0)") == (1000, 1000))
        #expect(try h.measure("np.any(X, axis=1, out=ob)") == (0, 0))
        #expect(try h.measure("np.all(X, axis=1, out=of)") == (0, 0))
        #expect(try h.repr("of[:2]") == "array([1., 1.])")
        #expect(try h.measure("r11 = np.argmax(x)") == (8, 0))
        #expect(try h.measure("r12 = np.argmax(X, axis=1)") == (8000, 8000))
        #expect(try h.measure("r13 = np.argmax(X, axis=0)") == (8_008_000, 8000))
        #expect(try h.measure("r14 = np.argmax(X.T, axis=1)") == (8_008_000, 8000))
        #expect(try h.measure("r15 = np.argmin(XF)") == (8_000_008, 0))
        // A read-only view (broadcast_to) is copied even when C-contiguous: NumPy asks for a
        // writeable array (8 000 000 + the 8-byte result; NumPy 2.4.6, tracemalloc: 8 000 488).
        try h.run("ro = np.broadcast_to(x, x.shape)")
        #expect(try h.measure("rro = np.argmax(ro)") == (8_000_008, 0))
        #expect(try h.measure("np.argmin(X, axis=1, out=oi)") == (0, 0))
        #expect(try h.measure("np.argmin(X, axis=1, out=oi32)") == (8000, 0))
        #expect(try h.repr("bool((oi32 == oi).all())") == "True")
    }
}
