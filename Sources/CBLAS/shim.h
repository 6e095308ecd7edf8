// CBLAS: the C interface of OpenBLAS, as Debian's libopenblas-dev installs it, and the few
// LAPACK routines libopenblas exports that the engine calls.
//
// pkg-config's `openblas` entry puts the pthread build's include directory on the path, so
// <cblas.h> is OpenBLAS's own header and also declares openblas_get_num_threads,
// openblas_set_num_threads, openblas_get_config and openblas_get_parallel.
//
// Debian ships no LAPACK header with libopenblas-dev, so the Fortran entry points used are
// declared here: LP64 (`blasint` is `int`), every argument by pointer, column-major matrices.
// OpenBLAS implements getrf, gesv and potrf in C (interface/lapack/), which take no hidden
// string lengths for their character arguments; the others are reference LAPACK (Fortran).
#ifndef PEAKMEM_CBLAS_SHIM_H
#define PEAKMEM_CBLAS_SHIM_H
#include <cblas.h>

/// LU factorization with partial pivoting, in place: A = P·L·U (A is m×n, lda ≥ max(1, m)).
void dgetrf_(const blasint *m, const blasint *n, double *a, const blasint *lda, blasint *ipiv, blasint *info);
/// Solves A·X = B for n×n A and n×nrhs B (both overwritten: A by its LU factors, B by X).
void dgesv_(const blasint *n, const blasint *nrhs, double *a, const blasint *lda, blasint *ipiv,
            double *b, const blasint *ldb, blasint *info);
/// Cholesky factorization in place: A = L·Lᵀ (uplo 'L') or Uᵀ·U (uplo 'U'); the other
/// triangle is left as it was.
void dpotrf_(const char *uplo, const blasint *n, double *a, const blasint *lda, blasint *info);
/// The singular value decomposition A = U·Σ·Vᵀ of the m×n `a` by divide and conquer (`a` is
/// destroyed); jobz 'A' (full U and Vᵀ), 'S' (the min(m,n) leading ones) or 'N' (Σ only).
/// `lwork = -1` is a workspace query: the optimal size is written to `work[0]`. Reference
/// LAPACK (Fortran): the trailing argument is the hidden length of `jobz`.
void dgesdd_(const char *jobz, const blasint *m, const blasint *n, double *a, const blasint *lda, double *s,
             double *u, const blasint *ldu, double *vt, const blasint *ldvt, double *work, const blasint *lwork,
             blasint *iwork, blasint *info, size_t jobz_length);
/// The minimum-norm least-squares solution of A·X ≈ B (A m×n, destroyed; B max(m,n)×nrhs,
/// overwritten: X in its first n rows) through the SVD, singular values below rcond·s₁ treated
/// as zero; `lwork = -1` is a workspace query (`work[0]`, and `iwork[0]` the integers needed).
void dgelsd_(const blasint *m, const blasint *n, const blasint *nrhs, double *a, const blasint *lda, double *b,
             const blasint *ldb, double *s, const double *rcond, blasint *rank, double *work, const blasint *lwork,
             blasint *iwork, blasint *info);
/// The eigenvalues (ascending, into `w`) and, with jobz 'V', the orthonormal eigenvectors (the
/// columns of `a`, overwritten) of the symmetric n×n `a`, of which the `uplo` triangle is read;
/// divide and conquer. `lwork = liwork = -1` is a workspace query. Reference LAPACK: the two
/// trailing arguments are the hidden lengths of `jobz` and `uplo`.
void dsyevd_(const char *jobz, const char *uplo, const blasint *n, double *a, const blasint *lda, double *w,
             double *work, const blasint *lwork, blasint *iwork, const blasint *liwork, blasint *info,
             size_t jobz_length, size_t uplo_length);
#endif
