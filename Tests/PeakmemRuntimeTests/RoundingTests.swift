import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `np.floor_divide`, `np.remainder`/`np.mod` and the `//`, `%` operators, `np.clip`,
/// `np.round`/`np.around` and the logical ufuncs agree with NumPy 2.4.6 (the expected reprs
/// are what NumPy printed: docs/research/scripts/numpy_reductions2_values.out) and allocate
/// what NumPy allocates (docs/research/numpy-reductions-2.md).
@Suite("Rounding: floor_divide, remainder, //, %, clip, round, logical ufuncs")
struct RoundingTests {
    private func harness() throws -> Harness {
        let h = try Harness.numpyReductions2Script()
        try h.run("xi32 = xi.astype(np.int32)\nu8 = (x * 255).astype(np.uint8)")
        return h
    }

    @Test("floor_divide and remainder: Python's signs, NumPy's float divmod, integer division by zero gives 0")
    func division() throws {
        let h = try harness()
        try h.expectReprs([
            ("np.floor_divide(np.array([7, -7, 7, -7, 0]), np.array([2, 2, -2, -2, 0]))", "array([ 3, -4, -4,  3,  0])"),
            ("np.remainder(np.array([7, -7, 7, -7, 0]), np.array([2, 2, -2, -2, 0]))", "array([ 1,  1, -1, -1,  0])"),
            ("np.array([7., -7., 7., -7., 0., -0., 1., np.inf, np.nan, 5.0, 1e300]) // np.array([2., 2., -2., -2., 3., 3., 0., 3., 1., np.inf, 1e-300])",
             "array([ 3., -4., -4.,  3.,  0., -0., inf, nan, nan,  0., inf])"),
            ("np.array([7., -7., 7., -7., 0., -0., 1., np.inf, np.nan, 5.0, 1e300]) % np.array([2., 2., -2., -2., 3., 3., 0., 3., 1., np.inf, 1e-300])",
             "array([ 1.00000000e+000,  1.00000000e+000, -1.00000000e+000,\n       -1.00000000e+000,  0.00000000e+000,  0.00000000e+000,\n                    nan,              nan,              nan,\n        5.00000000e+000,  4.89155485e-301])"),
            ("np.array([-1.0]) // np.inf", "array([-1.])"),
            ("np.array([-1.0]) % np.inf", "array([inf])"),
            ("np.array([5, 200], dtype=np.uint8) // 0", "array([0, 0], dtype=uint8)"),
            ("np.array([5, 200], dtype=np.uint8) % 7", "array([5, 4], dtype=uint8)"),
            ("np.array([-7, 7], dtype=np.int32) // 2", "array([-4,  3], dtype=int32)"),
            ("np.array([-7, 7], dtype=np.int32) % -3", "array([-1, -2], dtype=int32)"),
            ("np.array([-7, 7], dtype=np.int32) % 2.5", "array([0.5, 2. ])"),
            ("np.array([-9223372036854775807 - 1]) // -1", "array([-9223372036854775808])"),
            ("np.array([-9223372036854775807 - 1]) % -1", "array([0])"),
            ("np.mod(np.array([7.5], dtype=np.float32), 2)", "array([1.5], dtype=float32)"),
            ("np.float64(7.5) // 2", "np.float64(3.0)"),
            ("np.int64(-7) % 3", "np.int64(2)"),
            ("x[:3] * 10 // 3", "array([1., 2., 2.])"),
            ("(x[:5] * 100) % 7", "array([5.88135039, 1.51893664, 4.27633761, 5.4883183 , 0.36547993])"),
        ])
    }

    @Test("clip: NumPy's _clip, NaN propagation, signed zeros of the constant loop")
    func clipValues() throws {
        let h = try harness()
        try h.expectReprs([
            ("np.clip(x[:4], 0.2, 0.8)", "array([0.5488135 , 0.71518937, 0.60276338, 0.54488318])"),
            ("np.clip(u, -5, 300)", "array([  0,   7, 255,   3], dtype=uint8)"),
            ("np.clip(u, 10, 300)", "array([ 10,  10, 255,  10], dtype=uint8)"),
            ("np.clip(u, -1, 100)", "array([  0,   7, 100,   3], dtype=uint8)"),
            ("np.clip(np.array([1, 5, 9]), 0.5, 7)", "array([1., 5., 7.])"),
            ("np.clip(np.array([1.0, np.nan, -0.0, 5.0]), 0.0, 3.0)", "array([ 1., nan, -0.,  3.])"),
            ("np.clip(np.array([1.0, 2.0]), np.nan, 3.0)", "array([nan, nan])"),
            ("np.clip(np.array([-0.0, 2.0]), np.array([0.0, 0.0]), 3.0)", "array([0., 2.])"),
            ("np.clip(np.arange(10), 8, 1)", "array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])"),
            ("np.clip(np.arange(10), [3, 4, 1, 1, 1, 4, 4, 4, 4, 4], 8)", "array([3, 4, 2, 3, 4, 5, 6, 7, 8, 8])"),
            ("np.clip(np.arange(5))", "array([0, 1, 2, 3, 4])"),
            ("np.clip(np.arange(5), None, 2)", "array([0, 1, 2, 2, 2])"),
            ("np.clip(np.arange(5), min=1, max=3)", "array([1, 1, 2, 3, 3])"),
            ("np.arange(5).clip(2)", "array([2, 2, 2, 3, 4])"),
            ("np.arange(5.0).clip(max=2.5)", "array([0. , 1. , 2. , 2.5, 2.5])"),
            ("np.clip(np.array([1, 2], dtype=np.int32), np.int64(0), 1)", "array([1, 1])"),
        ])
    }

    @Test("round: ties to even, NumPy's scaling by 10**decimals, integers stay integers")
    func roundValues() throws {
        let h = try harness()
        try h.expectReprs([
            ("np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005]), 2)", "array([ 0.5 ,  1.5 ,  2.5 , -0.5 , -1.5 ,  2.68,  1.  ])"),
            ("np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5]))", "array([ 0.,  2.,  2., -0., -2.])"),
            ("np.around(np.array([15, 25, -15, 149, 151]), -1)", "array([ 20,  20, -20, 150, 150])"),
            ("np.round(np.array([15, 25, -15, 149, 151], dtype=np.int32), -2)", "array([  0,   0,   0, 100, 200], dtype=int32)"),
            ("np.round(np.array([15, 25]), 3)", "array([15, 25])"),
            ("np.round(np.array([1234.5678, -0.125]), -2)", "array([1200.,   -0.])"),
            ("np.round(x32[:3], 3)", "array([0.549, 0.715, 0.603], dtype=float32)"),
            ("x[:3].round(4)", "array([0.5488, 0.7152, 0.6028])"),
            ("np.round(2.5)", "np.float64(2.0)"),
            ("np.round(np.array([1e300]), 10)", "array([inf])"),
            // Python's round() of NumPy scalars is np.round (not Python's correctly rounded decimals).
            ("round(np.float64(2.675), 2)", "np.float64(2.68)"),
            ("round(np.float32(2.675), 2)", "np.float32(2.68)"),
            ("round(np.int64(155), -1)", "np.int64(160)"),
            ("round(np.float64(2.5))", "2"),
            ("round(2.675, 2)", "2.67"),
        ])
        #expect(h.error("r = round(np.arange(3.0))")?.message == "TypeError: type numpy.ndarray doesn't define __round__ method")
    }

    @Test("logical_and/or/xor/not: nonzero (NaN included) is true, boolean results")
    func logicalValues() throws {
        let h = try harness()
        try h.expectReprs([
            ("np.logical_and(np.array([0.0, 1.0, np.nan, 2.0]), np.array([1, 1, 1, 0]))", "array([False,  True,  True, False])"),
            ("np.logical_or(np.array([0.0, 0.0, np.nan]), 0)", "array([False, False,  True])"),
            ("np.logical_xor(np.array([True, False, True]), np.array([2, 0, 0]))", "array([False, False,  True])"),
            ("np.logical_not(np.array([0.0, -0.0, np.nan, 3.0]))", "array([ True,  True, False, False])"),
            ("np.logical_not(np.array([0, 1, 2], dtype=np.uint8))", "array([ True, False, False])"),
            ("np.logical_not(0)", "np.True_"),
            ("np.logical_and(1, 2.0)", "np.True_"),
        ])
    }

    @Test("NumPy's exceptions")
    func errors() throws {
        let h = try harness()
        try h.run("X3 = np.ones((3, 4))\nb2 = np.array([True, False])")
        let expected: [(String, String)] = [
            ("np.floor_divide(X3, 2, out=np.empty(4, dtype=np.int64))", "ValueError: non-broadcastable output operand with shape (4,) doesn't match the broadcast shape (3,4)"),
            ("np.floor_divide(X3, 2, out=np.empty((3, 4), dtype=np.int64))", "TypeError: Cannot cast ufunc 'floor_divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"),
            ("np.clip(u, 300, 400)", "OverflowError: Python integer 300 out of bounds for uint8"),
            ("np.clip(X3, 1)", "TypeError: clip() missing 1 required positional argument: 'a_max'"),
            ("np.clip(X3, a_max=1)", "TypeError: clip() missing 1 required positional argument: 'a_min'"),
            ("np.clip(X3, 0, 1, min=0)", "ValueError: Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden."),
            ("np.clip(X3, 0, 1, out=np.empty((3, 4), dtype=np.int64))", "TypeError: Cannot cast ufunc 'clip' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"),
            ("np.round(X3, 1, out=np.empty(5))", "ValueError: invalid output shape"),
            ("np.logical_and(X3, np.ones(3))", "ValueError: operands could not be broadcast together with shapes (3,4) (3,)"),
        ]
        for (code, message) in expected {
            #expect(h.error(code)?.message == message, "\(code)")
        }
        // NumPy computes these in int8 or float16, dtypes peakmem does not have.
        #expect(h.error("b2 // b2")?.kind == .unsupported)
        #expect(h.error("b2 % b2")?.kind == .unsupported)
        #expect(h.error("np.round(b2)")?.kind == .unsupported)
        #expect(h.error("np.round(np.arange(3), -1, out=np.empty(3, dtype=np.int64))")?.message.hasPrefix("TypeError: Cannot cast ufunc") == true)
    }

    @Test("memory: results only; `//` elides a temporary, `%` does not; integer round with negative decimals makes a float64 temporary")
    func memory() throws {
        let h = try harness()
        try h.run("xc = x.copy()\nxic = xi.copy()\nxbc = b.copy()")
        #expect(try h.measure("r1 = np.floor_divide(x, 0.3)") == (8_000_000, 8_000_000))
        #expect(try h.measure("r2 = (x * 10) // 3") == (8_000_000, 8_000_000))
        #expect(try h.measure("r3 = (x * 10) % 3") == (16_000_000, 8_000_000))
        #expect(try h.measure("np.remainder(xic, 7, out=xic)") == (0, 0))
        #expect(try h.measure("xic //= 7") == (0, 0))
        #expect(try h.measure("xic %= 5") == (0, 0))
        #expect(try h.measure("r4 = (xi + 1) // 2.0") == (16_000_000, 8_000_000))
        #expect(try h.measure("r5 = np.mod(x, 0.25)") == (8_000_000, 8_000_000))
        #expect(try h.measure("r6 = np.clip(x, 0.2, 0.8)") == (8_000_000, 8_000_000))
        #expect(try h.measure("xc.clip(0.2, 0.8, out=xc)") == (0, 0))
        #expect(try h.measure("r7 = np.clip(u8, -5, 300)") == (1_000_000, 1_000_000))
        #expect(try h.measure("r8 = np.clip(u8, 10, 300)") == (1_000_000, 1_000_000))
        #expect(try h.measure("r9 = np.clip(xi, 0.5, 10)") == (8_000_000, 8_000_000))
        #expect(try h.measure("r10 = np.clip(X, X[0], 0.9)") == (8_000_000, 8_000_000))
        #expect(try h.measure("r11 = np.clip(XF, 0.1, 0.9)") == (8_000_000, 8_000_000))
        #expect(try h.array("r11").isFContiguous)
        #expect(try h.measure("r12 = np.round(x)") == (8_000_000, 8_000_000))
        #expect(try h.measure("r13 = np.round(x, 2)") == (8_000_000, 8_000_000))
        #expect(try h.measure("r14 = np.round(xi, -2)") == (16_000_000, 8_000_000))
        #expect(try h.measure("r15 = np.round(xi32, -1)") == (12_000_000, 4_000_000))
        #expect(try h.measure("r16 = np.round(xi, 2)") == (8_000_000, 8_000_000))
        #expect(try h.measure("xc.round(3, out=xc)") == (0, 0))
        #expect(try h.measure("r17 = np.round(XF, 1)") == (8_000_000, 8_000_000))
        #expect(try h.array("r17").isFContiguous)
        #expect(try h.measure("r18 = np.logical_and(x > 0.5, x < 0.9)") == (3_000_000, 1_000_000))
        #expect(try h.measure("r19 = np.logical_or(x, xi)") == (1_000_000, 1_000_000))
        #expect(try h.measure("r20 = np.logical_not(x)") == (1_000_000, 1_000_000))
        #expect(try h.measure("np.logical_xor(xbc, xbc, out=xbc)") == (0, 0))
    }
}
