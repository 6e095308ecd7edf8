import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Reductions and accumulations agree with NumPy 2.4.6 (the expected reprs are what NumPy
/// printed for the same code) and allocate exactly what NumPy allocates.
@Suite("Reductions: ufunc reduce/accumulate, sum & co")
struct ReductionTests {
    private func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
        np.random.seed(0)
        x = np.random.randn(100003)
        X = x[:100000].reshape(100, 1000)
        f = x.astype(np.float32)
        u = np.arange(1000).astype(np.uint8)
        """)
        return h
    }

    @Test("float sums are NumPy's pairwise sums, bit for bit")
    func pairwiseSums() throws {
        let h = try harness()
        #expect(try h.repr("np.add.reduce(x)") == "np.float64(158.34443167347683)")
        #expect(try h.repr("x.sum()") == "np.float64(158.34443167347683)")
        #expect(try h.repr("np.add.accumulate(x)[-1]") == "np.float64(158.34443167347538)")
        #expect(try h.repr("np.mean(x)") == "np.float64(0.0015833968148303234)")
        #expect(try h.repr("X.sum(axis=0)[7]") == "np.float64(1.414232891894187)")
        #expect(try h.repr("X.sum(axis=1)[3]") == "np.float64(-18.9425965970593)")
        #expect(try h.repr("X[:, ::2].sum()") == "np.float64(-56.49023555604046)")
        #expect(try h.repr("np.sum(X.T)") == "np.float64(157.67005081253387)")
        #expect(try h.repr("f.sum()") == "np.float32(158.34444)")
        #expect(try h.repr("f.sum(dtype=np.float64)") == "np.float64(158.34443160566707)")
        #expect(try h.repr("f.mean()") == "np.float32(0.0015833968)")
    }

    @Test("accumulator dtypes: small integers sum in int64, uint8 arithmetic wraps")
    func accumulatorDTypes() throws {
        let h = try harness()
        #expect(try h.repr("u.sum()") == "np.int64(124716)")
        #expect(try h.repr("(u + u)[200]") == "np.uint8(144)")
        #expect(try h.repr("np.cumsum(u)[-1]") == "np.int64(124716)")
        #expect(try h.repr("np.prod(np.arange(1, 21))") == "np.int64(2432902008176640000)")
        #expect(try h.repr("np.mean(u)") == "np.float64(124.716)")
        #expect(try h.repr("np.sum(np.ones(3, dtype=bool)).dtype") == "dtype('int64')")
        #expect(try h.repr("np.max(u).dtype") == "dtype('uint8')")
        #expect(try h.repr("np.add.reduce(np.ones(3, dtype=np.int32), dtype=np.int32).dtype") == "dtype('int32')")
    }

    @Test("maximum, minimum, subtract and axes, keepdims, out")
    func otherReductions() throws {
        let h = try harness()
        #expect(try h.repr("np.maximum.reduce(X, axis=1)[5]") == "np.float64(2.8417673446274234)")
        #expect(try h.repr("np.min(X)") == "np.float64(-4.852117653180117)")
        #expect(try h.repr("np.subtract.reduce(np.arange(10.0))") == "np.float64(-45.0)")
        #expect(try h.repr("np.sum(np.ones((2, 3, 4)), axis=(0, 2))") == "array([8., 8., 8.])")
        #expect(try h.repr("np.sum(np.ones((2, 3)), axis=1, keepdims=True).shape") == "(2, 1)")
        #expect(try h.repr("np.add.reduce(np.ones((2, 3)), axis=None)") == "np.float64(6.0)")
        #expect(try h.repr("np.cumprod(np.arange(1, 6))") == "array([  1,   2,   6,  24, 120])")
        #expect(try h.repr("np.add.accumulate(np.ones((2, 3)), axis=1)") == "array([[1., 2., 3.],\n       [1., 2., 3.]])")
        #expect(try h.repr("np.ones((2, 3)).cumsum()") == "array([1., 2., 3., 4., 5., 6.])")
        #expect(try h.repr("np.mean(np.arange(6.0).reshape(2, 3), axis=0)") == "array([1.5, 2.5, 3.5])")
        #expect(h.error("np.maximum.reduce(np.ones(0))") != nil)
        #expect(h.error("np.subtract.reduce(np.ones((2, 2)), axis=None)") != nil)
    }

    @Test("a reduction allocates its result only; accumulate the full result; out= nothing")
    func memory() throws {
        let h = try harness()
        try h.run("Y = np.ones((1000, 1000))\no = np.empty(1000)\nfull = np.empty((1000, 1000))\n")
        // To a scalar: one element, freed when the NumPy scalar is made.
        #expect(try h.measure("s = np.add.reduce(Y, axis=None)") == (8, 0))
        #expect(try h.measure("s = Y.sum()") == (8, 0))
        #expect(try h.measure("m = np.mean(u)") == (8, 0))
        // Along either axis, of a C or a transposed array: the result only, no full-size temporary.
        #expect(try h.measure("r0 = Y.sum(axis=0)") == (8000, 8000))
        #expect(try h.measure("r1 = np.add.reduce(Y.T, axis=0)") == (8000, 8000))
        #expect(try h.measure("r2 = Y.mean(axis=1)") == (8000, 8000))
        #expect(try h.measure("c = np.add.accumulate(Y)") == (8_000_000, 8_000_000))
        #expect(try h.measure("np.sum(Y, axis=0, out=o)") == (0, 0))
        #expect(try h.measure("np.add.accumulate(Y, axis=1, out=full)") == (0, 0))
        #expect(try h.measure("t = np.sum(Y, axis=0, out=o)") == (0, 0))
        #expect(try h.array("t").storage === h.array("o").storage)
    }
}
