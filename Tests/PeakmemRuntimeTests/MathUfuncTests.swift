import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// The unary math ufuncs (`np.sqrt`, `np.abs`, ...) against what NumPy 2.4.6 printed for the
/// same expressions (script and output in docs/research/numpy-unary-ufuncs.md).
@Suite("Unary math ufuncs: NumPy's values, dtypes, errors and memory")
struct MathUfuncTests {
    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
        x = np.array([0.25, 1.0, 2.0, 10.0])
        x32 = x.astype(np.float32)
        i = np.array([-3, 0, 4, 9])
        i32 = i.astype(np.int32)
        u = np.array([0, 3, 200], dtype=np.uint8)
        b = np.array([True, False])
        t = np.array([-2.5, -0.5, -0.0, 0.0, 0.5, 1.5, np.nan, np.inf])
        """)
        return h
    }

    static let numpyValues: [(String, String)] = [
        ("np.sqrt(x)", "array([0.5       , 1.        , 1.41421356, 3.16227766])"),
        ("np.sqrt(x32)", "array([0.5      , 1.       , 1.4142135, 3.1622777], dtype=float32)"),
        ("np.sqrt(i32)", "array([nan,  0.,  2.,  3.])"),
        ("np.exp(x)", "array([1.28402542e+00, 2.71828183e+00, 7.38905610e+00, 2.20264658e+04])"),
        ("np.log(x)", "array([-1.38629436,  0.        ,  0.69314718,  2.30258509])"),
        ("np.log2(x)", "array([-2.        ,  0.        ,  1.        ,  3.32192809])"),
        ("np.log10(x)", "array([-0.60205999,  0.        ,  0.30103   ,  1.        ])"),
        ("np.log10(x32)", "array([-0.60206,  0.     ,  0.30103,  1.     ], dtype=float32)"),
        ("np.sin(x)", "array([ 0.24740396,  0.84147098,  0.90929743, -0.54402111])"),
        ("np.cos(x)", "array([ 0.96891242,  0.54030231, -0.41614684, -0.83907153])"),
        ("np.tan(x)", "array([ 0.25534192,  1.55740772, -2.18503986,  0.64836083])"),
        ("np.tanh(x)", "array([0.24491866, 0.76159416, 0.96402758, 1.        ])"),
        ("np.sin(i)", "array([-0.14112001,  0.        , -0.7568025 ,  0.41211849])"),
        ("np.fabs(i32)", "array([3., 0., 4., 9.])"),
        ("np.fabs(t)", "array([2.5, 0.5, 0. , 0. , 0.5, 1.5, nan, inf])"),
        ("np.abs(t)", "array([2.5, 0.5, 0. , 0. , 0.5, 1.5, nan, inf])"),
        ("np.abs(i32)", "array([3, 0, 4, 9], dtype=int32)"),
        ("np.abs(u)", "array([  0,   3, 200], dtype=uint8)"),
        ("np.abs(b)", "array([ True, False])"),
        ("np.square(i32)", "array([ 9,  0, 16, 81], dtype=int32)"),
        ("np.square(u)", "array([ 0,  9, 64], dtype=uint8)"),
        ("np.square(x32)", "array([6.25e-02, 1.00e+00, 4.00e+00, 1.00e+02], dtype=float32)"),
        ("np.reciprocal(x)", "array([4. , 1. , 0.5, 0.1])"),
        ("np.reciprocal(i)", "array([                   0, -9223372036854775808,                    0,\n                          0])"),
        ("np.reciprocal(u)", "array([0, 0, 0], dtype=uint8)"),
        ("np.sign(t)", "array([-1., -1.,  0.,  0.,  1.,  1., nan,  1.])"),
        ("np.sign(i32)", "array([-1,  0,  1,  1], dtype=int32)"),
        ("np.sign(u)", "array([0, 1, 1], dtype=uint8)"),
        ("np.floor(t)", "array([-3., -1., -0.,  0.,  0.,  1., nan, inf])"),
        ("np.ceil(t)", "array([-2., -0., -0.,  0.,  1.,  2., nan, inf])"),
        ("np.floor(i32)", "array([-3,  0,  4,  9], dtype=int32)"),
        ("np.ceil(b)", "array([ True, False])"),
        ("np.sqrt(-1.0)", "np.float64(nan)"),
        ("np.sqrt(2)", "np.float64(1.4142135623730951)"),
        ("np.abs(-3)", "np.int64(3)"),
        ("np.sqrt(4.0)", "np.float64(2.0)"),
        ("np.abs(np.float32(-2.5))", "np.float32(2.5)"),
        ("np.sqrt(x, dtype=np.float32)", "array([0.5      , 1.       , 1.4142135, 3.1622777], dtype=float32)"),
        ("np.sqrt(u, dtype=np.float32)", "array([ 0.       ,  1.7320508, 14.142136 ], dtype=float32)"),
        ("np.abs(i32, dtype=np.float64)", "array([3., 0., 4., 9.])"),
        ("np.log(t)", "array([        nan,         nan,        -inf,        -inf, -0.69314718,\n        0.40546511,         nan,         inf])"),
        ("np.exp(t)", "array([0.082085  , 0.60653066, 1.        , 1.        , 1.64872127,\n       4.48168907,        nan,        inf])"),
        ("np.abs(np.array([-2147483648], dtype=np.int32))", "array([-2147483648], dtype=int32)"),
        ("np.abs(np.array([-9223372036854775807 - 1]))", "array([-9223372036854775808])"),
        ("abs(i)", "array([3, 0, 4, 9])"),
        ("np.sqrt([1, 4, 9])", "array([1., 2., 3.])"),
        ("np.square(np.array([100000, 3000000000]))", "array([        10000000000, 9000000000000000000])"),
        ("np.sqrt(i.reshape(2, 2).T)", "array([[nan,  2.],\n       [ 0.,  3.]])"),
        ("np.exp(x[::2])", "array([1.28402542, 7.3890561 ])"),
    ]

    @Test("values and dtypes as NumPy prints them", arguments: numpyValues)
    func values(expression: String, expected: String) throws {
        #expect(try harness().repr(expression) == expected)
    }

    /// NumPy's float32 `exp` is its own SIMD loop; glibc's `expf` differs from it by at most
    /// 2 units in the last place (docs/research/numpy-unary-ufuncs.md).
    @Test("float32 transcendental values within 2 units in the last place of NumPy's")
    func float32Transcendentals() throws {
        let h = try harness()
        // NumPy: np.exp(x32) printed array([1.2840255e+00, 2.7182820e+00, 7.3890557e+00, 2.2026467e+04], dtype=float32)
        try h.run("""
        e = np.exp(x32)
        numpy = np.array([1.2840255e+00, 2.7182820e+00, 7.3890557e+00, 2.2026467e+04], dtype=np.float32)
        """)
        #expect(try h.repr("e.dtype") == "dtype('float32')")
        #expect(try h.repr("np.allclose(e, numpy, rtol=2.5e-7, atol=0)") == "True")
    }

    @Test("out= writes the result cast as NumPy does and returns out")
    func outArgument() throws {
        let h = try harness()
        try h.run("""
        o = np.empty(4, dtype=np.float32)
        r = np.sqrt(i32, out=o)
        m = np.empty((2, 4))
        np.exp(x, m)
        """)
        // NumPy: array([nan,  0.,  2.,  3.], dtype=float32), computed in float64 then cast.
        #expect(try h.repr("o") == "array([nan,  0.,  2.,  3.], dtype=float32)")
        try h.run("r[1] = 7.0")
        #expect(try h.repr("o[1]") == "np.float32(7.0)")
        #expect(try h.repr("m[1]") == "array([1.28402542e+00, 2.71828183e+00, 7.38905610e+00, 2.20264658e+04])")
    }

    @Test("errors: NumPy's type and message; float16 and int8 results are refused as unsupported", arguments: [
        ("np.sqrt(x, dtype=np.int64)", "TypeError: No loop matching the specified signature and casting was found for ufunc sqrt"),
        ("np.abs(x, dtype=np.int64)",
         "TypeError: Cannot cast ufunc 'absolute' input from dtype('float64') to dtype('int64') with casting rule 'same_kind'"),
        ("np.abs(x, out=np.empty(4, dtype=np.int64))",
         "TypeError: Cannot cast ufunc 'absolute' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"),
        ("np.sqrt(i, out=np.empty(4, dtype=np.int32))",
         "TypeError: Cannot cast ufunc 'sqrt' output from dtype('float64') to dtype('int32') with casting rule 'same_kind'"),
        ("np.sign(b)", "TypeError: ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None"),
        ("np.sqrt(x, out=np.empty(5))", "ValueError: operands could not be broadcast together with shapes (4,) (5,)"),
        ("np.sqrt(np.ones((2, 4)), out=np.empty(4))",
         "ValueError: non-broadcastable output operand with shape (4,) doesn't match the broadcast shape (2,4)"),
        ("np.sqrt(u)", "np.sqrt of a uint8 array computes in float16 in NumPy, a dtype peakmem does not have yet; convert the input first (e.g. a.astype(np.float32))"),
        ("np.square(b)", "np.square of a bool array computes in int8 in NumPy, a dtype peakmem does not have yet; convert the input first (e.g. a.astype(np.int32))"),
        ("np.sqrt(x, where=x > 1)", "TypeError: sqrt() got an unexpected keyword argument 'where'; its keywords are out, dtype"),
    ])
    func errors(code: String, message: String) throws {
        #expect(try harness().error(code)?.message == message)
    }

    /// NumPy 2.4.6, tracemalloc, 10^6 elements (docs/research/numpy-unary-ufuncs.md): one
    /// result; none with out=; int32 → float64 and float64 → dtype=float32 allocate only
    /// the result (NumPy's 64 KiB iterator buffer is not an array buffer); a function call
    /// keeps its temporary argument (np.sqrt(a * 2), np.abs(a * 2): two arrays), abs(a * 2)
    /// reuses it (one).
    @Test("memory: exactly the result, nothing with out=, temporaries as NumPy keeps them", arguments: [
        ("r = np.sqrt(a)", 8_000_000, 8_000_000), ("r = np.sqrt(i)", 8_000_000, 8_000_000),
        ("r = np.sqrt(a, out=o)", 0, 0), ("r = np.sqrt(i, out=o)", 0, 0), ("r = np.sqrt(a, out=o32)", 0, 0),
        ("r = np.sqrt(a, dtype=np.float32)", 4_000_000, 4_000_000), ("r = np.abs(i)", 4_000_000, 4_000_000),
        ("r = np.floor(i)", 4_000_000, 4_000_000), ("r = np.exp(a[::2])", 4_000_000, 4_000_000),
        ("r = np.sqrt(a * 2)", 16_000_000, 8_000_000), ("r = np.abs(a * 2)", 16_000_000, 8_000_000),
        ("r = abs(a * 2)", 8_000_000, 8_000_000), ("r = abs(a)", 8_000_000, 8_000_000),
        ("r = np.sqrt(a.reshape(1000, 1000).T)", 8_000_000, 8_000_000), ("a = np.sqrt(a)", 8_000_000, 0),
        ("np.sqrt(a, out=a)", 0, 0),
    ])
    func memory(code: String, peak: Int, retained: Int) throws {
        let h = Harness()
        try h.run("""
        n = 1000000
        a = np.random.rand(n)
        i = np.arange(n, dtype=np.int32)
        o = np.empty(n)
        o32 = np.empty(n, dtype=np.float32)
        """)
        let measured = try h.measure(code)
        #expect(measured.peak == peak)
        #expect(measured.retained == retained)
    }

    @Test("a Fortran-ordered input gives a Fortran-ordered result (order='K')")
    func fortranOrder() throws {
        let h = Harness()
        try h.run("a = np.asfortranarray(np.ones((3, 4)))\nr = np.exp(a)")
        #expect(try h.array("r").isFContiguous)
        #expect(try !h.array("r").isCContiguous)
    }
}
