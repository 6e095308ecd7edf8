extension NDArray {
    /// The `ord` argument of `np.linalg.norm`.
    public enum NormOrder: Sendable, Equatable {
        /// `ord=None`: the 2-norm of vectors, the Frobenius norm of matrices.
        case standard
        /// A number: `Σ|x|^p)^(1/p)` for vectors (`inf`, `-inf`, `0`, `1`, `2` special-cased);
        /// `1`, `-1`, `inf`, `-inf`, `2`, `-2` for matrices.
        case power(Double)
        /// `'fro'` or `'f'`: the Frobenius norm (matrices only).
        case frobenius
        /// `'nuc'`: the nuclear norm, the sum of the singular values (matrices only).
        case nuclear
    }

    /// `np.linalg.norm(x, ord, axis, keepdims)`, step for step as NumPy 2.4.6's
    /// `numpy/linalg/_linalg.py` computes it, with the same temporaries:
    ///
    /// - integer and boolean `x`: first a float64 copy;
    /// - no `axis`, `ord` None (or `'fro'` of a matrix, `2` of a vector): `sqrt(dot(r, r))` with
    ///   `r = x.ravel(order='K')` — nothing allocated for a contiguous `x` (a view and a BLAS dot),
    ///   a flattened copy otherwise;
    /// - vector norms along one axis: `ord` ±inf `abs(x).max/min`; `0` the count of non-zeros
    ///   (a boolean and a float temporary); `1` `add.reduce(abs(x))`; None/2
    ///   `sqrt(add.reduce(x·x))` with `x·x` alive until the end (NumPy holds it in a local);
    ///   another `p`: `abs(x)`, raised to `p` in place, reduced, the result raised to `1/p` in place;
    /// - matrix norms over two axes: `1`/`inf` (`-1`/`-inf`) the max (min) of the absolute column
    ///   (row) sums; None/`'fro'` `sqrt(add.reduce(x·x))`; `2`, `-2` and `'nuc'` the largest,
    ///   smallest and sum of the singular values (``singularValues(_:)``, with its buffers).
    ///
    /// `keepdims` reshapes the result to keep the reduced axes with length 1.
    public static func norm(_ x: NDArray, order: NormOrder = .standard, axes: [Int]? = nil, keepdims: Bool = false) throws(EngineError) -> NDArray {
        guard !x.dtype.isComplex else { throw .unsupportedDType("np.linalg.norm of a complex array is not supported yet (real dtypes only)") }
        let x = x.dtype.isFloatingPoint ? x : try x.astype(.float64)
        let nd = x.ndim
        if axes == nil {
            let fast = switch order {
            case .standard: true
            case .frobenius: nd == 2
            case .power(let p): p == 2 && nd == 1
            case .nuclear: false
            }
            if fast {
                let flat = try x.ravel(order: .keep)
                let result = try apply(.sqrt, try dot(flat, flat))
                return keepdims ? try result.reshape([Int](repeating: 1, count: nd)) : result
            }
        }
        let axes = try (axes ?? Array(0..<nd)).map { (axis) throws(EngineError) -> Int in try normalize(axis: axis, ndim: nd) }
        switch axes.count {
        case 1:
            return try vectorNorm(x, order: order, axis: axes[0], keepdims: keepdims)
        case 2:
            let result = try matrixNorm(x, order: order, rowAxis: axes[0], columnAxis: axes[1])
            guard keepdims else { return result }
            var shape = x.shape
            shape[axes[0]] = 1
            shape[axes[1]] = 1
            return try result.reshape(shape)
        default:
            throw .invalidArgument("Improper number of dimensions to norm.")
        }
    }

    private static func vectorNorm(_ x: NDArray, order: NormOrder, axis: Int, keepdims: Bool) throws(EngineError) -> NDArray {
        switch order {
        case .power(.infinity):
            return try reduce(.maximum, apply(.absolute, x), axes: [axis], dtype: nil, out: nil, keepdims: keepdims, identity: .float(0))
        case .power(-.infinity):
            return try reduce(.minimum, apply(.absolute, x), axes: [axis], keepdims: keepdims)
        case .power(0):
            return try reduce(.add, apply(.notEqual, .array(x), .scalar(.int(0))).astype(x.dtype), axes: [axis], keepdims: keepdims)
        case .power(1):
            return try reduce(.add, apply(.absolute, x), axes: [axis], keepdims: keepdims)
        case .standard, .power(2):
            let squares = try x * x
            let result = try apply(.sqrt, reduce(.add, squares, axes: [axis], keepdims: keepdims))
            withExtendedLifetime(squares) {}
            return result
        case .frobenius, .nuclear:
            throw .invalidArgument("Invalid norm order '\(order == .nuclear ? "nuc" : "fro")' for vectors")
        case .power(let p):
            let magnitudes = try apply(.absolute, x)
            try magnitudes.applyInPlace(.power, .scalar(.float(p)))
            let result = try reduce(.add, magnitudes, axes: [axis], keepdims: keepdims)
            try result.applyInPlace(.power, .scalar(.float(1 / p)))
            withExtendedLifetime(magnitudes) {}
            return result
        }
    }

    private static func matrixNorm(_ x: NDArray, order: NormOrder, rowAxis: Int, columnAxis: Int) throws(EngineError) -> NDArray {
        guard rowAxis != columnAxis else { throw .invalidArgument("Duplicate axes given.") }
        // The sums of |x| along one axis, then the extreme along the other (renumbered after
        // the first reduction removed its axis).
        func extreme(sumAlong summed: Int, then other: Int, largest: Bool) throws(EngineError) -> NDArray {
            let sums = try reduce(.add, apply(.absolute, x), axes: [summed])
            let remaining = other > summed ? other - 1 : other
            return largest ? try reduce(.maximum, sums, axes: [remaining], dtype: nil, out: nil, keepdims: false, identity: .float(0))
                           : try reduce(.minimum, sums, axes: [remaining])
        }
        switch order {
        case .power(1): return try extreme(sumAlong: rowAxis, then: columnAxis, largest: true)
        case .power(-1): return try extreme(sumAlong: rowAxis, then: columnAxis, largest: false)
        case .power(.infinity): return try extreme(sumAlong: columnAxis, then: rowAxis, largest: true)
        case .power(-.infinity): return try extreme(sumAlong: columnAxis, then: rowAxis, largest: false)
        case .standard, .frobenius:
            return try apply(.sqrt, reduce(.add, x * x, axes: [rowAxis, columnAxis]))
        case .power(2), .power(-2), .nuclear:
            // _multi_svd_norm: the singular values of x with the two axes moved last.
            let rest = (0..<x.ndim).filter { $0 != rowAxis && $0 != columnAxis }
            let s = try singularValues(x.transpose(rest + [rowAxis, columnAxis]))
            let last = [s.ndim - 1]
            switch order {
            case .power(2): return try reduce(.maximum, s, axes: last, dtype: nil, out: nil, keepdims: false, identity: .float(0))
            case .power(-2): return try reduce(.minimum, s, axes: last)
            default: return try reduce(.add, s, axes: last)
            }
        case .power:
            throw .invalidArgument("Invalid norm order for matrices.")
        }
    }
}
