import Testing
@testable import PeakmemEngine

@Suite("Matrix products: np.matmul / @")
struct MatmulTests {
    @Test("X @ X.T allocates exactly the result; values equal np.dot's")
    func xxt() throws {
        let x = try RandomState(seed: 3).randn([200, 300])
        var s: NDArray?
        #expect(try allocatedBytes { s = try NDArray.matmul(x, x.T) } == 200 * 200 * 8)
        #expect(try NDArray.allclose(s!, NDArray.dot(x, x.T), rtol: 1e-12, atol: 1e-12))
    }

    @Test("batches broadcast without copies; 1-D operands drop their dimension")
    func batches() throws {
        let a = try sequence([4, 5, 6]), b = try sequence([6, 7])
        var c: NDArray?
        #expect(try allocatedBytes { c = try NDArray.matmul(a, b) } == 4 * 5 * 7 * 8)
        #expect(c?.shape == [4, 5, 7])
        for i in 0..<4 {
            #expect(try NDArray.allclose(c![i], NDArray.dot(a[i], b)))
        }
        let swapped = try NDArray.matmul(b.T, a.swapaxes(1, 2))   // (7,6) @ (4,6,5) -> (4,7,5)
        #expect(swapped.shape == [4, 7, 5])
        #expect(try NDArray.allclose(swapped[2], NDArray.dot(b.T, a[2].T)))
        let v = try sequence([6])
        #expect(try NDArray.matmul(a, v).shape == [4, 5])
        #expect(try NDArray.matmul(v, b).shape == [7])
        #expect(try NDArray.matmul(v, v).shape == [])
        #expect(throws: EngineError.invalidArgument("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 5 is different from 6)")) {
            try NDArray.matmul(a, sequence([5, 2]))
        }
    }

    @Test("a strided operand is gathered into one scratch buffer, freed at the end (NumPy ≥ 2.3)")
    func scratch() throws {
        let random = RandomState(seed: 4)
        let x = try random.randn([40, 100]), y = try random.randn([100, 30])
        let everyOther = try x.view(at: [.all, .slice(start: nil, stop: nil, step: 2)])     // 40×50, inner stride 2 items
        let rows = try y.view(at: [.slice(start: nil, stop: nil, step: 2)])                  // 50×30, BLAS-readable
        var c: NDArray?
        let figures = try ledgerFigures { c = try NDArray.matmul(everyOther, rows) }
        #expect(figures.allocatedTotal == 40 * 30 * 8 + 40 * 50 * 8)
        #expect(figures.live == 40 * 30 * 8)
        #expect(figures.allocations == 2)
        let expected = try NDArray.dot(everyOther.copy(), rows.copy())
        #expect(try NDArray.allclose(c!, expected))
        // A BLAS-readable view (a column block) is read in place.
        let block = try x.view(at: [.all, .slice(start: nil, stop: 30, step: nil)])
        #expect(try allocatedBytes { _ = try NDArray.matmul(block, y.view(at: [.slice(start: nil, stop: 30, step: nil)])) } == 40 * 30 * 8)
    }

    @Test("vector operands (gemv, or the loop when the vector or matrix is not BLAS-readable) allocate only the result")
    func vectorOperands() throws {
        // Integer-valued floats: every product is exact, so the int64 loop is the reference.
        let a = try sequence([3, 5, 6]), v = try sequence([6]), w = try sequence([5])
        let exact = { (x: NDArray, y: NDArray) throws -> NDArray in
            try NDArray.matmul(x.astype(.int64), y.astype(.int64)).astype(.float64)
        }
        let strided = try sequence([12]).view(at: [.slice(start: nil, stop: nil, step: 2)])   // step 2 items
        let reversed = try v.view(at: [.slice(start: nil, stop: nil, step: -1)])               // negative step: loop
        let columns = try sequence([6, 10]).view(at: [.all, .slice(start: nil, stop: nil, step: 2)]).T  // 5×6, no BLAS layout
        let cases: [(NDArray, NDArray, Int)] = try [
            (a, v, 3 * 5), (a[1], v, 5), (a[1].T, w, 6), (w, a, 3 * 6), (w, a[2], 6), (v, a[0].T, 5),
            (a, strided, 3 * 5), (strided, a[0].T, 5), (a, reversed, 3 * 5), (columns, v, 5), (w, columns, 6),
            (a.astype(.float32), v.astype(.float32), 3 * 5), (w.astype(.float32), a[1].astype(.float32), 6),
        ]
        for (x, y, count) in cases {
            var c: NDArray?
            #expect(try allocatedBytes { c = try NDArray.matmul(x, y) } == count * c!.itemSize)
            #expect(try NDArray.allclose(c!, exact(x, y), rtol: 0, atol: 0))
        }
        let out = try NDArray(empty: [3, 5], dtype: .float64)
        #expect(try allocatedBytes { _ = try NDArray.matmul(a, v, out: out) } == 0)
        #expect(try NDArray.allclose(out, exact(a, v), rtol: 0, atol: 0))
    }

    @Test("integer and mixed dtypes follow NumPy's result types")
    func dtypes() throws {
        let a = try NDArray.arange(.int(6), dtype: .int32).reshape([2, 3])
        let b = try NDArray.arange(.int(6), dtype: .int32).reshape([3, 2])
        let c = try NDArray.matmul(a, b)
        #expect(c.dtype == .int32 && c.elements(as: Int64.self) == [10, 13, 28, 40])
        let f = try NDArray.matmul(a, b.astype(.float64))
        #expect(f.dtype == .float64 && f.elements(as: Double.self) == [10, 13, 28, 40])
    }
}
