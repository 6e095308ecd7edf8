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

    /// What `dgesdd` computes of U and Vᵀ: `jobz` 'A', 'S' or 'N'.
    enum SingularVectors: UInt8 {
        case full = 65        // 'A'
        case reduced = 83     // 'S'
        case none = 78        // 'N'
    }

    /// `dgesdd`'s optimal workspace, in doubles, for an m×n matrix (a workspace query).
    static func gesddWorkspace(_ vectors: SingularVectors, m: Int, n: Int) -> Int {
        var query = 0.0
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        defer { scratch.deallocate() }
        var iwork: blasint = 0
        _ = gesddCall(vectors, m: m, n: n, a: scratch, s: scratch, u: scratch, vt: scratch, work: &query, lwork: -1, iwork: &iwork)
        return Swift.max(Int(query), 1)
    }

    /// `dgesdd`: the singular values of the m×n column-major `a` (destroyed) into `s`
    /// (min(m, n), descending) and, unless `vectors` is `.none`, U (m×m or m×min, column-major,
    /// leading dimension max(1, m)) and Vᵀ (n×n or min×n, leading dimension its row count);
    /// `work` holds `lwork` doubles (``gesddWorkspace(_:m:n:)``), `iwork` 8·min(m, n) integers.
    /// `.failedAt` when the bidiagonal iteration did not converge.
    static func gesdd(_ vectors: SingularVectors, m: Int, n: Int, a: UnsafeMutablePointer<Double>, s: UnsafeMutablePointer<Double>,
                      u: UnsafeMutablePointer<Double>, vt: UnsafeMutablePointer<Double>,
                      work: UnsafeMutablePointer<Double>, lwork: Int, iwork: UnsafeMutablePointer<blasint>) -> Outcome {
        gesddCall(vectors, m: m, n: n, a: a, s: s, u: u, vt: vt, work: work, lwork: lwork, iwork: iwork)
    }

    private static func gesddCall(_ vectors: SingularVectors, m: Int, n: Int, a: UnsafeMutablePointer<Double>, s: UnsafeMutablePointer<Double>,
                                  u: UnsafeMutablePointer<Double>, vt: UnsafeMutablePointer<Double>,
                                  work: UnsafeMutablePointer<Double>, lwork: Int, iwork: UnsafeMutablePointer<blasint>) -> Outcome {
        let k = Swift.min(m, n)
        let vtRows = switch vectors { case .full: n; case .reduced: k; case .none: 1 }
        var (rows, columns, lda, ldu, ldvt, size, info) = (blasint(m), blasint(n), blasint(Swift.max(m, 1)), blasint(Swift.max(m, 1)),
                                                           blasint(Swift.max(vtRows, 1)), blasint(lwork), blasint(0))
        var jobz = CChar(bitPattern: vectors.rawValue)
        dgesdd_(&jobz, &rows, &columns, a, &lda, s, u, &ldu, vt, &ldvt, work, &size, iwork, &info, 1)
        return Outcome(info: info, routine: "dgesdd")
    }

    /// `dgelsd`'s optimal workspace for an m×n system with `rightHandSides` columns: doubles and
    /// integers (a workspace query).
    static func gelsdWorkspace(m: Int, n: Int, rightHandSides: Int) -> (doubles: Int, integers: Int) {
        var (query, integers) = (0.0, blasint(0))
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        defer { scratch.deallocate() }
        var rank: blasint = 0
        _ = gelsd(m: m, n: n, rightHandSides: rightHandSides, a: scratch, b: scratch, s: scratch, rcond: -1, rank: &rank,
                  work: &query, lwork: -1, iwork: &integers)
        return (Swift.max(Int(query), 1), Swift.max(Int(integers), 1))
    }

    /// `dgelsd`: the minimum-norm least-squares solution of `A·X ≈ B` for the m×n column-major
    /// `a` (destroyed) and the max(m, n)×nrhs column-major `b` (X in its first n rows); `s`
    /// receives the min(m, n) singular values, `rank` the effective rank (singular values above
    /// `rcond · s₁`). `.failedAt` when the SVD did not converge.
    static func gelsd(m: Int, n: Int, rightHandSides: Int, a: UnsafeMutablePointer<Double>, b: UnsafeMutablePointer<Double>,
                      s: UnsafeMutablePointer<Double>, rcond: Double, rank: inout blasint,
                      work: UnsafeMutablePointer<Double>, lwork: Int, iwork: UnsafeMutablePointer<blasint>) -> Outcome {
        var (rows, columns, count, lda, ldb) = (blasint(m), blasint(n), blasint(rightHandSides), blasint(Swift.max(m, 1)), blasint(Swift.max(m, n, 1)))
        var (threshold, size, info) = (rcond, blasint(lwork), blasint(0))
        dgelsd_(&rows, &columns, &count, a, &lda, b, &ldb, s, &threshold, &rank, work, &size, iwork, &info)
        return Outcome(info: info, routine: "dgelsd")
    }

    /// `dsyevd`'s optimal workspace for an n×n matrix: doubles and integers (a workspace query).
    static func syevdWorkspace(vectors: Bool, n: Int) -> (doubles: Int, integers: Int) {
        var (query, integers) = (0.0, blasint(0))
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        defer { scratch.deallocate() }
        _ = syevd(vectors: vectors, upper: false, n: n, a: scratch, w: scratch, work: &query, lwork: -1, iwork: &integers, liwork: -1)
        return (Swift.max(Int(query), 1), Swift.max(Int(integers), 1))
    }

    /// `dsyevd`: the eigenvalues of the symmetric n×n column-major `a` (its `upper` or lower
    /// triangle read) into `w`, ascending, and with `vectors` the eigenvectors into the columns
    /// of `a`. `.failedAt` when the algorithm did not converge.
    static func syevd(vectors: Bool, upper: Bool, n: Int, a: UnsafeMutablePointer<Double>, w: UnsafeMutablePointer<Double>,
                      work: UnsafeMutablePointer<Double>, lwork: Int, iwork: UnsafeMutablePointer<blasint>, liwork: Int) -> Outcome {
        var (size, lda, workSize, integerSize, info) = (blasint(n), blasint(Swift.max(n, 1)), blasint(lwork), blasint(liwork), blasint(0))
        var jobz = CChar(UInt8(ascii: vectors ? "V" : "N")), uplo = CChar(UInt8(ascii: upper ? "U" : "L"))
        dsyevd_(&jobz, &uplo, &size, a, &lda, w, work, &workSize, iwork, &integerSize, &info, 1, 1)
        return Outcome(info: info, routine: "dsyevd")
    }
}
