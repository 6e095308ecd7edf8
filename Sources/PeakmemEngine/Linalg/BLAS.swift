import CBLAS

/// The BLAS routines the engine calls, each wrapped once (OpenBLAS's CBLAS interface,
/// row-major throughout) for both float dtypes: the `s` routine for float32, the `d` one for
/// float64, chosen by the `dtype` argument (scalars are passed as `Double` and narrowed for
/// float32).
///
/// A matrix operand is described by ``BLAS/Matrix``: its base address, whether BLAS should
/// read it transposed, and its leading dimension (the element distance between rows of the
/// row-major matrix BLAS reads). The callers decide from an array's strides whether it can be
/// handed over as is (see ``NDArray/blasLayout``) and copy it first when not.
enum BLAS {
    /// A matrix operand: `op(A)` is `rows × columns` after the optional transposition.
    struct Matrix {
        var base: UnsafeRawPointer
        var transposed: Bool
        /// Elements between consecutive rows of the stored (untransposed) row-major matrix.
        var leadingDimension: Int

        var cblasTranspose: CBLAS_TRANSPOSE { transposed ? CblasTrans : CblasNoTrans }

        /// The same stored matrix read the other way round: `op(Aᵀ) = op(A)ᵀ`.
        var transposedOperand: Matrix { Matrix(base: base, transposed: !transposed, leadingDimension: leadingDimension) }

        func elements<T>(_: T.Type) -> UnsafePointer<T> { base.assumingMemoryBound(to: T.self) }

        /// The same layout over the matrix that starts at `base` (another matrix of a stack).
        func rebased(to base: UnsafeRawPointer) -> Matrix {
            Matrix(base: base, transposed: transposed, leadingDimension: leadingDimension)
        }
    }

    /// Below this many matrix elements (`m·n`) OpenBLAS 0.3.21 runs a `gemv` on the calling
    /// thread; from it on, on all its threads (`interface/gemv.c`:
    /// `2304·GEMM_MULTITHREAD_THRESHOLD`, the threshold being 4 in Debian's build).
    static let gemvThreadingElements = 9216

    /// Below this many matrix elements the OpenBLAS that NumPy 2.4.6's wheels bundle (0.3.31)
    /// runs a `gemv` on the calling thread: OpenBLAS 0.3.27 raised the bound 50-fold, to
    /// `115200·GEMM_MULTITHREAD_THRESHOLD`, because waking threads costs more than a
    /// memory-bound product of that size gains from them.
    static let numpyGEMVThreadingElements = 460_800

    /// `C ← α·op(A)·op(B) + β·C`: `op(A)` is m×k, `op(B)` k×n, C m×n row-major with leading
    /// dimension `ldc`; `dtype` is float32 or float64.
    static func gemm(_ dtype: DType, m: Int, n: Int, k: Int, alpha: Double, a: Matrix, b: Matrix, beta: Double,
                     c: UnsafeMutableRawPointer, ldc: Int) {
        let (m, n, k, lda, ldb, ldc) = (blasint(m), blasint(n), blasint(k), blasint(a.leadingDimension), blasint(b.leadingDimension), blasint(ldc))
        if dtype == .float64 {
            cblas_dgemm(CblasRowMajor, a.cblasTranspose, b.cblasTranspose, m, n, k, alpha, a.elements(Double.self), lda,
                        b.elements(Double.self), ldb, beta, c.assumingMemoryBound(to: Double.self), ldc)
        } else {
            cblas_sgemm(CblasRowMajor, a.cblasTranspose, b.cblasTranspose, m, n, k, Float(alpha), a.elements(Float.self), lda,
                        b.elements(Float.self), ldb, Float(beta), c.assumingMemoryBound(to: Float.self), ldc)
        }
    }

    /// The upper (or, with `upper` false, lower) triangle of `C ← α·op(A)·op(A)ᵀ + β·C`, C n×n
    /// row-major; with `a.transposed` false, `op(A) = A` is n×k.
    static func syrk(_ dtype: DType, n: Int, k: Int, alpha: Double, a: Matrix, beta: Double,
                     c: UnsafeMutableRawPointer, ldc: Int, upper: Bool = true) {
        let (n, k, lda, ldc) = (blasint(n), blasint(k), blasint(a.leadingDimension), blasint(ldc))
        let uplo = upper ? CblasUpper : CblasLower
        if dtype == .float64 {
            cblas_dsyrk(CblasRowMajor, uplo, a.cblasTranspose, n, k, alpha, a.elements(Double.self), lda,
                        beta, c.assumingMemoryBound(to: Double.self), ldc)
        } else {
            cblas_ssyrk(CblasRowMajor, uplo, a.cblasTranspose, n, k, Float(alpha), a.elements(Float.self), lda,
                        Float(beta), c.assumingMemoryBound(to: Float.self), ldc)
        }
    }

    /// `y ← α·op(A)·x + β·y` with `op(A)` `rows × columns`; `x` and `y` are strided vectors
    /// (element steps `incx`, `incy`, positive).
    ///
    /// Run on the calling thread whenever NumPy's OpenBLAS would (fewer than
    /// ``numpyGEMVThreadingElements`` elements), although OpenBLAS 0.3.21 would thread it from
    /// ``gemvThreadingElements`` on: the call is then split into blocks of rows of the stored
    /// matrix, each below 0.3.21's bound — blocks of `y` for `op(A) = A` (each `yᵢ` is the same
    /// sum), blocks of the summed index for `op(A) = Aᵀ` (the first block with `β`, the next ones
    /// adding to `y` with `β = 1`: the sum in the kernel's own order, grouped at block bounds).
    /// Blocks are a multiple of 4 rows, the kernels' unroll. A stored row of
    /// ``gemvThreadingElements`` elements or more cannot be split this way and goes in one call.
    /// Nothing is allocated either way (OpenBLAS's work buffer is on its stack or its own).
    static func gemv(_ dtype: DType, rows: Int, columns: Int, alpha: Double, a: Matrix,
                     x: UnsafeRawPointer, incx: Int, beta: Double, y: UnsafeMutableRawPointer, incy: Int) {
        precondition(incx > 0 && incy > 0, "gemv: vector steps must be positive")
        // The stored row-major matrix is storedRows × storedColumns.
        let (storedRows, storedColumns) = a.transposed ? (columns, rows) : (rows, columns)
        let elements = storedRows * storedColumns
        var block = (gemvThreadingElements - 1) / Swift.max(storedColumns, 1)
        if block >= 4 { block -= block % 4 }
        guard elements >= gemvThreadingElements, elements < numpyGEMVThreadingElements, block >= 1 else {
            gemvCall(dtype, rows: rows, columns: columns, alpha: alpha, a: a, x: x, incx: incx, beta: beta, y: y, incy: incy)
            return
        }
        let item = dtype.itemSize
        for start in stride(from: 0, to: storedRows, by: block) {
            let count = Swift.min(block, storedRows - start)
            let part = a.rebased(to: a.base + start * a.leadingDimension * item)
            if a.transposed {
                gemvCall(dtype, rows: rows, columns: count, alpha: alpha, a: part, x: x + start * incx * item, incx: incx,
                         beta: start == 0 ? beta : 1, y: y, incy: incy)
            } else {
                gemvCall(dtype, rows: count, columns: columns, alpha: alpha, a: part, x: x, incx: incx,
                         beta: beta, y: y + start * incy * item, incy: incy)
            }
        }
    }

    /// One `cblas_?gemv` call: `y ← α·op(A)·x + β·y`, `op(A)` `rows × columns`.
    private static func gemvCall(_ dtype: DType, rows: Int, columns: Int, alpha: Double, a: Matrix,
                                 x: UnsafeRawPointer, incx: Int, beta: Double, y: UnsafeMutableRawPointer, incy: Int) {
        // CBLAS takes the dimensions of the stored matrix, not of op(A).
        let (m, n) = a.transposed ? (blasint(columns), blasint(rows)) : (blasint(rows), blasint(columns))
        let (lda, incx, incy) = (blasint(a.leadingDimension), blasint(incx), blasint(incy))
        if dtype == .float64 {
            cblas_dgemv(CblasRowMajor, a.cblasTranspose, m, n, alpha, a.elements(Double.self), lda,
                        x.assumingMemoryBound(to: Double.self), incx, beta, y.assumingMemoryBound(to: Double.self), incy)
        } else {
            cblas_sgemv(CblasRowMajor, a.cblasTranspose, m, n, Float(alpha), a.elements(Float.self), lda,
                        x.assumingMemoryBound(to: Float.self), incx, Float(beta), y.assumingMemoryBound(to: Float.self), incy)
        }
    }
}

extension BLAS.Matrix {
    /// How BLAS reads the `rows × columns` matrix at `base` whose elements are
    /// `rowStride` and `columnStride` bytes apart, or nil when it cannot without a copy
    /// (NumPy's `is_blasable2d` in either orientation): as stored when its columns are one
    /// element apart and its rows a whole number of elements at least a row long apart
    /// (leading dimension = the row stride), else transposed when the same holds with rows
    /// and columns exchanged. A dimension of length 1 places no condition on its stride.
    init?(base: UnsafeRawPointer, rows: Int, columns: Int, rowStride: Int, columnStride: Int, itemSize: Int) {
        let (s0, s1, item) = (rowStride, columnStride, itemSize)
        if (columns == 1 || s1 == item), rows == 1 || (s0 % item == 0 && s0 / item >= Swift.max(columns, 1)) {
            self.init(base: base, transposed: false, leadingDimension: rows == 1 ? Swift.max(columns, 1) : s0 / item)
        } else if (rows == 1 || s0 == item), columns == 1 || (s1 % item == 0 && s1 / item >= Swift.max(rows, 1)) {
            self.init(base: base, transposed: true, leadingDimension: columns == 1 ? Swift.max(rows, 1) : s1 / item)
        } else {
            return nil
        }
    }
}
