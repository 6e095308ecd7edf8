import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Boolean masks, index assignment, `np.where`, `np.nonzero` and `np.count_nonzero` in
/// scenario code, with the values NumPy 2.4.6 prints (docs/research/scripts/numpy_masks_values.out)
/// and the bytes it allocates (docs/research/numpy-masks.md).
@Suite("Masks: boolean indexing, index assignment, where, nonzero")
struct MaskTests {
    static let setup = """
        a = np.arange(12.0).reshape((3, 4))
        m = np.array([[1, 0, 0, 1], [0, 1, 1, 0], [0, 0, 1, 1]], dtype=bool)
        a3 = np.arange(24.0).reshape((4, 3, 2))
        m3 = np.array([[1, 0, 1], [0, 0, 0], [1, 1, 0], [0, 1, 0]], dtype=bool)
        """

    @Test func maskReadsGiveNumpysValuesAndBuffers() throws {
        let h = Harness()
        try h.run(Self.setup)
        #expect(try h.repr("a[m]") == "array([ 0.,  3.,  5.,  6., 10., 11.])")
        #expect(try h.repr("np.asfortranarray(a)[m.T.copy().T]") == "array([ 0.,  3.,  5.,  6., 10., 11.])")
        let a3m3 = "array([[ 0.,  1.],\n       [ 4.,  5.],\n       [12., 13.],\n       [14., 15.],\n       [20., 21.]])"
        #expect(try h.repr("a3[m3]") == a3m3)
        #expect(try h.repr("a3[m3.T.copy().T]") == a3m3)
        #expect(try h.repr("a[:, [True, False, True, False]]") == "array([[ 0.,  2.],\n       [ 4.,  6.],\n       [ 8., 10.]])")
        #expect(try h.repr("a[[True, False, True]]") == "array([[ 0.,  1.,  2.,  3.],\n       [ 8.,  9., 10., 11.]])")
        #expect(try h.repr("a[m[:, 0], 1:]") == "array([[1., 2., 3.]])")
        #expect(try h.repr("a[a > 6.5]") == "array([ 7.,  8.,  9., 10., 11.])")
        // A mask of a's shape: the 6 selected float64 only. `a > 6.5` adds its 12-byte temporary.
        #expect(try h.measure("r = a[m]") == (48, 48))
        #expect(try h.measure("r2 = a[a > 6.5]") == (12 + 40, 40))
        // A mask of the leading dimensions: two int64 index arrays of the 5 true positions
        // (80 bytes) while the (5, 2) result (80 bytes) is made; a non-C-contiguous mask is
        // first copied (12 bytes, freed before the result).
        #expect(try h.measure("r3 = a3[m3]") == (160, 80))
        try h.run("mt = m3.T.copy().T")
        #expect(try h.measure("r4 = a3[mt]") == (160, 80))
    }

    @Test func maskAssignmentWritesInPlace() throws {
        let h = Harness()
        try h.run(Self.setup + "\nb = a.copy()\nv32 = np.arange(6, dtype=np.float32) * 10 + 0.5\nseven = np.array([7])\n")
        #expect(try h.measure("b[m] = -1.0") == (0, 0))
        #expect(try h.repr("b") == "array([[-1.,  1.,  2., -1.],\n       [ 4., -1., -1.,  7.],\n       [ 8.,  9., -1., -1.]])")
        #expect(try h.measure("b[m] = v32") == (0, 0))
        #expect(try h.repr("b") == "array([[ 0.5,  1. ,  2. , 10.5],\n       [ 4. , 20.5, 30.5,  7. ],\n       [ 8. ,  9. , 40.5, 50.5]])")
        #expect(try h.measure("b[m] = seven") == (0, 0))
        #expect(try h.repr("b") == "array([[7., 1., 2., 7.],\n       [4., 7., 7., 7.],\n       [8., 9., 7., 7.]])")
        try h.run("i = np.arange(5)\ni[np.array([True, False, True, False, True])] = 2.7")
        #expect(try h.repr("i") == "array([2, 1, 2, 3, 2])")
        // A value overlapping the target is read before it is overwritten, as NumPy does.
        try h.run("f = np.arange(5.0)\nf[np.array([False, True, True, True, False])] = f[0:3]")
        #expect(try h.repr("f") == "array([0., 0., 1., 2., 4.])")
        // A leading-dimension mask: its index arrays (5 · 8 bytes per dimension), freed.
        try h.run("c3 = a3.copy()")
        #expect(try h.measure("c3[m3] = [1.0, 2.0]") == (80 + 16, 0))
        #expect(try h.repr("c3[0]") == "array([[1., 2.],\n       [2., 3.],\n       [1., 2.]])")
        // a[m] += 100 reads a[m] (48 bytes), adds in place, writes it back.
        #expect(try h.measure("b[m] += 100") == (48, 0))
        #expect(try h.repr("b[0]") == "array([107.,   1.,   2., 107.])")
    }

    @Test func integerArrayAssignment() throws {
        let h = Harness()
        try h.run("""
            c = np.arange(10.0)
            d = np.zeros((3, 4))
            u = np.zeros(3, np.uint8)
            idx = np.array([1, 3, 1])
            row = np.arange(4.0)
            big = np.ones((1, 2, 4))
            wide = np.array([300, -1])
            i32 = np.array([-1, 0], dtype=np.int32)
            """)
        #expect(try h.measure("c[idx] = [5.0, 6.0, 7.0]") == (24, 0))   // the list becomes an array
        #expect(try h.repr("c") == "array([0., 7., 2., 6., 4., 5., 6., 7., 8., 9.])")
        #expect(try h.measure("c[i32] = 9") == (0, 0))
        #expect(try h.repr("c[[0, 9]]") == "array([9., 9.])")
        #expect(try h.measure("d[[0, 2]] = row") == (16, 0))
        #expect(try h.repr("d") == "array([[0., 1., 2., 3.],\n       [0., 0., 0., 0.],\n       [0., 1., 2., 3.]])")
        try h.run("d = np.zeros((3, 4))\nd[:, [1, 3]] = [[1, 2], [3, 4], [5, 6]]")
        #expect(try h.repr("d") == "array([[0., 1., 0., 2.],\n       [0., 3., 0., 4.],\n       [0., 5., 0., 6.]])")
        try h.run("d = np.zeros((3, 4))\nd[[0, 1], [1, 2]] = 8")
        #expect(try h.repr("d[:2]") == "array([[0., 8., 0., 0.],\n       [0., 0., 8., 0.]])")
        try h.run("d = np.zeros((3, 4))\nd[[0, 2]] = big")
        #expect(try h.repr("d[2]") == "array([1., 1., 1., 1.])")
        try h.run("u[[0, 1]] = wide")
        #expect(try h.repr("u") == "array([ 44, 255,   0], dtype=uint8)")
        // A value inside the target's memory is copied first (24 bytes), as NumPy does.
        try h.run("e = np.arange(10.0)\nk = np.array([1, 2, 3])")
        #expect(try h.measure("e[k] = e[0:3]") == (24, 0))
        #expect(try h.repr("e[:5]") == "array([0., 0., 1., 2., 4.])")
        // Integer-array `+=`: the gathered copy (24 bytes), each repeated index incremented once.
        try h.run("g = np.arange(12.0).reshape((3, 4))")
        #expect(try h.measure("g[[0, 0, 2]] += 1") == (24 + 96, 0))
        #expect(try h.repr("g[0]") == "array([1., 2., 3., 4.])")
        // Slices with a step were already in place assignments.
        #expect(try h.measure("c[1:7:2] = row[:3]") == (0, 0))
    }

    @Test func whereNonzeroAndCountNonzero() throws {
        let h = Harness()
        try h.run(Self.setup + """

            u = np.array([1, 2], np.uint8)
            c = np.array([True, False])
            f32 = np.array([1.5, 2.5], np.float32)
            """)
        #expect(try h.repr("np.where(c, u, 300)") == "array([ 1, 44], dtype=uint8)")
        #expect(try h.repr("np.where(c, f32, 0.5)") == "array([1.5, 0.5], dtype=float32)")
        #expect(try h.repr("np.where(c, u, 2.5)") == "array([1. , 2.5])")
        #expect(try h.repr("np.where(c, 1, 0)") == "array([1, 0])")
        #expect(try h.repr("np.where(np.array([0.0, np.nan]), u, np.array([7, 8], np.int32))") == "array([7, 2], dtype=int32)")
        #expect(try h.repr("np.where(c, 1, [[2], [3]])") == "array([[1, 2],\n       [1, 3]])")
        #expect(try h.repr("np.where(a > 4, a, -a)") == "array([[-0., -1., -2., -3.],\n       [-4.,  5.,  6.,  7.],\n       [ 8.,  9., 10., 11.]])")
        #expect(try h.repr("np.where(True, u, 5)") == "array([1, 2], dtype=uint8)")
        #expect(try h.repr("np.nonzero(np.array([[0, 1, 0], [2, 0, 3]]))") == "(array([0, 1, 1]), array([1, 0, 2]))")
        #expect(try h.repr("np.nonzero(np.array([[0, 1, 0], [2, 0, 3]]))[1].strides") == "(16,)")
        #expect(try h.repr("np.where(np.array([0.0, -0.0, np.nan, 2.0]))") == "(array([2, 3]),)")
        #expect(try h.repr("np.count_nonzero(np.array([0.0, -0.0, np.nan, 2.0]))") == "np.int64(2)")
        #expect(try h.repr("np.count_nonzero(a > 4, axis=0)") == "array([1, 2, 2, 2])")
        #expect(try h.repr("np.count_nonzero(a, axis=1, keepdims=True)") == "array([[3],\n       [4],\n       [4]])")
        #expect(try h.repr("np.count_nonzero(a, axis=(0, 1))") == "np.int64(11)")
        #expect(try h.repr("(a > 4).nonzero()") == "(array([1, 1, 1, 2, 2, 2, 2]), array([1, 2, 3, 0, 1, 2, 3]))")
        // Buffers: where's result (96); nonzero's (count, ndim) block (7 · 2 · 8), after the
        // 12-byte comparison; count_nonzero: nothing, or a bool copy (12) and the int64 result.
        try h.run("g = a > 4")
        #expect(try h.measure("r = np.where(m, a, 0.0)") == (96, 96))
        #expect(try h.measure("r = g.nonzero()") == (112, 112 - 96))
        #expect(try h.measure("n = np.count_nonzero(a)") == (0, 0))
        #expect(try h.measure("r = np.count_nonzero(a, axis=1)") == (12 + 24, 24 - 112))
        #expect(try h.measure("r = np.count_nonzero(g, axis=0)") == (32, 32 - 24))
    }

    @Test func errorsAreNumpys() throws {
        let h = Harness()
        try h.run(Self.setup + "\nv = np.arange(5.0)\nu = np.zeros(5, np.uint8)\n")
        let cases: [(String, String)] = [
            ("x = v[np.array([True, False])]",
             "IndexError: boolean index did not match indexed array along axis 0; size of axis is 5 but size of corresponding boolean axis is 2"),
            ("x = a[np.ones((3, 5), bool)]",
             "IndexError: boolean index did not match indexed array along axis 1; size of axis is 4 but size of corresponding boolean axis is 5"),
            ("x = a[:, np.array([True, False, True])]",
             "IndexError: boolean index did not match indexed array along axis 1; size of axis is 4 but size of corresponding boolean axis is 3"),
            ("x = v[np.ones((5, 1), bool)]", "IndexError: too many indices for array: array is 1-dimensional, but 2 were indexed"),
            ("a[m] = [1.0, 2.0]",
             "ValueError: NumPy boolean array indexing assignment cannot assign 2 input values to the 6 output values where the mask is true"),
            ("a[m] = np.ones((6, 1))",
             "TypeError: NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has 2 dimensions"),
            ("v[np.array([1, 7])] = 0", "IndexError: index 7 is out of bounds for axis 0 with size 5"),
            ("v[np.array([1, -7])] = 0", "IndexError: index -7 is out of bounds for axis 0 with size 5"),
            ("v[[1, 2, 3]] = [1.0, 2.0]", "ValueError: shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (3,)"),
            ("a[np.array([0, 2])] = np.ones(3)",
             "ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,4)"),
            ("u[v > 2] = 300", "OverflowError: Python integer 300 out of bounds for uint8"),
            ("u[[0, 1]] = -1", "OverflowError: Python integer -1 out of bounds for uint8"),
            ("x = np.where(v > 1, 1)", "ValueError: either both or neither of x and y should be given"),
            ("x = np.where(np.ones(3) > 0, np.ones(2), 0)", "ValueError: operands could not be broadcast together with shapes (3,) (2,) ()"),
            ("x = np.nonzero(np.float64(1))", "ValueError: Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead."),
            ("x = np.count_nonzero(v, axis=2)", "AxisError: axis 2 is out of bounds for array of dimension 1"),
        ]
        for (code, message) in cases {
            #expect(h.error(code)?.message == message, "\(code)")
        }
        #expect(h.error("v[np.array(True)] = 0")?.kind == .unsupported)
    }
}
