import CBLAS

/// The LAPACK routines the engine calls, each wrapped once (OpenBLAS's Fortran interface, LP64
/// in Debian's build). Every matrix is column-major (Fortran order) with leading dimension
/// `max(1, n)`, as NumPy's `umath_linalg` linearizes its operands before calling LAPACK; only
/// the float64 routines are wrapped, because `numpy.linalg` computes every real dtype in
/// float64 (`_commonType`).
///
/// Each wrapper returns LAPACK's `info` as a ``LAPACK/Outcome``: `.success`, or the position
/// LAPACK reports (a zero pivot, a leading minor that is not positive definite). Arguments
/// LAPACK rejects (`info < 0`) are programming errors here and stop the process.
enum LAPACK {
    /// What a factorization reports.
    enum Outcome: Equatable {
        case success
        /// `info > 0`: the 1-based position of the zero pivot (getrf, gesv) or of the first
        /// leading minor that is not positive definite (potrf).
        case failedAt(Int)

        init(info: blasint, routine: StaticString) {
            precondition(info >= 0, "LAPACK \(routine): argument \(-info) is invalid")
            self = info == 0 ? .success : .failedAt(Int(info))
        }
    }

    /// `dgetrf`: the LU factorization `A = P·L·U` of the n×n column-major `a`, in place;
    /// `pivots` receives the n 1-based row interchanges.
    static func getrf(n: Int, a: UnsafeMutablePointer<Double>, pivots: UnsafeMutablePointer<blasint>) -> Outcome {
        var (size, lda, info) = (blasint(n), blasint(Swift.max(n, 1)), blasint(0))
        dgetrf_(&size, &size, a, &lda, pivots, &info)
        return Outcome(info: info, routine: "dgetrf")
    }

    /// `dgesv`: solves `A·X = B` for the n×n column-major `a` and the n×nrhs column-major `b`;
    /// `a` is overwritten by its LU factors, `b` by `X`.
    static func gesv(n: Int, rightHandSides: Int, a: UnsafeMutablePointer<Double>, pivots: UnsafeMutablePointer<blasint>,
                     b: UnsafeMutablePointer<Double>) -> Outcome {
        var (size, count, ld, info) = (blasint(n), blasint(rightHandSides), blasint(Swift.max(n, 1)), blasint(0))
        var ldb = ld
        dgesv_(&size, &count, a, &ld, pivots, b, &ldb, &info)
        return Outcome(info: info, routine: "dgesv")
    }

    /// `dpotrf`: the Cholesky factor of the n×n column-major symmetric positive-definite `a`,
    /// in place: `L` in the lower triangle (`upper` false) or `U` in the upper one; the other
    /// triangle keeps its input values.
    static func potrf(n: Int, upper: Bool, a: UnsafeMutablePointer<Double>) -> Outcome {
        var (size, lda, info) = (blasint(n), blasint(Swift.max(n, 1)), blasint(0))
        var uplo = CChar(UInt8(ascii: upper ? "U" : "L"))
        dpotrf_(&uplo, &size, a, &lda, &info)
        return Outcome(info: info, routine: "dpotrf")
    }
}
