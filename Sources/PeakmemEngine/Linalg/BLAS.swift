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
    }

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
    static func gemv(_ dtype: DType, rows: Int, columns: Int, alpha: Double, a: Matrix,
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
