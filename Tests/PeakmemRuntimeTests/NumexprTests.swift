import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `numexpr.evaluate` on the fused evaluator: numexpr 2.14's result dtypes (printed by numexpr
/// itself), its values, and memory: the result only, or nothing with out=.
@Suite("numexpr.evaluate: the fused evaluator")
struct NumexprTests {
    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
            import numexpr as ne
            u8 = np.arange(5, dtype=np.uint8)
            i32 = np.arange(5, dtype=np.int32)
            i64 = np.arange(5)
            f32 = np.arange(5, dtype=np.float32)
            f64 = np.arange(5.0)
            bl = u8 > 2
            """)
        return h
    }

    @Test(arguments: [
        ("u8*u8", "array([ 0,  1,  4,  9, 16], dtype=int32)"),
        ("u8**2 + u8**2 + 2*u8*u8", "array([ 0,  4, 16, 36, 64], dtype=int32)"),
        ("i32*2.5", "array([ 0. ,  2.5,  5. ,  7.5, 10. ])"),
        ("f32*2.5", "array([ 0. ,  2.5,  5. ,  7.5, 10. ])"),
        ("f32*2", "array([0., 2., 4., 6., 8.], dtype=float32)"),
        ("i32+i64", "array([0, 2, 4, 6, 8])"),
        ("f32+i64", "array([0., 2., 4., 6., 8.], dtype=float32)"),
        ("sqrt(f32)", "array([0.       , 1.       , 1.4142135, 1.7320508, 2.       ],\n      dtype=float32)"),
        ("abs(i32)", "array([0., 1., 2., 3., 4.])"),
        ("i32/2", "array([0. , 0.5, 1. , 1.5, 2. ])"),
        ("where(bl, i32, 1)", "array([1, 1, 1, 3, 4], dtype=int32)"),
        ("where(bl, u8, f32)", "array([0., 1., 2., 3., 4.], dtype=float32)"),
        ("i32**3", "array([ 0,  1,  8, 27, 64], dtype=int32)"),
        ("i32*3000000000", "array([          0,  3000000000,  6000000000,  9000000000, 12000000000])"),
        ("-u8", "array([ 0, -1, -2, -3, -4], dtype=int32)"),
        ("u8*200", "array([  0, 200, 400, 600, 800], dtype=int32)"),
        ("~bl | (u8 > 3)", "array([ True,  True,  True, False,  True])"),
        ("f64 > i32", "array([False, False, False, False, False])"),
        ("u8**i32", "array([  1,   1,   4,  27, 256], dtype=int32)"),
    ])
    func resultsAndDtypesAreNumexprs(expression: String, expected: String) throws {
        let h = try harness()
        #expect(try h.repr("ne.evaluate('\(expression)')") == expected)
    }

    @Test func allocatesOnlyItsResultOrNothingWithOut() throws {
        let h = Harness()
        try h.run("""
            import numexpr as ne
            a = np.arange(100000.0)
            b = np.arange(100000.0) * 0.5
            t = np.empty(100000)
            """)
        #expect(try h.measure("r = ne.evaluate('a**2 + b**2 + 2*a*b')") == (800_000, 800_000))
        #expect(try h.measure("ne.evaluate('a**2 + b**2 + 2*a*b', out=t)") == (0, 0))
        #expect(try h.repr("np.array_equal(r, t)") == "True")
        #expect(try h.repr("np.array_equal(r, (a + b) * (a + b))") == "True")
        try h.run("ai = a.astype(np.int32)\nbi = b.astype(np.int32)\n")
        // int32 data: an int32 result.
        #expect(try h.measure("ri = ne.evaluate('ai**2 + bi**2 + 2*ai*bi')") == (400_000, 400_000))
    }

    @Test func manyBlocksOnSeveralThreadsBroadcastingAndStridedOperands() throws {
        let h = Harness()
        try h.run("""
            import numexpr as ne
            a = np.arange(1000003.0)
            r = ne.evaluate('sin(a) * 2 + where(a > 5e5, a / 3.0, -a)')
            col = np.arange(300.0).reshape((300, 1))
            row = np.arange(70, dtype=np.int32).reshape((1, 70))
            grid = ne.evaluate('col * 1000 + row')
            s = np.arange(20.0)[::2]
            strided = ne.evaluate('s + 1')
            tr = np.arange(12.0).reshape((3, 4)).T
            out = np.zeros((4, 3), dtype=np.float32)
            """)
        #expect(try h.repr("r[10]") == "np.float64(-11.088042221778739)")
        #expect(try h.repr("r[999999]") == "np.float64(333331.0452959369)")
        #expect(try h.repr("grid.shape") == "(300, 70)")
        #expect(try h.repr("grid[299, 69]") == "np.float64(299069.0)")
        #expect(try h.repr("strided") == "array([ 1.,  3.,  5.,  7.,  9., 11., 13., 15., 17., 19.])")
        #expect(try h.repr("ne.evaluate('tr * 2', out=out, casting='same_kind')[3]") == "array([ 6., 14., 22.], dtype=float32)")
        // evaluate's default casting is 'same_kind' (numexpr's message).
        #expect(try h.repr("ne.evaluate('tr * 2', out=out)[3]") == "array([ 6., 14., 22.], dtype=float32)")
        #expect(h.error("ne.evaluate('tr * 2.5', out=np.zeros((4, 3), dtype=np.int32))")?.message ==
                "TypeError: Iterator requested dtype could not be cast from dtype('float64') to dtype('int32'), the operand 0 dtype, according to the rule 'same_kind'")
        #expect(h.error("ne.evaluate('i ** -1')") != nil)
        #expect(h.error("ne.evaluate('nothere + 1')")?.message == "NameError: name 'nothere' is not defined")
        #expect(h.error("ne.evaluate('cosh(a)')")?.message.hasPrefix("numexpr.evaluate: function 'cosh' is not supported") == true)
    }
}
