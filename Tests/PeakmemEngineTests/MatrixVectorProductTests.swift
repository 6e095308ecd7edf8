import Testing
@testable import PeakmemEngine

/// `np.matmul` with a vector on one side: the `gemv` paths (stacked, per batch index, and split
/// into single-threaded blocks) allocate only the result and compute NumPy's values. Operands
/// are small integers in float dtypes, so every product and sum is exact and the int64 loop
/// is an exact reference whatever blocking BLAS uses.
@Suite("Matrix products: matmul with a vector operand")
struct MatrixVectorProductTests {
    /// A C-ordered array of integers in [-4, 5) converted to `dtype`.
    func integers(_ shape: [Int], seed: UInt32, dtype: DType = .float64) throws -> NDArray {
        try RandomState(seed: seed).randint(-4, 5, size: shape).astype(dtype)
    }

    /// `a @ b` computed exactly by the int64 loop, in `a`'s dtype.
    func exact(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        try NDArray.matmul(a.astype(.int64), b.astype(.int64)).astype(a.dtype)
    }

    /// The gemv plan `matmul(a, b)` makes, or nil when it does not use gemv.
    func plan(_ a: NDArray, _ b: NDArray) throws -> MatrixVectorProduct? {
        let (x, y, batch) = try NDArray.matmulOperands(a, b, DType.promote(a.dtype, b.dtype))
        let out = try NDArray(empty: batch + [x.shape[x.ndim - 2], y.shape[y.ndim - 1]], dtype: x.dtype)
        return MatrixVectorProduct(a: x, b: y, out: out, batch: batch)
    }

    /// Checks that `matmul(a, b)` allocates exactly its result, once, and equals the exact product.
    func expectResultOnly(_ a: NDArray, _ b: NDArray, shape: [Int], sourceLocation: SourceLocation = #_sourceLocation) throws {
        var c: NDArray?
        let figures = try ledgerFigures { c = try NDArray.matmul(a, b) }
        #expect(c?.shape == shape, sourceLocation: sourceLocation)
        #expect(figures.allocatedTotal == shape.reduce(1, *) * a.itemSize, sourceLocation: sourceLocation)
        #expect(figures.allocations == 1, sourceLocation: sourceLocation)
        #expect(figures.live == shape.reduce(1, *) * a.itemSize, sourceLocation: sourceLocation)
        #expect(try NDArray.arrayEqual(c!, exact(a, b)), sourceLocation: sourceLocation)
    }

    @Test("a C-ordered stack times one vector is one gemv over the stacked matrix; only the result is allocated",
          arguments: [DType.float64, .float32])
    func stacked(dtype: DType) throws {
        let s = try integers([6, 40, 30], seed: 1, dtype: dtype), u = try integers([30], seed: 2, dtype: dtype)
        let s4 = try integers([2, 3, 40, 30], seed: 3, dtype: dtype)
        let column = try u.reshape([30, 1])
        let transposedStack = try s.swapaxes(1, 2)                       // 6×30×40, each matrix F-ordered
        let cases: [(NDArray, NDArray, [Int])] = [
            (s, u, [6, 40]), (s4, u, [2, 3, 40]), (s, column, [6, 40, 1]), (u, transposedStack, [6, 40]),
        ]
        for (a, b, shape) in cases {
            #expect(try plan(a, b)?.stacked != nil)
            try expectResultOnly(a, b, shape: shape)
        }
    }

    @Test("stacks that are not one matrix run one gemv per batch index, in place", arguments: [DType.float64, .float32])
    func perBatchIndex(dtype: DType) throws {
        let s = try integers([6, 40, 30], seed: 4, dtype: dtype), u = try integers([30], seed: 5, dtype: dtype)
        let v = try integers([40], seed: 6, dtype: dtype)
        let everyOther = try s.view(at: [.slice(start: nil, stop: nil, step: 2)])               // batch stride 2 matrices
        let vectors = try integers([6, 30, 1], seed: 7, dtype: dtype)                           // one vector per batch index
        let broadcast = try integers([3, 1, 40, 30], seed: 8, dtype: dtype)                     // batch 3×5 against 5×30×1
        let cases: [(NDArray, NDArray, [Int])] = try [
            (everyOther, u, [3, 40]), (s, vectors, [6, 40, 1]), (v, s, [6, 30]), (broadcast, vectors.view(at: [.slice(start: nil, stop: 5, step: nil)]), [3, 5, 40, 1]),
        ]
        for (a, b, shape) in cases {
            let product = try plan(a, b)
            #expect(product != nil && product?.stacked == nil)
            try expectResultOnly(a, b, shape: shape)
        }
    }

    @Test("row·column products (m = p = 1, NumPy's dot) are one-row gemvs, stacked when the rows make one matrix",
          arguments: [DType.float64, .float32])
    func rowTimesColumn(dtype: DType) throws {
        let v = try integers([30], seed: 25, dtype: dtype), rows = try integers([50, 1, 30], seed: 26, dtype: dtype)
        let vectors = try integers([50, 30, 1], seed: 27, dtype: dtype)
        let everyOther = try rows.view(at: [.slice(start: nil, stop: nil, step: 2)])          // rows 60 items apart
        let reversed = try v.view(at: [.slice(start: nil, stop: nil, step: -1)])              // negative step: loop
        let strided = try integers([60], seed: 28, dtype: dtype).view(at: [.slice(start: nil, stop: nil, step: 2)])
        for (a, b, shape, stacked) in try [(v, v, [Int](), false), (strided, v, [], false), (v, strided, [], false),
                                           (rows, v, [50, 1], true), (everyOther, v, [25, 1], true),
                                           (rows, vectors, [50, 1, 1], false)] {
            let product = try plan(a, b)
            #expect(product != nil && (product?.stacked != nil) == stacked)
            try expectResultOnly(a, b, shape: shape)
        }
        #expect(try plan(reversed, v) == nil)
        try expectResultOnly(reversed, v, shape: [])
    }

    @Test("gemv into out= allocates nothing and overwrites what was there (NaN)")
    func intoOut() throws {
        let s = try integers([6, 40, 30], seed: 9), u = try integers([30], seed: 10), v = try integers([40], seed: 11)
        let big = try integers([300, 200], seed: 12), w = try integers([300], seed: 13)
        for (a, b, shape) in try [(s, u, [6, 40]), (v, s, [6, 30]), (w, big, [200]), (big, big[0], [300])] {
            let out = try NDArray.full(shape, .float(.nan))
            #expect(try allocatedBytes { _ = try NDArray.matmul(a, b, out: out) } == 0)
            #expect(try NDArray.arrayEqual(out, exact(a, b)))
        }
    }

    @Test("gemvs OpenBLAS 0.3.21 would thread below NumPy's OpenBLAS bound are split into blocks, same values",
          arguments: [DType.float64, .float32])
    func blocks(dtype: DType) throws {
        let m = try integers([300, 200], seed: 14, dtype: dtype)                        // 60 000 elements: split
        let (v, w) = (try integers([200], seed: 15, dtype: dtype), try integers([300], seed: 16, dtype: dtype))
        let wide = try integers([20, 10_000], seed: 17, dtype: dtype)                   // rows too long to split
        let (x, y) = (try integers([10_000], seed: 18, dtype: dtype), try integers([20], seed: 19, dtype: dtype))
        let large = try integers([700, 700], seed: 20, dtype: dtype)                    // 490 000: threaded, one call
        let z = try integers([700], seed: 21, dtype: dtype)
        let cases: [(NDArray, NDArray, [Int])] = [
            (m, v, [300]), (w, m, [200]), (m.T, w, [200]), (v, m.T, [300]),
            (wide, x, [20]), (y, wide, [10_000]), (large, z, [700]), (z, large, [700]),
        ]
        for (a, b, shape) in cases { try expectResultOnly(a, b, shape: shape) }
    }

    @Test("BLAS.gemv split into blocks keeps α, β and strided vectors")
    func blockedGEMV() throws {
        // y ← 2·op(A)·x + 0.5·y with A 300×200 stored, x and y every other element.
        let a = try integers([300, 200], seed: 22)
        for transposed in [false, true] {
            let (rows, columns) = transposed ? (200, 300) : (300, 200)
            let x = try integers([2 * columns], seed: 23), y = try integers([2 * rows], seed: 24)
            let (xs, ys) = (try x.view(at: [.slice(start: nil, stop: nil, step: 2)]), try y.view(at: [.slice(start: nil, stop: nil, step: 2)]))
            let op = transposed ? a.T : a
            let expected = try NDArray.apply(.add, .array(NDArray.apply(.multiply, .scalar(.float(2)), .array(exact(op, xs)))),
                                             .array(NDArray.apply(.multiply, .scalar(.float(0.5)), .array(ys))))
            BLAS.gemv(.float64, rows: rows, columns: columns, alpha: 2, a: transposed ? a.blasMatrix.transposedOperand : a.blasMatrix,
                      x: xs.baseAddress, incx: 2, beta: 0.5, y: ys.baseAddress, incy: 2)
            #expect(try NDArray.arrayEqual(ys, expected))
        }
    }
}
