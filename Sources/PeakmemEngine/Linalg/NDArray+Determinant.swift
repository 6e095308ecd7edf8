import Foundation
import CBLAS

extension NDArray {
    /// `np.linalg.slogdet(a)`: the sign and the natural logarithm of the absolute value of the
    /// determinant of each matrix of the stack `a` (…, M, M), from the LU factorization
    /// (LAPACK `dgetrf`): `sign = (−1)^(row interchanges) · Π sign(uᵢᵢ)`,
    /// `logabsdet = Σ log|uᵢᵢ|`; a singular matrix gives sign 0 and logabsdet −∞ (no error).
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `slogdet`): a float64 copy of `a` unless it is
    /// float64, the two float64 outputs (batch shape), then one work buffer of `8·(M² + M)` bytes
    /// (the Fortran-ordered copy factored in place and the pivots) for the whole call; float32
    /// input gives float32 outputs (each converted).
    public static func slogdet(_ a: NDArray) throws(EngineError) -> (sign: NDArray, logabsdet: NDArray) {
        try LinalgGufunc.assertStackedSquare(a)
        let type = LinalgGufunc.resultType([a])
        let call = try LinalgGufunc([a], coreDimensions: [2])
        let sign = try NDArray(empty: call.batch, dtype: .float64), logabsdet = try NDArray(empty: call.batch, dtype: .float64)
        try call.factorEach { index, value in
            sign.contiguousDoubles[index] = value.sign
            logabsdet.contiguousDoubles[index] = value.logabsdet
        }
        return (try LinalgGufunc.converted(sign, to: type), try LinalgGufunc.converted(logabsdet, to: type))
    }

    /// `np.linalg.det(a)`: the determinant of each matrix of the stack `a` (…, M, M), computed
    /// as NumPy computes it, `sign · exp(logabsdet)` from ``slogdet(_:)``'s factorization (so a
    /// singular matrix gives 0, and a determinant beyond float64's range ±inf or 0).
    ///
    /// Memory (NumPy 2.4.6, `umath_linalg` `det`): a float64 copy of `a` unless it is float64,
    /// the float64 output (batch shape), then one work buffer of `8·(M² + M)` bytes for the whole
    /// call — 800×800: 5 126 400 bytes, freed before the call returns.
    public static func det(_ a: NDArray) throws(EngineError) -> NDArray {
        try LinalgGufunc.assertStackedSquare(a)
        let type = LinalgGufunc.resultType([a])
        let call = try LinalgGufunc([a], coreDimensions: [2])
        let result = try NDArray(empty: call.batch, dtype: .float64)
        try call.factorEach { index, value in
            result.contiguousDoubles[index] = value.sign * Foundation.exp(value.logabsdet)
        }
        return try LinalgGufunc.converted(result, to: type)
    }

    /// The elements of a C-contiguous float64 array.
    fileprivate var contiguousDoubles: UnsafeMutablePointer<Double> { baseAddress.assumingMemoryBound(to: Double.self) }
}

extension LinalgGufunc {
    /// The loop of NumPy's `det` and `slogdet` gufuncs: one work buffer of `8·(M² + M)` bytes
    /// (A in Fortran order, M 8-byte pivots), and per matrix of the batch A linearized, factored
    /// by `dgetrf` and `body(batchIndex, (sign, logabsdet))` called with its determinant's sign
    /// and log.
    func factorEach(_ body: (Int, (sign: Double, logabsdet: Double)) -> Void) throws(EngineError) {
        let a = operands[0]
        let n = a.shape[a.ndim - 1]
        let offsets = try batchOffsets(a, coreDimensions: 2)
        guard !offsets.isEmpty else { return }
        let work = try ArrayStorage(byteCount: 8 * (Swift.max(n, 1) * Swift.max(n, 1) + Swift.max(n, 1)))
        let factors = work.base.assumingMemoryBound(to: Double.self)
        let pivots = (work.base + 8 * n * n).assumingMemoryBound(to: blasint.self)
        for (index, offset) in offsets.enumerated() {
            try Self.matrix(of: a, at: offset, n, n).assign(to: Self.fortranMatrix(in: work, at: 0, n, n))
            guard LAPACK.getrf(n: n, a: factors, pivots: pivots) == .success else {
                body(index, (0, -.infinity))
                continue
            }
            var sign = 1.0, logabsdet = 0.0
            for i in 0..<n {
                if Int(pivots[i]) != i + 1 { sign = -sign }
                var element = factors[i * n + i]
                if element < 0 {
                    sign = -sign
                    element = -element
                }
                logabsdet += Foundation.log(element)
            }
            body(index, (sign, logabsdet))
        }
        withExtendedLifetime(work) {}
    }
}
