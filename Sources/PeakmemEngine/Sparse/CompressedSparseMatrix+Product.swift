import Dispatch

extension CompressedSparseMatrix {
    /// `self @ other` (and `self.dot(other)`) with a dense vector `(n,)` or matrix `(n, k)`:
    /// the `(m,)` or `(m, k)` product, as SciPy's `_matmul_vector`/`_matmul_multivector` compute
    /// it with the `csr_matvec(s)`/`csc_matvec(s)` kernels.
    ///
    /// Memory (SciPy 1.17, docs/research/numpy-products.md §9.2): the result, `np.zeros` of the
    /// promoted dtype in C order (retained); a C-ordered copy of `other` when it is not
    /// C-contiguous (`other.ravel()`); then, as the sparsetools thunk converts its arguments,
    /// a copy of `data` (`nnz · itemsize`) when its dtype is not the result's and of the dense
    /// operand (`size · itemsize`) when its dtype is not. The copies go when the product is done.
    public func product(_ other: NDArray) throws(EngineError) -> NDArray {
        guard other.ndim == 1 || other.ndim == 2 else { throw .invalidArgument("could not interpret dimensions") }
        guard other.shape[0] == shape[1] else {
            let right = other.ndim == 1 ? "1?" : "m"
            throw .invalidArgument("matmul: dimension mismatch with signature (n,k=\(shape[1])),(k=\(other.shape[0]),\(right))->(n,\(right))")
        }
        let type = DType.promote(dtype, other.dtype)
        let columns = other.ndim == 2 ? other.shape[1] : 1
        let result = try NDArray.zeros(other.ndim == 2 ? [shape[0], columns] : [shape[0]], dtype: type)
        let raveled = try other.astype(other.dtype, order: .c, copy: false)
        let parts = try kernelParts(type)
        let dense = try raveled.astype(type, order: .c, copy: false)
        if result.size > 0, nnz > 0 {
            try type.dispatch(SparseDenseProduct(format: format, majorCount: majorCount, columns: columns,
                                                 parts: parts, dense: dense, result: result))
        }
        withExtendedLifetime((raveled, parts, dense)) {}
        return result
    }

    /// `other @ self` for a dense `other` of shape `(k, m)` or `(m,)`: SciPy's
    /// `_rmatmul_dispatch`, `(self.T @ other.T).T` — so a C-ordered 2-D `other` is copied
    /// (its transpose is not C-contiguous) and the result is the Fortran-ordered transpose of
    /// a `(n, k)` C array.
    public func reflectedProduct(_ other: NDArray) throws(EngineError) -> NDArray {
        try transposed.product(other.T).T
    }
}

/// The `csr_matvecs`/`csc_matvecs` loops: `result += sparse · dense` over C-contiguous parts,
/// dense `(n, columns)` and result `(m, columns)` (a vector is one column). CSR products of at
/// least 2²⁰ multiply-adds split their rows into blocks shared by the online cores (SciPy's
/// loop is single-threaded; the sums per element are the same, in the same order).
private struct SparseDenseProduct: DTypeVisitor {
    let format: CompressedSparseMatrix.Format
    let majorCount: Int
    let columns: Int
    let parts: (data: NDArray, indices: NDArray, indptr: NDArray)
    let dense: NDArray
    let result: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        if parts.indices.dtype == .int32 { run(T.self, Int32.self) } else { run(T.self, Int64.self) }
    }

    private func run<T: ArrayElement, I: FixedWidthInteger & ArrayElement>(_: T.Type, _: I.Type) {
        let data = parts.data.baseAddress.assumingMemoryBound(to: T.self)
        let indices = parts.indices.baseAddress.assumingMemoryBound(to: I.self)
        let indptr = parts.indptr.baseAddress.assumingMemoryBound(to: I.self)
        let x = dense.baseAddress.assumingMemoryBound(to: T.self)
        let y = result.baseAddress.assumingMemoryBound(to: T.self)
        let k = columns
        if format == .csr {
            // y[line, :] += data[p] · x[indices[p], :]; rows are independent, so large
            // products split them between the cores.
            let lines = majorCount
            let work = Int(indptr[lines]) * k
            // Four blocks per core, taken by whichever thread is free, so a core busy with
            // other work delays the product by a block rather than by half of it.
            let blocks = work >= 1 << 20 ? Swift.min(lines, 4 * Swift.min(ProcessorCount.online, 8)) : 1
            nonisolated(unsafe) let (data, indices, indptr, x, y) = (data, indices, indptr, x, y)
            let body: @Sendable (Int) -> Void = { block in
                let range = (lines * block / blocks)..<(lines * (block + 1) / blocks)
                if T.self == Double.self {
                    SparseRowKernel.rows(range, data: UnsafeRawPointer(data).assumingMemoryBound(to: Double.self), indices: indices,
                                         indptr: indptr, x: UnsafeRawPointer(x).assumingMemoryBound(to: Double.self),
                                         y: UnsafeMutableRawPointer(y).assumingMemoryBound(to: Double.self), columns: k)
                } else if T.self == Float.self {
                    SparseRowKernel.rows(range, data: UnsafeRawPointer(data).assumingMemoryBound(to: Float.self), indices: indices,
                                         indptr: indptr, x: UnsafeRawPointer(x).assumingMemoryBound(to: Float.self),
                                         y: UnsafeMutableRawPointer(y).assumingMemoryBound(to: Float.self), columns: k)
                } else {
                    for line in range {
                        let target = y + line * k
                        for p in Int(indptr[line])..<Int(indptr[line + 1]) {
                            let a = data[p], source = x + Int(indices[p]) * k
                            for v in 0..<k { target[v] = T.add(target[v], T.multiply(a, source[v])) }
                        }
                    }
                }
            }
            if blocks == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: blocks, execute: body) }
        } else {
            // y[indices[p], :] += data[p] · x[line, :]
            for line in 0..<majorCount {
                let source = x + line * k
                for p in Int(indptr[line])..<Int(indptr[line + 1]) {
                    let a = data[p], target = y + Int(indices[p]) * k
                    for v in 0..<k { target[v] = T.add(target[v], T.multiply(a, source[v])) }
                }
            }
        }
        withExtendedLifetime((parts, dense, result)) {}
    }
}

/// The float CSR rows of ``SparseDenseProduct``: `y[line, :] += Σₚ data[p] · x[indices[p], :]`
/// with the row of `y` held in SIMD registers while the row's entries are summed, a tile of
/// 16, 8, 4, 2 or 1 columns at a time, instead of loading and storing `y` once per entry.
///
/// Every element gets the same operations in the same order as in SciPy's `csr_matvecs` loop
/// (`y` first, then the entries in storage order, a multiply then an add, never fused), so the
/// sums equal that loop's bit for bit (SparseTests).
private enum SparseRowKernel {
    static func rows<F: BinaryFloatingPoint & SIMDScalar, I: FixedWidthInteger>(
        _ lines: Range<Int>, data: UnsafePointer<F>, indices: UnsafePointer<I>, indptr: UnsafePointer<I>,
        x: UnsafePointer<F>, y: UnsafeMutablePointer<F>, columns k: Int
    ) {
        for line in lines {
            let entries = Int(indptr[line])..<Int(indptr[line + 1])
            guard !entries.isEmpty else { continue }
            let target = y + line * k
            var column = 0
            while k - column >= 16 { tile(SIMD16<F>.self, column, entries, data, indices, x, target, k); column += 16 }
            if k - column >= 8 { tile(SIMD8<F>.self, column, entries, data, indices, x, target, k); column += 8 }
            if k - column >= 4 { tile(SIMD4<F>.self, column, entries, data, indices, x, target, k); column += 4 }
            if k - column >= 2 { tile(SIMD2<F>.self, column, entries, data, indices, x, target, k); column += 2 }
            if k - column == 1 {
                var sum = target[column]
                for p in entries { sum += data[p] * x[Int(indices[p]) * k + column] }
                target[column] = sum
            }
        }
    }

    /// Columns `column ..< column + V.scalarCount` of one row of `y`.
    @inline(__always)
    private static func tile<V: SIMD, I: FixedWidthInteger>(
        _: V.Type, _ column: Int, _ entries: Range<Int>, _ data: UnsafePointer<V.Scalar>, _ indices: UnsafePointer<I>,
        _ x: UnsafePointer<V.Scalar>, _ target: UnsafeMutablePointer<V.Scalar>, _ k: Int
    ) where V.Scalar: BinaryFloatingPoint {
        var sum = UnsafeRawPointer(target + column).loadUnaligned(as: V.self)
        for p in entries {
            sum += V(repeating: data[p]) * UnsafeRawPointer(x + Int(indices[p]) * k + column).loadUnaligned(as: V.self)
        }
        UnsafeMutableRawPointer(target + column).storeBytes(of: sum, as: V.self)
    }
}
