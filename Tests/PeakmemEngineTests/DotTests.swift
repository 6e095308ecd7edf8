import Testing
@testable import PeakmemEngine

@Suite("Matrix products: np.dot on 2-D operands")
struct DotTests {
    @Test("np.dot(X, X.T) of a 1000×p C array allocates exactly 8 000 000 bytes under numpy-2, plus nbytes(X) under numpy-1.7")
    func xxt() throws {
        let x = try RandomState(seed: 0).randn([1000, 300])
        var s2: NDArray?, s17: NDArray?
        let numpy2 = try ledgerFigures { s2 = try NDArray.dot(x, x.T) }
        #expect(numpy2.allocatedTotal == 8_000_000)
        #expect(numpy2.peak == 8_000_000)
        let numpy17 = try ledgerFigures { s17 = try NDArray.dot(x, x.T, semantics: .numpy17) }
        #expect(numpy17.allocatedTotal == 8_000_000 + x.nbytes)
        #expect(numpy17.peak == 8_000_000 + x.nbytes)
        #expect(numpy17.live == 8_000_000)
        // syrk's mirrored result equals gemm's.
        #expect(try NDArray.allclose(s2!, s17!, rtol: 1e-12, atol: 1e-12))
        #expect(try s2!.element([3, 700], as: Double.self) == s2!.element([700, 3], as: Double.self))
    }

    @Test("numpy-2 hands C and F operands to BLAS without copies; numpy-1.7 copies each non-C operand")
    func layouts() throws {
        let random = RandomState(seed: 1)
        let x = try random.randn([40, 500]), y = try random.randn([500, 10])
        let xf = try x.asfortranarray(), yf = try y.asfortranarray()
        let reference = try NDArray.dot(x, y)
        let resultBytes = 40 * 10 * 8
        for (a, b) in [(x, y), (xf, y), (x, yf), (xf, yf)] {
            var r: NDArray?
            #expect(try allocatedBytes { r = try NDArray.dot(a, b) } == resultBytes)
            #expect(try NDArray.allclose(r!, reference))
        }
        #expect(try allocatedBytes { _ = try NDArray.dot(xf, y, semantics: .numpy17) } == resultBytes + x.nbytes)
        #expect(try allocatedBytes { _ = try NDArray.dot(x, yf, semantics: .numpy17) } == resultBytes + y.nbytes)
        #expect(try allocatedBytes { _ = try NDArray.dot(xf, yf, semantics: .numpy17) } == resultBytes + x.nbytes + y.nbytes)
        // A strided operand (every other column) is copied under numpy-2 too.
        let strided = try x.view(at: [.all, .slice(start: nil, stop: nil, step: 2)])
        let half = try y.view(at: [.slice(start: nil, stop: 250, step: nil)])
        #expect(try allocatedBytes { _ = try NDArray.dot(strided, half) } == resultBytes + strided.nbytes)
    }

    @Test("integer products without BLAS, with NumPy's result dtypes")
    func integers() throws {
        let a = try NDArray.arange(.int(6), dtype: .int32).reshape([2, 3])
        let b = try NDArray.arange(.int(6), dtype: .int32).reshape([3, 2])
        let c = try NDArray.dot(a, b)
        #expect(c.dtype == .int32)
        #expect(c.elements(as: Int64.self) == [10, 13, 28, 40])
        let mixed = try NDArray.dot(a, b.astype(.float32))
        #expect(mixed.dtype == .float64)
        #expect(mixed.elements(as: Double.self) == [10, 13, 28, 40])
        #expect(throws: EngineError.invalidArgument("shapes (2, 3) and (2, 3) not aligned: 3 (dim 1) != 2 (dim 0)")) {
            try NDArray.dot(a, a)
        }
    }

    @Test("vectors: matrix·vector gives a vector, vector·vector a 0-d array; vectors are never copied")
    func vectors() throws {
        let a = try sequence([3, 4]), v = try sequence([4])
        var y: NDArray?
        #expect(try allocatedBytes { y = try NDArray.dot(a, v) } == 24)
        #expect(y?.shape == [3] && y?.elements(as: Double.self) == [14, 38, 62])
        let reversed = try v.view(at: [.slice(start: nil, stop: nil, step: -1)])
        #expect(try NDArray.dot(v, reversed).shape == [])
        #expect(try NDArray.dot(v, reversed).element([], as: Double.self) == 4)
        #expect(try NDArray.dot(v, a.T).elements(as: Double.self) == [14, 38, 62])
        #expect(throws: EngineError.invalidArgument("shapes (4,) and (3,) not aligned: 4 (dim 0) != 3 (dim 0)")) {
            try NDArray.dot(v, sequence([3]))
        }
    }
}
