import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Joining and building arrays against what NumPy 2.4.6 printed and allocated for the same
/// code (scripts and output in docs/research/numpy-joining.md).
@Suite("Joining and building: concatenate, stack, linspace, tile, repeat, views")
struct JoiningTests {
    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
        a = np.arange(6.0).reshape(2, 3)
        b = np.arange(6, 12).reshape(2, 3)
        v = np.array([1, 2, 3])
        f = np.arange(4, dtype=np.float32)
        """)
        return h
    }

    static let numpyValues: [(String, String)] = [
        ("np.concatenate([a, b])", "array([[ 0.,  1.,  2.],\n       [ 3.,  4.,  5.],\n       [ 6.,  7.,  8.],\n       [ 9., 10., 11.]])"),
        ("np.concatenate((a, b), axis=1)", "array([[ 0.,  1.,  2.,  6.,  7.,  8.],\n       [ 3.,  4.,  5.,  9., 10., 11.]])"),
        ("np.concatenate([a, b], axis=None)", "array([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11.])"),
        ("np.concatenate([a.T, b.T], axis=None)", "array([ 0.,  3.,  1.,  4.,  2.,  5.,  6.,  9.,  7., 10.,  8., 11.])"),
        ("np.concatenate([a, b], axis=-1)", "array([[ 0.,  1.,  2.,  6.,  7.,  8.],\n       [ 3.,  4.,  5.,  9., 10., 11.]])"),
        ("np.concatenate([v, f])", "array([1., 2., 3., 0., 1., 2., 3.])"),
        ("np.concatenate([v, v], dtype=np.float32)", "array([1., 2., 3., 1., 2., 3.], dtype=float32)"),
        ("np.concatenate(a)", "array([0., 1., 2., 3., 4., 5.])"),
        ("np.concatenate([[1, 2], [3.5]])", "array([1. , 2. , 3.5])"),
        ("np.stack([v, v])", "array([[1, 2, 3],\n       [1, 2, 3]])"),
        ("np.stack([v, v], axis=1)", "array([[1, 1],\n       [2, 2],\n       [3, 3]])"),
        ("np.stack([a, b], axis=-1).shape", "(2, 3, 2)"),
        ("np.vstack([v, v])", "array([[1, 2, 3],\n       [1, 2, 3]])"),
        ("np.vstack([a, v])", "array([[0., 1., 2.],\n       [3., 4., 5.],\n       [1., 2., 3.]])"),
        ("np.hstack([v, v])", "array([1, 2, 3, 1, 2, 3])"),
        ("np.hstack([a, b])", "array([[ 0.,  1.,  2.,  6.,  7.,  8.],\n       [ 3.,  4.,  5.,  9., 10., 11.]])"),
        ("np.column_stack([v, v])", "array([[1, 1],\n       [2, 2],\n       [3, 3]])"),
        ("np.column_stack([a, a])", "array([[0., 1., 2., 0., 1., 2.],\n       [3., 4., 5., 3., 4., 5.]])"),
        ("np.linspace(0, 1, 5)", "array([0.  , 0.25, 0.5 , 0.75, 1.  ])"),
        ("np.linspace(0, 1, 5, endpoint=False)", "array([0. , 0.2, 0.4, 0.6, 0.8])"),
        ("np.linspace(2, 3, 5, retstep=True)", "(array([2.  , 2.25, 2.5 , 2.75, 3.  ]), np.float64(0.25))"),
        ("np.linspace(0, 10, 5, dtype=np.int32)", "array([ 0,  2,  5,  7, 10], dtype=int32)"),
        ("np.linspace(0, 1, 5, dtype=np.int64)", "array([0, 0, 0, 0, 1])"),
        ("np.linspace(0, 1, 0)", "array([], dtype=float64)"),
        ("np.linspace(0, 1, 1)", "array([0.])"),
        ("np.linspace(2, 2, 3)", "array([2., 2., 2.])"),
        ("np.linspace(0, 1, 4, dtype=np.float32)", "array([0.        , 0.33333334, 0.6666667 , 1.        ], dtype=float32)"),
        ("np.linspace(np.float32(0), 1, 4)", "array([0.        , 0.33333334, 0.6666667 , 1.        ], dtype=float32)"),
        ("np.linspace(-1, 1, 7)", "array([-1.        , -0.66666667, -0.33333333,  0.        ,  0.33333333,\n        0.66666667,  1.        ])"),
        ("np.linspace(0, 1, 3, dtype=bool)", "array([False,  True,  True])"),
        ("np.linspace(0.1, 0.7, 7)", "array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])"),
        ("np.expand_dims(v, 0)", "array([[1, 2, 3]])"),
        ("np.expand_dims(v, -1).shape", "(3, 1)"),
        ("np.expand_dims(a, (0, 3)).shape", "(1, 2, 3, 1)"),
        ("np.squeeze(np.ones((1, 3, 1))).shape", "(3,)"),
        ("np.squeeze(np.ones((1, 3, 1)), axis=0).shape", "(3, 1)"),
        ("np.ones((1, 3, 1)).squeeze(axis=(0, 2)).shape", "(3,)"),
        ("np.broadcast_to(v, (2, 3))", "array([[1, 2, 3],\n       [1, 2, 3]])"),
        ("np.broadcast_to(5, 3)", "array([5, 5, 5])"),
        ("np.tile(v, 2)", "array([1, 2, 3, 1, 2, 3])"),
        ("np.tile(v, (2, 2))", "array([[1, 2, 3, 1, 2, 3],\n       [1, 2, 3, 1, 2, 3]])"),
        ("np.tile(a, (1, 2))", "array([[0., 1., 2., 0., 1., 2.],\n       [3., 4., 5., 3., 4., 5.]])"),
        ("np.tile(a, 1)", "array([[0., 1., 2.],\n       [3., 4., 5.]])"),
        ("np.tile(v, (2, 1, 2)).shape", "(2, 1, 6)"),
        ("np.tile([1, 2], 2)", "array([1, 2, 1, 2])"),
        ("np.repeat(v, 2)", "array([1, 1, 2, 2, 3, 3])"),
        ("np.repeat(a, 2)", "array([0., 0., 1., 1., 2., 2., 3., 3., 4., 4., 5., 5.])"),
        ("np.repeat(a, [1, 2], axis=0)", "array([[0., 1., 2.],\n       [3., 4., 5.],\n       [3., 4., 5.]])"),
        ("np.repeat(a, 2, axis=1)", "array([[0., 0., 1., 1., 2., 2.],\n       [3., 3., 4., 4., 5., 5.]])"),
        ("a.repeat(2, axis=-1)", "array([[0., 0., 1., 1., 2., 2.],\n       [3., 3., 4., 4., 5., 5.]])"),
        ("np.repeat(3, 4)", "array([3, 3, 3, 3])"),
        ("np.repeat(a.T, [0, 1, 2], axis=0)", "array([[1., 4.],\n       [2., 5.],\n       [2., 5.]])"),
        ("np.repeat(a, np.array([1, 2, 0], dtype=np.int32), axis=1)", "array([[0., 1., 1.],\n       [3., 4., 4.]])"),
        ("np.linspace(-3.3, 7.1, 1001)[123]", "np.float64(-2.0208000000000004)"),
        ("np.linspace(-3.3, 7.1, 1001)[999]", "np.float64(7.089599999999998)"),
        ("np.linspace(-3.3, 7.1, 1001).sum()", "np.float64(1901.899999999999)"),
        ("np.linspace(0, 1, 10**6, dtype=np.float32)[777777]", "np.float32(0.7777778)"),
        ("np.linspace(0, 1, 10**6, dtype=np.float32)[-2]", "np.float32(0.999999)"),
    ]

    @Test("values, dtypes and shapes as NumPy prints them", arguments: numpyValues)
    func values(expression: String, expected: String) throws {
        #expect(try harness().repr(expression) == expected)
    }

    @Test("errors: NumPy's type and message", arguments: [
        ("np.concatenate([a, np.ones((3, 2))], axis=1)", "ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has size 2 and the array at index 1 has size 3"),
        ("np.concatenate([a, v])", "ValueError: all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)"),
        ("np.concatenate([])", "ValueError: need at least one array to concatenate"),
        ("np.concatenate([a], axis=2)", "AxisError: axis 2 is out of bounds for array of dimension 2"),
        ("np.concatenate([a, a], dtype=np.int64)", "TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'"),
        ("np.concatenate([a, a], out=np.empty((4, 3), dtype=np.int32))", "TypeError: Cannot cast array data from dtype('float64') to dtype('int32') according to the rule 'same_kind'"),
        ("np.concatenate([a, a], out=np.empty((5, 3)))", "ValueError: Output array is the wrong shape"),
        ("np.concatenate([a, a], out=np.empty((4, 3)), dtype=np.float32)", "TypeError: concatenate() only takes `out` or `dtype` as an argument, but both were provided."),
        ("np.concatenate([1, 2])", "ValueError: zero-dimensional arrays cannot be concatenated"),
        ("np.stack([a, np.ones((3, 3))])", "ValueError: all input arrays must have the same shape"),
        ("np.stack([])", "ValueError: need at least one array to stack"),
        ("np.stack([a, a], axis=3)", "AxisError: axis 3 is out of bounds for array of dimension 3"),
        ("np.vstack([a, np.ones(4)])", "ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 4"),
        ("np.column_stack([v, np.ones(4)])", "ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has size 3 and the array at index 1 has size 4"),
        ("np.linspace(0, 1, -1)", "ValueError: Number of samples, -1, must be non-negative."),
        ("np.linspace(0, 1, 2.5)", "TypeError: 'float' object cannot be interpreted as an integer"),
        ("np.expand_dims(a, 3)", "AxisError: axis 3 is out of bounds for array of dimension 3"),
        ("np.expand_dims(a, (0, 0))", "ValueError: repeated axis"),
        ("np.squeeze(a, axis=0)", "ValueError: cannot select an axis to squeeze out which has size not equal to one"),
        ("np.squeeze(np.ones((1, 3, 1)), axis=3)", "AxisError: axis 3 is out of bounds for array of dimension 3"),
        ("np.broadcast_to(v, (2, 4))", "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)"),
        ("np.broadcast_to(a, (3,))", "ValueError: input operand has more dimensions than allowed by the axis remapping"),
        ("np.broadcast_to(v, -1)", "ValueError: all elements of broadcast shape must be non-negative"),
        ("np.tile(a, -1)", "ValueError: negative dimensions are not allowed"),
        ("np.repeat(a, -1)", "ValueError: negative dimensions are not allowed"),
        ("np.repeat(a, [1, 2, 3], axis=0)", "ValueError: operands could not be broadcast together with shape (2,) (3,)"),
        ("np.repeat(a, 2, axis=2)", "AxisError: axis 2 is out of bounds for array of dimension 2"),
        ("w = np.broadcast_to(v, (2, 3))\nw[0, 0] = 5", "ValueError: assignment destination is read-only"),
        ("w = np.broadcast_to(v, (2, 3))\nw += 1", "ValueError: output array is read-only"),
    ])
    func errors(code: String, message: String) throws {
        #expect(try harness().error(code)?.message == message)
    }

    /// NumPy 2.4.6, tracemalloc (docs/research/numpy-joining.md): a = b = 500×1000 float64
    /// (4 MB each), i int32 of a's shape, v 1000 float64, F = np.asfortranarray(a).
    @Test("memory: the result only, views nothing, NumPy's intermediates for linspace, tile and repeat", arguments: [
        ("r = np.concatenate([a, b])", 8_000_000, 8_000_000), ("r = np.concatenate((a, b), axis=1)", 8_000_000, 8_000_000),
        ("r = np.concatenate([a, b], axis=None)", 8_000_000, 8_000_000), ("r = np.concatenate([a.T, b.T], axis=None)", 8_000_000, 8_000_000),
        ("r = np.concatenate([a, i])", 8_000_000, 8_000_000), ("r = np.concatenate([a, i], dtype=np.float32)", 4_000_000, 4_000_000),
        ("r = np.concatenate([a, b], out=o)", 0, 0),
        ("r = np.stack([a, b])", 8_000_000, 8_000_000), ("r = np.stack([a, b], axis=2)", 8_000_000, 8_000_000),
        ("r = np.vstack([a, b])", 8_000_000, 8_000_000), ("r = np.hstack([a, b])", 8_000_000, 8_000_000),
        ("r = np.vstack([v, v])", 16_000, 16_000), ("r = np.hstack([v, v])", 16_000, 16_000),
        ("r = np.column_stack([v, v])", 16_000, 16_000), ("r = np.column_stack([a, b])", 8_000_000, 8_000_000),
        ("r = np.column_stack([v, a.T])", 4_008_000, 4_008_000),
        ("r = np.linspace(0, 1, 1000000)", 8_000_000, 8_000_000), ("r = np.linspace(0, 1, 1000000, endpoint=False)", 8_000_000, 8_000_000),
        ("r = np.linspace(0, 1, 1000000, dtype=np.float32)", 12_000_000, 4_000_000),
        ("r = np.linspace(0, 10, 1000000, dtype=np.int64)", 16_000_000, 8_000_000),
        ("r = np.expand_dims(a, 0)", 0, 0), ("r = np.squeeze(a[None])", 0, 0), ("r = a[None].squeeze()", 0, 0),
        ("r = np.broadcast_to(v, (500, 1000))", 0, 0),
        ("r = np.tile(v, 500)", 4_000_000, 4_000_000), ("r = np.tile(v, (500, 1))", 4_000_000, 4_000_000),
        ("r = np.tile(a, (2, 2))", 24_000_000, 16_000_000), ("r = np.tile(a, 1)", 4_000_000, 4_000_000),
        ("r = np.tile(a.T, 2)", 12_000_000, 8_000_000),
        ("r = np.repeat(v, 500)", 4_000_000, 4_000_000), ("r = np.repeat(a, 2, axis=0)", 8_000_000, 8_000_000),
        ("r = np.repeat(a, 2)", 8_000_000, 8_000_000), ("r = a.repeat(2, axis=1)", 8_000_000, 8_000_000),
        ("r = np.repeat(a, [2] * 500, axis=0)", 8_004_000, 8_000_000), ("r = np.repeat(a.T, 2, axis=0)", 12_000_000, 8_000_000),
    ])
    func memory(code: String, peak: Int, retained: Int) throws {
        let h = Harness()
        try h.run("""
        a = np.random.rand(500, 1000)
        b = np.random.rand(500, 1000)
        i = np.arange(500000, dtype=np.int32).reshape(500, 1000)
        v = np.random.rand(1000)
        o = np.empty((1000, 1000))
        """)
        let measured = try h.measure(code)
        #expect(measured.peak == peak)
        #expect(measured.retained == retained)
    }

    @Test("layouts: Fortran inputs join into a Fortran result; views share the buffer")
    func layouts() throws {
        let h = Harness()
        try h.run("""
        F = np.asfortranarray(np.ones((3, 4)))
        r = np.concatenate([F, F], axis=1)
        c = np.concatenate([F, np.ones((3, 4))])
        v = np.arange(3.0)
        e = np.expand_dims(v, 0)
        e[0, 1] = 7.0
        """)
        #expect(try h.array("r").isFContiguous && !h.array("r").isCContiguous)
        #expect(try h.array("c").isCContiguous)
        #expect(try h.repr("v") == "array([0., 7., 2.])")
    }
}
