import Foundation
import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Array operations through the interpreter: shapes, dtypes, values, layouts.
@Suite("Arrays through the interpreter")
struct ArrayTests {
    static let table: [(String, String)] = [
        // Attributes.
        ("np.arange(6).reshape(2, 3).shape", "(2, 3)"), ("np.arange(6).reshape((2, 3)).T.shape", "(3, 2)"),
        ("np.arange(6).reshape(2, 3).strides", "(24, 8)"), ("np.arange(6).reshape(2, 3).T.strides", "(8, 24)"),
        ("np.arange(6).dtype", "dtype('int64')"), ("np.ones((2, 3)).ndim", "2"), ("np.ones((2, 3)).size", "6"),
        ("np.ones((2, 3)).nbytes", "48"), ("np.ones(3, dtype=np.float32).itemsize", "4"),
        ("np.zeros((2, 3), order='F').flags.f_contiguous", "True"), ("np.zeros((2, 3), order='F').flags['C_CONTIGUOUS']", "False"),
        ("np.zeros((2, 3)).flags.c_contiguous", "True"), ("np.ones(2).dtype == np.float64", "True"),
        ("np.dtype('float32') == np.float32", "True"), ("np.ones(2).dtype.name", "'float64'"), ("np.ones(2).dtype == float", "True"),
        ("len(np.zeros((4, 2)))", "4"), ("np.shape([[1, 2, 3]])", "(1, 3)"), ("np.size(np.zeros((2, 3)), 1)", "3"),
        ("np.ndim(np.zeros((2, 3, 4)))", "3"),
        // Dtypes of operations (NumPy 2: Python numbers are weak, NumPy scalars strong).
        ("(np.ones(2, dtype=np.float32) * 2.0).dtype", "dtype('float32')"),
        ("(np.ones(2, dtype=np.int32) + 1).dtype", "dtype('int32')"),
        ("(np.ones(2, dtype=np.int32) + np.int64(1)).dtype", "dtype('int64')"),
        ("(np.ones(2, dtype=np.int32) + 1.5).dtype", "dtype('float64')"),
        ("(np.arange(3) / 2).dtype", "dtype('float64')"),
        ("np.float64(2) * np.float32(3)", "np.float64(6.0)"), ("np.float32(2) * 3", "np.float32(6.0)"),
        ("np.int32(7) + 1", "np.int32(8)"), ("np.uint8(255) + 1", "np.uint8(0)"), ("np.int64('3')", "np.int64(3)"), ("np.float32('0.5')", "np.float32(0.5)"), ("np.bool_('False')", "np.True_"), ("np.bool_('')", "np.False_"), ("np.uint8(3)", "np.uint8(3)"),
        // Values.
        ("np.arange(3) / 2", "array([0. , 0.5, 1. ])"), ("np.arange(3) == 1", "array([False,  True, False])"),
        ("(np.ones((3, 1)) + np.arange(4)).shape", "(3, 4)"), ("-np.arange(3)", "array([ 0, -1, -2])"),
        ("2 ** np.arange(4)", "array([1, 2, 4, 8])"), ("np.arange(4) ** 2", "array([0, 1, 4, 9])"),
        ("[1, 2] + np.arange(2)", "array([1, 3])"), ("np.arange(3) * [2, 2, 2]", "array([0, 2, 4])"),
        ("np.maximum(np.arange(4), 2)", "array([2, 2, 2, 3])"), ("np.minimum(np.arange(4), 2.5)", "array([0. , 1. , 2. , 2.5])"),
        ("np.negative(np.arange(3))", "array([ 0, -1, -2])"), ("np.less(np.arange(3), 1)", "array([ True, False, False])"),
        ("np.true_divide(1, 4)", "np.float64(0.25)"), ("np.add(1, 2)", "np.int64(3)"),
        ("np.allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])", "True"), ("np.allclose(np.ones(2), 1.1)", "False"),
        ("np.array_equal(np.arange(3), [0, 1, 2])", "True"), ("np.array_equal(np.arange(3), np.arange(4))", "False"),
        ("2 in np.arange(3)", "True"), ("np.arange(6).reshape(2, 3)[1]", "array([3, 4, 5])"),
        ("np.arange(6).reshape(2, 3)[:, 1]", "array([1, 4])"), ("np.arange(6).reshape(2, 3)[1, -1]", "np.int64(5)"),
        ("np.arange(6).reshape(2, 3)[None, :, 1].shape", "(1, 2)"), ("np.arange(24).reshape(2, 3, 4)[..., 0].shape", "(2, 3)"),
        ("np.arange(10)[::-3]", "array([9, 6, 3, 0])"), ("np.arange(6).reshape(2, 3)[(0, 2)]", "np.int64(2)"),
        ("np.array(5.0)[()]", "np.float64(5.0)"), ("np.array(5.0)[...].shape", "()"),
        // Creation.
        ("np.array([[1, 2], [3, 4.5]]).dtype", "dtype('float64')"), ("np.array([True, False]).dtype", "dtype('bool')"),
        ("np.array([1, True])", "array([1, 1])"), ("np.array([])", "array([], dtype=float64)"),
        ("np.array([np.float32(1), np.float32(2)]).dtype", "dtype('float32')"), ("np.array([1, 2], dtype=np.uint8)", "array([1, 2], dtype=uint8)"),
        ("np.array([[1, 2]], ndmin=3).shape", "(1, 1, 2)"), ("np.array(range(3))", "array([0, 1, 2])"),
        ("np.array([np.arange(2), np.arange(2)])", "array([[0, 1],\n       [0, 1]])"),
        ("np.eye(3, k=1)", "array([[0., 1., 0.],\n       [0., 0., 1.],\n       [0., 0., 0.]])"),
        ("np.identity(2, dtype=int)", "array([[1, 0],\n       [0, 1]])"), ("np.full((2, 2), 7).dtype", "dtype('int64')"),
        ("np.full((2,), 7.0, dtype=np.float32)", "array([7., 7.], dtype=float32)"), ("np.full((2, 2), np.arange(2))[1]", "array([0, 1])"),
        ("np.arange(1, 2, 0.25)", "array([1.  , 1.25, 1.5 , 1.75])"), ("np.arange(5, dtype=np.float32).dtype", "dtype('float32')"),
        ("np.ones((2, 2), dtype='int32')", "array([[1, 1],\n       [1, 1]], dtype=int32)"),
        ("np.empty((2, 3)).shape", "(2, 3)"), ("np.zeros_like(np.ones((2, 3), order='F')).flags.f_contiguous", "True"),
        ("np.ones_like(np.arange(3))", "array([1, 1, 1])"), ("np.full_like(np.arange(3), 5)", "array([5, 5, 5])"),
        ("np.empty_like(np.ones(3, dtype=np.float32)).dtype", "dtype('float32')"),
        ("np.asarray([1, 2]).dtype", "dtype('int64')"), ("np.ascontiguousarray(np.ones((2, 3)).T).flags.c_contiguous", "True"),
        ("np.asfortranarray(np.ones((2, 3))).flags.f_contiguous", "True"), ("np.copy(np.ones((2, 3)).T).flags.f_contiguous", "True"),
        ("np.float32(np.arange(2))", "array([0., 1.], dtype=float32)"), ("np.ndarray((2,)).shape", "(2,)"),
        // Methods and shape functions.
        ("np.arange(6).reshape(-1, 2).shape", "(3, 2)"), ("np.arange(6).reshape((3, 2), order='F')[0]", "array([0, 3])"),
        ("np.arange(6).reshape(2, 3).transpose(1, 0).shape", "(3, 2)"), ("np.arange(6).reshape(2, 3).transpose((1, 0)).shape", "(3, 2)"),
        ("np.ones((2, 3, 4)).swapaxes(0, 2).shape", "(4, 3, 2)"), ("np.swapaxes(np.ones((2, 3)), 0, 1).shape", "(3, 2)"),
        ("np.transpose(np.ones((2, 3, 4)), (1, 0, 2)).shape", "(3, 2, 4)"), ("np.reshape(np.arange(4), (2, 2))[1]", "array([2, 3])"),
        ("np.arange(6).reshape(2, 3).ravel()", "array([0, 1, 2, 3, 4, 5])"), ("np.ravel(np.arange(6).reshape(2, 3), order='F')", "array([0, 3, 1, 4, 2, 5])"),
        ("np.arange(4).reshape(2, 2).flatten()", "array([0, 1, 2, 3])"), ("np.ones((2, 2)).copy(order='F').flags.f_contiguous", "True"),
        ("np.ones(2).astype(int)", "array([1, 1])"), ("np.arange(3).astype('float32')", "array([0., 1., 2.], dtype=float32)"),
        ("np.arange(4).reshape(2, 2).tolist()", "[[0, 1], [2, 3]]"), ("np.array([2.5]).item()", "2.5"),
        ("np.arange(6).reshape(2, 3).item(1, 2)", "5"), ("np.arange(6).reshape(2, 3).item(4)", "4"),
        ("np.arange(6).reshape(2, 3).T.item(-1)", "5"), ("np.arange(6).reshape(2, 3).T.item(1)", "3"), ("np.array(7).item(0)", "7"), ("int(np.int64(5))", "5"), ("float(np.float32(0.5))", "0.5"),
        ("[x for x in np.arange(3)]", "[np.int64(0), np.int64(1), np.int64(2)]"), ("[r.shape for r in np.ones((2, 3))]", "[(3,), (3,)]"),
        ("max(np.arange(4))", "np.int64(3)"), ("range(np.int64(3))", "range(0, 3)"), ("[1, 2][np.int64(1)]", "2"),
    ]

    @Test(arguments: table)
    func arrayResult(_ expression: String, _ expected: String) throws {
        #expect(try Harness().repr(expression) == expected)
    }

    @Test func assignmentIntoViews() throws {
        let h = Harness()
        try h.run("""
            x = np.zeros(4)
            x[1:3] = [5, 6]
            y = np.zeros((2, 3))
            y[:] = np.arange(3)
            y[1, 0] = 9
            y[:, 2] = -1.5
            z = np.zeros((2, 2), dtype=np.int32)
            z[0] = 2.9
            z.fill(4)
            z[1, 1] = 7
            w = np.ones(3)
            w[...] = np.float32(0.5)
            """)
        #expect(try h.repr("x") == "array([0., 5., 6., 0.])")
        #expect(try h.repr("y") == "array([[ 0. ,  1. , -1.5],\n       [ 9. ,  1. , -1.5]])")
        #expect(try h.repr("z") == "array([[4, 4],\n       [4, 7]], dtype=int32)")
        #expect(try h.repr("w") == "array([0.5, 0.5, 0.5])")
    }

    @Test func outArgumentReturnsOutItself() throws {
        let h = Harness()
        try h.run("""
            a = np.arange(4.0)
            out = np.empty(4)
            r = np.add(a, 1, out=out)
            np.multiply(r, 2, out)
            np.negative(a, out=(a,))
            """)
        #expect(try h.repr("out") == "array([2., 4., 6., 8.])")
        #expect(try h.repr("r") == "array([2., 4., 6., 8.])")
        #expect(try h.repr("a") == "array([-0., -1., -2., -3.])")
        #expect(try h.array("r").storage === h.array("out").storage)
    }

    @Test func randomMatchesNumPysLegacyGenerator() throws {
        let h = Harness()
        try h.run("""
            np.random.seed(42)
            x = np.random.randn()
            np.random.seed(0)
            y = np.random.rand()
            np.random.seed(0)
            z = np.random.rand(2, 3)
            n = np.random.normal(size=(4,))
            u = np.random.uniform(-1, 1, 5)
            k = np.random.randint(10, size=3)
            j = np.random.randint(5, 10)
            s = np.random.random_sample((2,))
            t = np.random.random()
            """)
        #expect(try h.repr("x") == "0.4967141530112327")
        #expect(try h.repr("y") == "0.5488135039273248")
        #expect(try h.repr("z[0, 0]") == "np.float64(0.5488135039273248)")
        #expect(try h.repr("(z.shape, n.shape, u.shape, k.dtype, s.shape)") == "((2, 3), (4,), (5,), dtype('int64'), (2,))")
        #expect(try h.repr("isinstance(j, int) and 5 <= j < 10") == "True")
        #expect(try h.repr("isinstance(t, float)") == "True")
    }

    @Test func saveAndLoadRoundTrip() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-interp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let h = Harness()
        try h.run("""
            a = np.arange(6, dtype=np.float32).reshape(2, 3).T
            np.save('\(directory.path)/a', a)
            b = np.load('\(directory.path)/a.npy')
            """)
        #expect(try h.repr("b") == "array([[0., 3.],\n       [1., 4.],\n       [2., 5.]], dtype=float32)")
        #expect(try h.repr("b.flags.f_contiguous") == "True")
    }
}
