extension NDArray {
    /// `np.matmul(a, b)` / `a @ b` with NumPy 2's memory behaviour (`matmul.c.src`).
    ///
    /// Shapes: the last two dimensions are the matrices, the leading ones a batch that
    /// broadcasts; a 1-D first operand is a row (its dimension removed from the result), a 1-D
    /// second operand a column. Scalars are refused, as NumPy refuses them.
    ///
    /// Memory: the result (`batch · m · p · itemsize` bytes, C order, not zeroed) and, when the
    /// operands' dtypes differ from the result's, a converted copy of each such operand. For
    /// float32/float64 matrices with `m, n, p > 1` BLAS is used; an operand BLAS cannot read as
    /// it is (its inner stride is not one element, or its rows overlap) is first gathered into
    /// one scratch buffer of `itemsize · (m·n if A needs it + n·p if B needs it)` bytes,
    /// allocated once for the whole call and freed at its end — NumPy ≥ 2.3 does the same with
    /// plain `malloc` (memray sees it, tracemalloc does not; the ledger counts it). `A @ Aᵀ` of
    /// one 2-D buffer uses `syrk`. A float matrix·vector, vector·matrix or vector·vector product
    /// (`n > 1`) uses `gemv`, without copies, when the matrix is BLAS-readable and the vector's
    /// step a positive whole number of elements (one `gemv` for a whole C-ordered stack times one
    /// vector; see ``MatrixVectorProduct``); other vector cases and integer dtypes run loops
    /// without copies.
    ///
    /// With `out` nothing is allocated for the result when `out` has the result's shape and
    /// dtype, does not share a buffer with an operand and its matrices are C-ordered BLAS
    /// targets; otherwise the product is computed into a temporary of the result's size and
    /// copied into `out` (casting `same_kind`, as the ufunc does). Returns `out`.
    public static func matmul(_ a: NDArray, _ b: NDArray, out: NDArray?) throws(EngineError) -> NDArray {
        guard let out else { return try matmul(a, b) }
        let type = DType.promote(a.dtype, b.dtype)
        let shape = try matmulShape(a, b)
        guard out.ndim == shape.count else {
            throw .badOutput("matmul: Output operand 0 does not have enough dimensions (has \(out.ndim), gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires \(shape.count))")
        }
        for axis in 0..<shape.count where out.shape[axis] != shape[axis] {
            let core = axis - (shape.count - Swift.min(2, shape.count))
            if core >= 0 {
                throw .badOutput("matmul: Output operand 0 has a mismatch in its core dimension \(core), with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(out.shape[axis]) is different from \(shape[axis]))")
            }
            throw .badOutput("non-broadcastable output operand with shape \(EngineError.shapeText(out.shape)) doesn't match the broadcast shape \(EngineError.shapeText(shape))")
        }
        guard type.canCastSameKind(to: out.dtype) else {
            throw .castingRefused("Cannot cast ufunc 'matmul' output from dtype('\(type)') to dtype('\(out.dtype)') with casting rule 'same_kind'")
        }
        let direct = out.dtype == type && a.storage !== out.storage && b.storage !== out.storage && out.isCContiguous
        if direct, out.size > 0 {
            let (x, y, batch) = try matmulOperands(a, b, type)
            let (m, p) = (x.shape[x.ndim - 2], y.shape[y.ndim - 1])
            let target = NDArray(storage: out.storage, dtype: type, shape: batch + [m, p],
                                 strides: NDArray.contiguousStrides(shape: batch + [m, p], itemSize: type.itemSize, order: .c), offset: out.offset)
            try MatmulExecution(a: x, b: y, out: target, batch: batch).run()
        } else if out.size > 0 {
            try matmul(a, b).assign(to: out)
        }
        return out
    }

    /// The shape of `matmul(a, b)`, or NumPy's error for operands matmul refuses (0-d, core
    /// dimensions that differ, batch shapes that do not broadcast).
    static func matmulShape(_ a: NDArray, _ b: NDArray) throws(EngineError) -> [Int] {
        guard a.ndim >= 1, b.ndim >= 1 else {
            throw .invalidArgument("matmul: Input operand \(a.ndim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        let (n, n2) = (a.shape[a.ndim - 1], b.shape[Swift.max(b.ndim - 2, 0)])
        guard n == n2 else {
            throw .invalidArgument("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(n2) is different from \(n))")
        }
        let batch = try broadcastShape([Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2))])
        return batch + (a.ndim > 1 ? [a.shape[a.ndim - 2]] : []) + (b.ndim > 1 ? [b.shape[b.ndim - 1]] : [])
    }

    /// `np.matmul(a, b)` / `a @ b`; see ``matmul(_:_:out:)`` for `out=`.
    public static func matmul(_ a: NDArray, _ b: NDArray) throws(EngineError) -> NDArray {
        let shape = try matmulShape(a, b)
        let type = DType.promote(a.dtype, b.dtype)
        let (x, y, batch) = try matmulOperands(a, b, type)
        let result = try NDArray(empty: batch + [x.shape[x.ndim - 2], y.shape[y.ndim - 1]], dtype: type)
        if result.size > 0 {
            try MatmulExecution(a: x, b: y, out: result, batch: batch).run()
        }
        return try result.reshape(shape)
    }

    /// The operands of a matmul as stacks of matrices of `type` (a 1-D `a` is a row, a 1-D `b`
    /// a column; an operand of another dtype is converted, a C-ordered copy) and the batch
    /// shape they broadcast to. The caller has checked them with ``matmulShape(_:_:)``.
    static func matmulOperands(_ a: NDArray, _ b: NDArray, _ type: DType) throws(EngineError) -> (NDArray, NDArray, [Int]) {
        let left = a.ndim == 1 ? a.asRowMatrix : a, right = b.ndim == 1 ? b.asColumnMatrix : b
        let x = left.dtype == type ? left : try left.astype(type, order: .c)
        let y = right.dtype == type ? right : try right.astype(type, order: .c)
        let batch = try broadcastShape([Array(x.shape.dropLast(2)), Array(y.shape.dropLast(2))])
        return (x, y, batch)
    }
}
