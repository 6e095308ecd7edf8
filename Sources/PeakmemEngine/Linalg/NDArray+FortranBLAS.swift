import PeakmemResults
#if canImport(Glibc)
import Glibc
#endif

/// The precision of a SciPy BLAS routine: `s` (float32) or `d` (float64).
public enum BLASPrecision: String, Sendable, Hashable, CaseIterable {
    /// `sgemm`, `ssyrk`: float32.
    case single = "s"
    /// `dgemm`, `dsyrk`: float64.
    case double = "d"

    /// The dtype the routine computes in.
    public var dtype: DType { self == .single ? .float32 : .float64 }
}

extension NDArray {
    /// `scipy.linalg.blas.?gemm(alpha, a, b, beta=0, c=None, trans_a=0, trans_b=0, overwrite_c=0)`:
    /// `α·op(a)·op(b) + β·c`, with `op(x) = xᵀ` when the trans flag is set, as SciPy's f2py
    /// wrapper computes it.
    ///
    /// Memory (f2py's `ndarray_from_pyobj`, measured in docs/research/numpy-products.md §6):
    /// `a`, then `b`, is used in place when it is Fortran-contiguous and of the routine's dtype,
    /// else copied to a Fortran-ordered array of that dtype (`size · itemsize` bytes, freed when
    /// the call returns; a C-contiguous operand is copied, its transpose is not). The result is
    /// m×n, Fortran order: a new zero-filled array when `c` is nil; `c` itself when
    /// `overwriteC` is set and `c` is Fortran-contiguous of the routine's dtype (nothing
    /// allocated, `c` is overwritten); otherwise a Fortran-ordered copy of `c`. A 1-D operand
    /// is read as a column, a 0-d one as 1×1.
    public static func gemm(_ precision: BLASPrecision, alpha: Double, a: NDArray, b: NDArray, beta: Double = 0,
                            c: NDArray? = nil, transA: Bool = false, transB: Bool = false,
                            overwriteC: Bool = false) throws(EngineError) -> NDArray {
        let routine = "\(precision.rawValue)gemm"
        let left = try a.fortranOperand(precision.dtype, routine: routine, operand: 0)
        let right = try b.fortranOperand(precision.dtype, routine: routine, operand: 1)
        let opA = transA ? left.T : left, opB = transB ? right.T : right
        let (m, k, n) = (opA.shape[0], opA.shape[1], opB.shape[1])
        guard opB.shape[0] == k else {
            throw .invalidArgument("(trans_b?kb==k:ldb==k) failed for hidden n: \(routine):n=\(n)")
        }
        let result = try fortranResult(precision.dtype, [m, n], c: c, overwrite: overwriteC, routine: routine)
        guard m > 0, n > 0 else { return result }
        // The F-ordered result is the C-ordered n×m matrix resultᵀ = op(b)ᵀ·op(a)ᵀ.
        let target = result.T
        let ldc = Swift.max(m, 1)
        if k == 0 {
            try target.scaleInPlace(beta)
        } else {
            BLAS.gemm(precision.dtype, m: n, n: m, k: k, alpha: alpha, a: opB.T.blasMatrix, b: opA.T.blasMatrix, beta: beta,
                      c: target.baseAddress, ldc: ldc)
        }
        withExtendedLifetime((left, right)) {}
        return result
    }

    /// `scipy.linalg.blas.?syrk(alpha, a, beta=0, c=None, trans=0, lower=0, overwrite_c=0)`:
    /// one triangle of `α·op(a)·op(a)ᵀ + β·c`, `op(a) = a` (n×k) or, with `trans`, `aᵀ`.
    ///
    /// Only the upper triangle (the lower one with `lower`) is written; the other keeps the
    /// zeros of a new result or the values of `c`, as SciPy's does, so the result is not
    /// symmetric. Memory: as ``gemm(_:alpha:a:b:beta:c:transA:transB:overwriteC:)`` — `a`
    /// copied to Fortran order of the routine's dtype unless it already is, the n×n result
    /// zero-filled, `c` itself or a copy of it.
    public static func syrk(_ precision: BLASPrecision, alpha: Double, a: NDArray, beta: Double = 0, c: NDArray? = nil,
                            trans: Bool = false, lower: Bool = false, overwriteC: Bool = false) throws(EngineError) -> NDArray {
        let routine = "\(precision.rawValue)syrk"
        let operand = try a.fortranOperand(precision.dtype, routine: routine, operand: 0)
        let opA = trans ? operand.T : operand
        let (n, k) = (opA.shape[0], opA.shape[1])
        let result = try fortranResult(precision.dtype, [n, n], c: c, overwrite: overwriteC, routine: routine)
        guard n > 0 else { return result }
        // resultᵀ is C-ordered; its lower triangle is the result's upper one.
        let target = result.T
        let ldc = n
        if k == 0 {
            try target.scaleInPlace(beta)
        } else {
            BLAS.syrk(precision.dtype, n: n, k: k, alpha: alpha, a: opA.blasMatrix, beta: beta, c: target.baseAddress,
                      ldc: ldc, upper: lower)
        }
        withExtendedLifetime(operand) {}
        return result
    }

    /// This array as the 2-D Fortran-ordered operand of a SciPy BLAS routine: itself (a view)
    /// when it is Fortran-contiguous of `dtype`, else a Fortran-ordered copy converted to
    /// `dtype` (recorded as a layout copy of operand `operand`, or a cast copy when only the
    /// dtype differs). 1-D arrays are columns, 0-d ones 1×1.
    func fortranOperand(_ dtype: DType, routine: String, operand: Int) throws(EngineError) -> NDArray {
        let matrix: NDArray
        switch ndim {
        case 2: matrix = self
        case 1: matrix = NDArray(storage: storage, dtype: self.dtype, shape: [shape[0], 1], strides: [strides[0], shape[0] * itemSize], offset: offset)
        case 0: matrix = NDArray(storage: storage, dtype: self.dtype, shape: [1, 1], strides: [itemSize, itemSize], offset: offset)
        default: throw .invalidArgument("\(routine): an operand must have at most 2 dimensions, not \(ndim)")
        }
        if matrix.dtype == dtype && matrix.isFContiguous { return matrix }
        let role: AllocationRole = matrix.isFContiguous ? .castCopy(operand: operand, dtype: dtype.description)
            : .layoutCopy(operand: operand, order: MemoryOrder.fortran.rawValue)
        return try Ledger.current.withRole(role) { () throws(EngineError) in try matrix.astype(dtype, order: .fortran) }
    }

    /// The output of a SciPy BLAS routine: a new zero-filled `shape` array in Fortran order, or
    /// `c` itself (`overwrite` and Fortran-contiguous of `dtype`), or a Fortran-ordered copy.
    static func fortranResult(_ dtype: DType, _ shape: [Int], c: NDArray?, overwrite: Bool,
                              routine: String) throws(EngineError) -> NDArray {
        guard let c else {
            let result = try NDArray(empty: shape, dtype: dtype, order: .fortran)
            memset(result.baseAddress, 0, result.nbytes)
            return result
        }
        guard c.ndim == 2 else {
            throw .invalidArgument("\(routine): failed to create array from the 2nd keyword `c` -- rank mismatch: expected 2, got \(c.ndim)")
        }
        for axis in 0..<2 where c.shape[axis] != shape[axis] {
            throw .invalidArgument("\(routine): failed to create array from the 2nd keyword `c` -- \(axis)-th dimension must be fixed to \(shape[axis]) but got \(c.shape[axis])")
        }
        if overwrite && c.dtype == dtype && c.isFContiguous { return c }
        return try c.astype(dtype, order: .fortran)
    }

    /// Multiplies every element of this float32/float64 array by `factor` in place (BLAS with
    /// `k = 0` computes `β·C`).
    func scaleInPlace(_ factor: Double) throws(EngineError) {
        _ = try NDArray.apply(.multiply, .array(self), .scalar(.float(factor)), out: self)
    }
}
