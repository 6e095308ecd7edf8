import Testing
@testable import PeakmemEngine

/// scipy.sparse CSR/CSC with SciPy 1.17.1's buffers (docs/research/numpy-products.md §9,
/// `scipy_csr_rules.py`): D is 100×200 with about 20 % nonzeros.
@Suite("Sparse matrices: CSR construction, toarray and products with SciPy's memory")
struct SparseTests {
    let dense: NDArray
    let nnz: Int

    init() throws {
        let random = RandomState(seed: 5)
        let values = try random.rand([100, 200])
        let mask = try NDArray.apply(.greater, .array(values), .scalar(.float(0.8)))
        dense = try NDArray.apply(.multiply, .array(values), .array(mask))
        nnz = dense.elements(as: Double.self).filter { $0 != 0 }.count
    }

    @Test("csr_matrix(dense) peaks at (24 + itemsize)·nnz and retains 4(M+1) + (4 + itemsize)·nnz")
    func construction() throws {
        #expect(nnz > 3000 && nnz < 5000)
        var s: CompressedSparseMatrix?
        let f64 = try ledgerFigures { s = try CompressedSparseMatrix(dense: dense) }
        #expect(f64.peak == 32 * nnz)
        #expect(f64.live == 4 * 101 + 12 * nnz)
        #expect(f64.allocatedTotal == (16 + 4 + 4 + 8) * nnz + 4 * 101 + (4 + 8) * nnz)
        #expect(s!.nnz == nnz && s!.shape == [100, 200] && s!.indices.dtype == .int32 && s!.indptr.dtype == .int32)
        let single = try dense.astype(.float32)
        let f32 = try ledgerFigures { s = try CompressedSparseMatrix(dense: single) }
        #expect(f32.peak == 28 * nnz && f32.live == 4 * 101 + 8 * nnz)
        // Layout does not matter: an F-ordered dense gives the same buffers and entries.
        let fortran = try dense.asfortranarray()
        let fromF = try ledgerFigures { s = try CompressedSparseMatrix(dense: fortran) }
        #expect(fromF.peak == 32 * nnz)
        #expect(try NDArray.allclose(s!.toarray(), dense))
        // A 1-d array is one row.
        let row = try dense.view(at: [.integer(3)])
        #expect(try CompressedSparseMatrix(dense: row).shape == [1, 200])
    }

    @Test("toarray is np.zeros plus the entries: C order for CSR, F order for the CSC transpose; .T allocates nothing")
    func toarray() throws {
        let s = try CompressedSparseMatrix(dense: dense)
        var back: NDArray?
        #expect(try allocatedBytes { back = try s.toarray() } == dense.nbytes)
        #expect(back!.isCContiguous && back!.elements(as: Double.self) == dense.elements(as: Double.self))
        var t: CompressedSparseMatrix?
        #expect(allocatedBytes { t = s.transposed } == 0)
        #expect(t!.format == .csc && t!.shape == [200, 100] && t!.data.storage === s.data.storage)
        let transposed = try t!.toarray()
        #expect(transposed.isFContiguous && transposed.shape == [200, 100])
        #expect(try NDArray.allclose(transposed, dense.T))
    }

    @Test("S @ B: the zeroed result, plus a C copy of a non-C B and a cast copy of the operand of the smaller dtype")
    func products() throws {
        let s = try CompressedSparseMatrix(dense: dense)
        let random = RandomState(seed: 6)
        let b = try random.rand([200, 7])
        let reference = try NDArray.matmul(dense, b)
        var r: NDArray?
        let plain = try ledgerFigures { r = try s.product(b) }
        #expect(plain.allocatedTotal == 100 * 7 * 8 && plain.peak == 100 * 7 * 8 && plain.allocations == 1)
        #expect(try r!.isCContiguous && NDArray.allclose(r!, reference))
        let bf = try b.asfortranarray()
        #expect(try allocatedBytes { r = try s.product(bf) } == 100 * 7 * 8 + b.nbytes)
        #expect(try NDArray.allclose(r!, reference))
        let s32 = try CompressedSparseMatrix(dense: dense.astype(.float32))
        #expect(try allocatedBytes { r = try s32.product(b) } == 100 * 7 * 8 + 8 * nnz)
        #expect(try r!.dtype == .float64 && NDArray.allclose(r!, reference, rtol: 1e-5))
        let b32 = try b.astype(.float32)
        #expect(try allocatedBytes { r = try s.product(b32) } == 100 * 7 * 8 + b.nbytes)
        let v = try random.rand([200])
        #expect(try allocatedBytes { r = try s.product(v) } == 800)
        #expect(try NDArray.allclose(r!, NDArray.matmul(dense, v)))
        #expect(throws: EngineError.invalidArgument("matmul: dimension mismatch with signature (n,k=200),(k=7,m)->(n,m)")) {
            try s.product(b.T)
        }
    }

    @Test("a CSR product large enough to split its rows between the cores gives the dense product")
    func parallelProduct() throws {
        let random = RandomState(seed: 9)
        let values = try random.rand([2000, 500])
        let big = try NDArray.apply(.multiply, .array(values), .array(NDArray.apply(.greater, .array(values), .scalar(.float(0.8)))))
        let s = try CompressedSparseMatrix(dense: big)
        let b = try random.rand([500, 8])
        #expect(s.nnz * 8 >= 1 << 20)
        var r: NDArray?
        #expect(try allocatedBytes { r = try s.product(b) } == 2000 * 8 * 8)
        #expect(try NDArray.allclose(r!, NDArray.matmul(big, b), rtol: 1e-12, atol: 1e-12))
    }

    @Test("the row kernel's column tiles (16, 8, 4, 2, 1) give SciPy's sums bit for bit, for float64 and float32",
          arguments: [1, 2, 3, 7, 8, 15, 16, 30, 31, 33])
    func rowKernelTiles(columns: Int) throws {
        for type in [DType.float64, .float32] {
            let s = try CompressedSparseMatrix(dense: dense.astype(type))
            let x = try RandomState(seed: 8).rand([200, columns]).astype(type)
            let r = try s.product(x)
            // csr_matvecs: y[i, :] += data[p] · x[indices[p], :], entries in storage order.
            let indptr = s.indptr.elements(as: Int32.self), indices = s.indices.elements(as: Int32.self)
            if type == .float64 {
                let expected = csrSums(s.data.elements(as: Double.self), indices, indptr, x.elements(as: Double.self), columns)
                #expect(r.elements(as: Double.self) == expected)
            } else {
                let expected = csrSums(s.data.elements(as: Float.self), indices, indptr, x.elements(as: Float.self), columns)
                #expect(r.elements(as: Float.self) == expected)
            }
        }
    }

    private func csrSums<F: BinaryFloatingPoint>(_ data: [F], _ indices: [Int32], _ indptr: [Int32], _ x: [F], _ k: Int) -> [F] {
        var y = [F](repeating: 0, count: (indptr.count - 1) * k)
        for row in 0..<(indptr.count - 1) {
            for p in Int(indptr[row])..<Int(indptr[row + 1]) {
                for v in 0..<k { y[row * k + v] += data[p] * x[Int(indices[p]) * k + v] }
            }
        }
        return y
    }

    @Test("w @ S is (S.T @ w.T).T: w.T copied to C order, an F-ordered result; the CSC kernel gives S.T @ x")
    func reflectedAndCSC() throws {
        let s = try CompressedSparseMatrix(dense: dense)
        let random = RandomState(seed: 7)
        let w = try random.rand([5, 100])
        var r: NDArray?
        let figures = try ledgerFigures { r = try s.reflectedProduct(w) }
        #expect(figures.peak == 5 * 200 * 8 + w.nbytes && figures.live == 5 * 200 * 8)
        #expect(r!.shape == [5, 200] && r!.isFContiguous)
        #expect(try NDArray.allclose(r!, NDArray.matmul(w, dense)))
        let x = try random.rand([100, 3])
        #expect(try allocatedBytes { r = try s.transposed.product(x) } == 200 * 3 * 8)
        #expect(try NDArray.allclose(r!, NDArray.matmul(dense.T, x)))
    }

    @Test("(data, indices, indptr): int32 parts are used as they are, int64 ones converted; bad parts refused")
    func components() throws {
        let s = try CompressedSparseMatrix(dense: dense)
        var built: CompressedSparseMatrix?
        #expect(try allocatedBytes { built = try CompressedSparseMatrix(data: s.data, indices: s.indices, indptr: s.indptr, shape: [100, 200]) } == 0)
        #expect(built!.indices.storage === s.indices.storage)
        let wide = (try s.indices.astype(.int64), try s.indptr.astype(.int64))
        let converted = try ledgerFigures { built = try CompressedSparseMatrix(data: s.data, indices: wide.0, indptr: wide.1, shape: nil) }
        #expect(converted.live == 4 * (nnz + 101) && built!.indices.dtype == .int32)
        // Without shape=, the columns are max(indices) + 1, as SciPy infers them.
        #expect(built!.shape == [100, Int(s.indices.elements(as: Int64.self).max()! + 1)])
        #expect(try NDArray.allclose(CompressedSparseMatrix(data: s.data, indices: s.indices, indptr: s.indptr, shape: [100, 200]).toarray(), dense))
        #expect(throws: EngineError.invalidArgument("index pointer size 101 should be 51")) {
            try CompressedSparseMatrix(data: s.data, indices: s.indices, indptr: s.indptr, shape: [50, 200])
        }
        #expect(throws: EngineError.invalidArgument("column index exceeds matrix dimensions")) {
            try CompressedSparseMatrix(data: s.data, indices: s.indices, indptr: s.indptr, shape: [100, 20])
        }
    }
}
