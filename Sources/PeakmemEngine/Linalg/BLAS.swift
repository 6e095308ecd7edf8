import CBLAS

/// The BLAS routines the engine calls, each wrapped once (OpenBLAS's CBLAS interface,
/// row-major throughout).
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
    }

    /// `C ← α·op(A)·op(B) + β·C` for float64: `op(A)` is m×k, `op(B)` k×n, C m×n row-major
    /// with leading dimension `ldc`.
    static func dgemm(m: Int, n: Int, k: Int, alpha: Double, a: Matrix, b: Matrix, beta: Double,
                      c: UnsafeMutableRawPointer, ldc: Int) {
        cblas_dgemm(CblasRowMajor, a.cblasTranspose, b.cblasTranspose, blasint(m), blasint(n), blasint(k),
                    alpha, a.base.assumingMemoryBound(to: Double.self), blasint(a.leadingDimension),
                    b.base.assumingMemoryBound(to: Double.self), blasint(b.leadingDimension),
                    beta, c.assumingMemoryBound(to: Double.self), blasint(ldc))
    }

    /// `C ← α·op(A)·op(B) + β·C` for float32.
    static func sgemm(m: Int, n: Int, k: Int, alpha: Float, a: Matrix, b: Matrix, beta: Float,
                      c: UnsafeMutableRawPointer, ldc: Int) {
        cblas_sgemm(CblasRowMajor, a.cblasTranspose, b.cblasTranspose, blasint(m), blasint(n), blasint(k),
                    alpha, a.base.assumingMemoryBound(to: Float.self), blasint(a.leadingDimension),
                    b.base.assumingMemoryBound(to: Float.self), blasint(b.leadingDimension),
                    beta, c.assumingMemoryBound(to: Float.self), blasint(ldc))
    }

    /// The upper (or, with `upper` false, lower) triangle of `C ← α·op(A)·op(A)ᵀ + β·C` for
    /// float64, C n×n row-major; with `a.transposed` false, `op(A) = A` is n×k.
    static func dsyrk(n: Int, k: Int, alpha: Double, a: Matrix, beta: Double, c: UnsafeMutableRawPointer, ldc: Int,
                      upper: Bool = true) {
        cblas_dsyrk(CblasRowMajor, upper ? CblasUpper : CblasLower, a.cblasTranspose, blasint(n), blasint(k), alpha,
                    a.base.assumingMemoryBound(to: Double.self), blasint(a.leadingDimension),
                    beta, c.assumingMemoryBound(to: Double.self), blasint(ldc))
    }

    /// The upper (or lower) triangle of `C ← α·op(A)·op(A)ᵀ + β·C` for float32.
    static func ssyrk(n: Int, k: Int, alpha: Float, a: Matrix, beta: Float, c: UnsafeMutableRawPointer, ldc: Int,
                      upper: Bool = true) {
        cblas_ssyrk(CblasRowMajor, upper ? CblasUpper : CblasLower, a.cblasTranspose, blasint(n), blasint(k), alpha,
                    a.base.assumingMemoryBound(to: Float.self), blasint(a.leadingDimension),
                    beta, c.assumingMemoryBound(to: Float.self), blasint(ldc))
    }

    /// `y ← α·op(A)·x + β·y` for float64, A `rows × columns` row-major with leading dimension
    /// `lda`, `op(A) = Aᵀ` when `transposed`; `x` and `y` are strided vectors (element steps
    /// `incx`, `incy`, positive).
    static func dgemv(transposed: Bool, rows: Int, columns: Int, alpha: Double, a: UnsafeRawPointer, lda: Int,
                      x: UnsafeRawPointer, incx: Int, beta: Double, y: UnsafeMutableRawPointer, incy: Int) {
        cblas_dgemv(CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, blasint(rows), blasint(columns), alpha,
                    a.assumingMemoryBound(to: Double.self), blasint(lda), x.assumingMemoryBound(to: Double.self), blasint(incx),
                    beta, y.assumingMemoryBound(to: Double.self), blasint(incy))
    }

    /// `y ← α·op(A)·x + β·y` for float32.
    static func sgemv(transposed: Bool, rows: Int, columns: Int, alpha: Float, a: UnsafeRawPointer, lda: Int,
                      x: UnsafeRawPointer, incx: Int, beta: Float, y: UnsafeMutableRawPointer, incy: Int) {
        cblas_sgemv(CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, blasint(rows), blasint(columns), alpha,
                    a.assumingMemoryBound(to: Float.self), blasint(lda), x.assumingMemoryBound(to: Float.self), blasint(incx),
                    beta, y.assumingMemoryBound(to: Float.self), blasint(incy))
    }
}
