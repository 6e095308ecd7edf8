import CBLAS

/// The matrix·vector products of one float32/float64 `np.matmul` with a vector on one side or
/// both (`m = 1` or `p = 1`, `n > 1`): for every batch index β
///
///     y[β]ᵢ = Σⱼ A[β]ᵢⱼ · x[β]ⱼ      (i < rows, j < n)
///
/// where for `a @ b` with `p = 1` (matrix·vector, and row·column when `m = 1` too) `A = a`
/// (`rows = m`), `x` is `b`'s column and `y` `out`'s column; with `m = 1 < p` (vector·matrix)
/// `A = bᵀ` (`rows = p`), `x` is `a`'s row and `y` `out`'s row.
///
/// NumPy (`matmul.c.src`, its `matrix_vector` / `vector_matrix` cases) calls `gemv` once per
/// batch index when the matrix is BLAS-readable (``BLAS/Matrix``) and the vector's step is a
/// positive whole number of elements, and for `m = p = 1` its `dot`, `cblas_?dot` when both
/// steps are positive whole numbers of elements; otherwise it runs its loop, and so does the
/// engine (this type is not built). The engine makes the same calls (a one-row `gemv` for
/// `dot`), walking the batch with pointers (no views per batch index), with one difference:
/// when `x` is one vector for the whole batch and the matrices are consecutive row blocks of
/// one BLAS-readable `(batch·rows) × n` matrix — a C-ordered stack times a vector, `S @ u` —
/// it makes a single `gemv` over that matrix: every `yᵢ` is the same sum of products; only
/// OpenBLAS's blocking and threading differ.
///
/// Memory: none. The operands are read where they are and `y` is written into `out`.
struct MatrixVectorProduct {
    let dtype: DType
    /// The length of each `y` (m for matrix·vector, p for vector·matrix).
    let rows: Int
    /// The summed length n.
    let columns: Int
    /// How BLAS reads `A` at batch index 0; ``BLAS/Matrix/rebased(to:)`` gives the others.
    let matrix: BLAS.Matrix
    /// Byte distance between consecutive rows of `A`.
    let rowStride: Int
    /// Byte distance between consecutive elements of `A`'s rows.
    let columnStride: Int
    /// The address of `x` at batch index 0 and the byte step between its elements.
    let vector: UnsafeMutableRawPointer, vectorStep: Int
    /// The address of `y` at batch index 0 and the byte step between its elements.
    let output: UnsafeMutableRawPointer, outputStep: Int
    /// The batch traversal; its operands are `y`, `A`, `x`, in that order.
    let batchLoop: StridedLoop

    /// The products of `out = a @ b` for the stacks of matrices `a` (…×m×n) and `b` (…×n×p)
    /// broadcast over `batch` into the C-ordered `out` (`batch + [m, p]`), or nil when this is
    /// not a float gemv case NumPy hands to BLAS.
    init?(a: NDArray, b: NDArray, out: NDArray, batch: [Int]) {
        let (m, n, p) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1], b.shape[b.ndim - 1])
        guard out.dtype == .float32 || out.dtype == .float64, n > 1, m == 1 || p == 1 else { return nil }
        let aBatch = Array(a.broadcastStrides(to: batch + [m, n]).dropLast(2))
        let bBatch = Array(b.broadcastStrides(to: batch + [n, p]).dropLast(2))
        let oBatch = Array(out.strides.dropLast(2))
        let item = out.itemSize
        let matrixBatch: [Int], vectorBatch: [Int]
        if p == 1 {
            (rows, rowStride, columnStride, matrixBatch) = (m, a.strides[a.ndim - 2], a.strides[a.ndim - 1], aBatch)
            (vector, vectorStep, vectorBatch) = (b.baseAddress, b.strides[b.ndim - 2], bBatch)
            (output, outputStep) = (out.baseAddress, out.strides[out.ndim - 2])
        } else {
            (rows, rowStride, columnStride, matrixBatch) = (p, b.strides[b.ndim - 1], b.strides[b.ndim - 2], bBatch)
            (vector, vectorStep, vectorBatch) = (a.baseAddress, a.strides[a.ndim - 1], aBatch)
            (output, outputStep) = (out.baseAddress, out.strides[out.ndim - 1])
        }
        guard vectorStep > 0, vectorStep % item == 0,
              let matrix = BLAS.Matrix(base: p == 1 ? a.baseAddress : b.baseAddress, rows: rows, columns: n,
                                       rowStride: rowStride, columnStride: columnStride, itemSize: item)
        else { return nil }
        (dtype, columns, self.matrix) = (out.dtype, n, matrix)
        batchLoop = StridedLoop(shape: batch, strides: [oBatch, matrixBatch, vectorBatch])
    }

    /// The single `gemv` over the stacked `(batch·rows) × n` matrix, when the batch allows it:
    /// the batch walks as one run (``StridedLoop`` merged its dimensions), `x` does not move,
    /// and `A` and `y` move by exactly `rows` of their rows per batch index (any step when
    /// `rows = 1`; the stack's rows and `y` must then be BLAS-readable with those steps), and
    /// the stack's row count fits BLAS's integers. `outputStep` is the stacked `y`'s byte step.
    var stacked: (matrix: BLAS.Matrix, rows: Int, outputStep: Int)? {
        guard batchLoop.shape.count == 1 else { return nil }
        let (count, steps) = (batchLoop.shape[0], batchLoop.strides.map { $0[0] })
        let stackRowStride = rows == 1 ? steps[1] : rowStride, stackOutputStep = rows == 1 ? steps[0] : outputStep
        guard steps[2] == 0, steps[1] == rows * stackRowStride, steps[0] == rows * stackOutputStep,
              stackOutputStep > 0, stackOutputStep % dtype.itemSize == 0, count * rows < Int(blasint.max),
              let stack = BLAS.Matrix(base: matrix.base, rows: count * rows, columns: columns, rowStride: stackRowStride,
                                      columnStride: columnStride, itemSize: dtype.itemSize)
        else { return nil }
        return (stack, count * rows, stackOutputStep)
    }

    func run() throws(EngineError) {
        let (incx, incy) = (vectorStep / dtype.itemSize, outputStep / dtype.itemSize)
        if let stacked {
            BLAS.gemv(dtype, rows: stacked.rows, columns: columns, alpha: 1, a: stacked.matrix, x: vector, incx: incx,
                      beta: 0, y: output, incy: stacked.outputStep / dtype.itemSize)
            return
        }
        try batchLoop.forEachRun(bases: [output, UnsafeMutableRawPointer(mutating: matrix.base), vector]) { pointers, steps, count in
            for index in 0..<count {
                BLAS.gemv(dtype, rows: rows, columns: columns, alpha: 1, a: matrix.rebased(to: pointers[1] + index * steps[1]),
                          x: pointers[2] + index * steps[2], incx: incx, beta: 0, y: pointers[0] + index * steps[0], incy: incy)
            }
        }
    }
}
