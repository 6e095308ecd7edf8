import Testing
@testable import PeakmemEngine

/// np.dot beyond two dimensions, `out=` for np.dot and np.matmul, and np.dot's stride rules,
/// with the figures of docs/research/numpy-products.md §1 (NumPy 2.4.6).
@Suite("Matrix products: N-d dot, out= and dot's stride copies")
struct DotOutTests {
    @Test("N-d dot sums a's last axis against b's second-to-last, allocating only the result")
    func general() throws {
        let x = try sequence([2, 3, 4]), y = try sequence([2, 4, 5])
        var r: NDArray?
        #expect(try allocatedBytes { r = try NDArray.dot(x, y) } == 2 * 3 * 2 * 5 * 8)
        #expect(r!.shape == [2, 3, 2, 5] && r!.isCContiguous)
        #expect(try r!.element([1, 2, 0, 3], as: Double.self) == 928)
        // Strided and transposed operands are read in place (no copy), as NumPy's generic loop does.
        let yt = try y.swapaxes(0, 2).swapaxes(0, 2)
        let strided = try sequence([2, 3, 8]).view(at: [.all, .all, .slice(start: nil, stop: nil, step: 2)])
        #expect(try allocatedBytes { r = try NDArray.dot(strided, yt) } == 2 * 3 * 2 * 5 * 8)
        let vector = try sequence([4])
        #expect(try NDArray.dot(x, vector).shape == [2, 3])
        #expect(try NDArray.dot(vector, y).shape == [2, 5])
        #expect(try NDArray.dot(sequence([3, 4]), y).elements(as: Double.self) == NDArray.matmul(sequence([3, 4]), y).swapaxes(0, 1).copy().elements(as: Double.self))
        #expect(throws: EngineError.invalidArgument("shapes (2, 3, 4) and (5, 6) not aligned: 4 (dim 2) != 5 (dim 0)")) {
            try NDArray.dot(x, sequence([5, 6]))
        }
        #expect(throws: EngineError.invalidArgument("shapes (4,) and (2, 5, 6) not aligned: 4 (dim 0) != 5 (dim 1)")) {
            try NDArray.dot(vector, sequence([2, 5, 6]))
        }
    }

    @Test("dot(out=) allocates nothing and returns out; out must be C-contiguous of the exact dtype and shape")
    func dotOut() throws {
        let random = RandomState(seed: 2)
        let x = try random.randn([20, 30]), y = try random.randn([30, 10])
        let o = try NDArray.zeros([20, 10])
        var r: NDArray?
        #expect(try allocatedBytes { r = try NDArray.dot(x, y, out: o) } == 0)
        #expect(try r!.storage === o.storage && NDArray.allclose(o, NDArray.matmul(x, y)))
        let o3 = try NDArray.zeros([2, 20, 10])
        #expect(try allocatedBytes { _ = try NDArray.dot(NDArray.ones([2, 20, 30]), y, out: o3) } == 2 * 20 * 30 * 8)
        let notAcceptable = EngineError.badOutput("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)")
        #expect(throws: notAcceptable) { try NDArray.dot(x, y, out: o.asfortranarray()) }
        #expect(throws: notAcceptable) { try NDArray.dot(x, y, out: NDArray.zeros([20, 10], dtype: .float32)) }
        #expect(throws: notAcceptable) { try NDArray.dot(x, y, out: NDArray.zeros([20, 20]).view(at: [.all, .slice(start: nil, stop: nil, step: 2)])) }
        #expect(throws: EngineError.badOutput("output array has wrong dimensions")) { try NDArray.dot(x, y, out: NDArray.zeros([20, 11])) }
        // An out sharing a buffer with an operand: a temporary of the result's size, copied back.
        let square = try random.randn([10, 10])
        let expected = try NDArray.matmul(square, square)
        #expect(try allocatedBytes { _ = try NDArray.dot(square, square, out: square) } == 800)
        #expect(try NDArray.allclose(square, expected))
    }

    @Test("bad strides are copied before the output, contiguity copies after; vectors are never copied")
    func strides() throws {
        let random = RandomState(seed: 4)
        let x = try random.randn([40, 60]), y = try random.randn([60, 5])
        let reversed = try x.view(at: [.slice(start: nil, stop: nil, step: -1)])
        var r: NDArray?
        #expect(try allocatedBytes { r = try NDArray.dot(reversed, y) } == x.nbytes + 40 * 5 * 8)
        #expect(try NDArray.allclose(r!, NDArray.matmul(reversed, y)))
        let v = try random.randn([120])
        let strided = try v.view(at: [.slice(start: nil, stop: nil, step: 2)])
        #expect(try allocatedBytes { r = try NDArray.dot(x, strided) } == 40 * 8)
        #expect(try NDArray.allclose(r!, NDArray.matmul(x, strided)))
        let half = try x.view(at: [.all, .slice(start: nil, stop: 30, step: nil)])
        #expect(try allocatedBytes { r = try NDArray.dot(half, strided.view(at: [.slice(start: nil, stop: 30, step: nil)])) } == 40 * 8 + half.nbytes)
        // vector · matrix and a (1, k) row · matrix (gemv on the transpose), C and F matrices.
        let row = try random.randn([40])
        for matrix in [x, try x.asfortranarray()] {
            #expect(try NDArray.allclose(NDArray.dot(row, matrix), NDArray.matmul(row, matrix)))
            #expect(try NDArray.allclose(NDArray.dot(row.reshape([1, 40]), matrix), NDArray.matmul(row.reshape([1, 40]), matrix)))
            #expect(try NDArray.allclose(NDArray.dot(matrix.T, row), NDArray.matmul(matrix.T, row)))
        }
        // np.dot(float32 X, 2.0): X is converted to float64 (NumPy's legacy promotion) before the product.
        let x32 = try x.astype(.float32), two = try NDArray.full([], .float(2))
        #expect(try allocatedBytes { r = try NDArray.dot(x32, two) } == 2 * x.nbytes)
        #expect(r!.dtype == .float64)
    }

    @Test("matmul(out=) allocates nothing for a fitting out; other dtypes go through a temporary; NumPy's errors")
    func matmulOut() throws {
        let random = RandomState(seed: 8)
        let x = try random.randn([20, 30]), y = try random.randn([30, 10])
        let o = try NDArray.zeros([20, 10])
        var r: NDArray?
        #expect(try allocatedBytes { r = try NDArray.matmul(x, y, out: o) } == 0)
        #expect(try r!.storage === o.storage && NDArray.allclose(o, NDArray.matmul(x, y)))
        let o32 = try NDArray.zeros([20, 10], dtype: .float32)
        #expect(try allocatedBytes { _ = try NDArray.matmul(x, y, out: o32) } == 1600)
        #expect(try NDArray.allclose(o32, o, rtol: 1e-5, atol: 1e-5))
        #expect(throws: EngineError.badOutput("matmul: Output operand 0 has a mismatch in its core dimension 1, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 11 is different from 10)")) {
            try NDArray.matmul(x, y, out: NDArray.zeros([20, 11]))
        }
        #expect(throws: EngineError.castingRefused("Cannot cast ufunc 'matmul' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'")) {
            try NDArray.matmul(x, y, out: NDArray.zeros([20, 10], dtype: .int64))
        }
    }
}
