extension NDArray {
    /// `op.reduce(a, axis=axes, dtype=dtype, out=out, keepdims=keepdims)`: folds the elements
    /// along `axes` (nil: every axis) with a binary ufunc.
    ///
    /// The computation runs in `dtype`, else `out`'s dtype, else
    /// ``BinaryOperator/accumulatorDType(for:)`` (int64 for sums and products of booleans and
    /// small integers); an input of another dtype is converted block by block. `add` and
    /// `multiply` start from their identity, the others from the first element along the axes
    /// (and refuse an empty reduction, as NumPy does). Float sums use NumPy's pairwise
    /// summation along a reduced inner run, so they agree with NumPy bit for bit.
    ///
    /// Memory: without `out`, exactly one result buffer (the reduced shape times the compute
    /// dtype's size; 8 bytes for a float64 reduction to a scalar); with `out`, nothing. No
    /// full-size temporary, whatever the axis and layout.
    public static func reduce(_ op: BinaryOperator, _ a: NDArray, axes: [Int]?, dtype: DType? = nil,
                              out: NDArray? = nil, keepdims: Bool = false) throws(EngineError) -> NDArray {
        try op.checkReducible("reduce")
        return try reduce(op, a, axes: axes, dtype: dtype, out: out, keepdims: keepdims, identity: op.reductionIdentity)
    }

    /// ``reduce(_:_:axes:dtype:out:keepdims:)`` starting from `identity` (nil: from the first
    /// element), for reductions whose ufunc has another identity than `op`'s (`np.any` is a
    /// boolean `maximum` from False, `np.all` a boolean `minimum` from True).
    static func reduce(_ op: BinaryOperator, _ a: NDArray, axes: [Int]?, dtype: DType?, out: NDArray?,
                       keepdims: Bool, identity: Scalar?) throws(EngineError) -> NDArray {
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        if !op.isReorderable, reduced.count > 1 {
            throw .invalidArgument("reduction operation '\(op.rawValue)' is not reorderable, so at most one axis may be specified")
        }
        let compute = try computeDType(op, a.dtype, dtype: dtype, out: out)
        var kept = a.shape
        for axis in reduced { kept[axis] = 1 }
        let finalShape = reducedShape(a.shape, axes: reduced, keepdims: keepdims)
        let result: NDArray
        if let out {
            guard out.shape == finalShape else {
                throw .badOutput("output parameter for reduction operation \(op.rawValue) has the wrong shape \(EngineError.shapeText(out.shape)), expected \(EngineError.shapeText(finalShape))")
            }
            result = out
        } else {
            result = try NDArray(empty: finalShape, dtype: compute)
        }
        // The result seen with the input's dimensions: length 1 (stride 0) on the reduced axes.
        var keptStrides = a.strides
        var position = 0
        for axis in a.shape.indices {
            if reduced.contains(axis) {
                keptStrides[axis] = 0
                if keepdims { position += 1 }
            } else {
                keptStrides[axis] = result.strides[position]
                position += 1
            }
        }
        let target = NDArray(storage: result.storage, dtype: result.dtype, shape: kept, strides: keptStrides, offset: result.offset)
        var input = a
        if let identity {
            try target.fill(identity)
        } else {
            guard reduced.allSatisfy({ a.shape[$0] > 0 }) else {
                throw .invalidArgument("zero-size array to reduction operation \(op.rawValue) which has no identity")
            }
            // Start from the first element along the reduced axes.
            let first = NDArray(storage: a.storage, dtype: a.dtype, shape: kept, strides: a.strides, offset: a.offset)
            try first.assign(to: target)
            if op == .subtract, let axis = reduced.first {
                var rest = a.shape
                rest[axis] -= 1
                input = NDArray(storage: a.storage, dtype: a.dtype, shape: rest, strides: a.strides, offset: a.offset + a.strides[axis])
            }
        }
        try compute.dispatch(ReduceExecution(op: op, input: input, result: target))
        return result
    }

    /// `op.accumulate(a, axis=axis, dtype=dtype, out=out)`: the running reduction along one
    /// axis, `r[k] = op(r[k-1], a[k])`, in the dtype chosen as for ``reduce(_:_:axes:dtype:out:keepdims:)``.
    ///
    /// Memory: without `out`, exactly one result buffer of the input's shape (C order);
    /// with `out`, nothing.
    public static func accumulate(_ op: BinaryOperator, _ a: NDArray, axis: Int = 0, dtype: DType? = nil,
                                  out: NDArray? = nil) throws(EngineError) -> NDArray {
        try op.checkReducible("accumulate")
        guard a.ndim > 0 else { throw .invalidArgument("cannot accumulate on a scalar") }
        let resolved = try normalize(axis: axis, ndim: a.ndim)
        let compute = try computeDType(op, a.dtype, dtype: dtype, out: out)
        let result: NDArray
        if let out {
            guard out.shape == a.shape else {
                throw .badOutput("output parameter for accumulate has the wrong shape \(EngineError.shapeText(out.shape)), expected \(EngineError.shapeText(a.shape))")
            }
            result = out
        } else {
            result = try NDArray(empty: a.shape, dtype: compute)
        }
        let input = a.overlapsDifferently(with: result) ? try a.copy(order: .keep) : a
        try compute.dispatch(AccumulateExecution(op: op, input: input, result: result, axis: resolved))
        return result
    }

    /// `np.mean(a, axis=axes, dtype=dtype, out=out, keepdims=keepdims)`: the sum (in float64
    /// for boolean and integer input, else in the input's dtype or `dtype`) divided in place by
    /// the number of elements reduced, in float64 and cast back as NumPy's unsafe division by
    /// an `intp` count. Allocates only the result (nothing with `out`).
    public static func mean(_ a: NDArray, axes: [Int]?, dtype: DType? = nil, out: NDArray? = nil,
                            keepdims: Bool = false) throws(EngineError) -> NDArray {
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        let sumType = dtype ?? (out == nil && !a.dtype.isFloatingPoint ? .float64 : nil)
        let total = try reduce(.add, a, axes: reduced, dtype: sumType, out: out, keepdims: keepdims)
        let count = reduced.reduce(1) { $0 * a.shape[$1] }
        // NumPy's `true_divide(ret, rcount, out=ret, casting='unsafe')` with a strong intp
        // count: in float64, cast back (a float32 mean of more than 2**24 elements, an integer
        // `dtype=` truncated).
        try total.divideInPlace(by: Double(count))
        return total
    }

    /// The shape of a reduction of `shape` along the (normalized) `axes`: length 1 on them
    /// with `keepdims`, else without them.
    static func reducedShape(_ shape: [Int], axes: [Int], keepdims: Bool) -> [Int] {
        shape.indices.compactMap { axes.contains($0) ? (keepdims ? 1 : nil) : shape[$0] }
    }

    /// The reduced axes in increasing order: every axis for nil, else each normalized once.
    static func normalize(axes: [Int]?, ndim: Int) throws(EngineError) -> [Int] {
        guard let axes else { return Array(0..<ndim) }
        var result: [Int] = []
        for axis in axes {
            let resolved = try normalize(axis: axis, ndim: ndim)
            guard !result.contains(resolved) else { throw .invalidArgument("duplicate value in 'axis'") }
            result.append(resolved)
        }
        return result.sorted()
    }

    /// The dtype a reduction or accumulation computes in.
    private static func computeDType(_ op: BinaryOperator, _ input: DType, dtype: DType?, out: NDArray?) throws(EngineError) -> DType {
        if let dtype, let out, out.dtype != dtype {
            throw .badOutput("a reduction with dtype=\(dtype) into an output of dtype \(out.dtype) is not supported yet")
        }
        if op == .subtract, (dtype ?? out?.dtype ?? input) == .bool {
            _ = try op.loop(.bool, .bool)
        }
        return dtype ?? out?.dtype ?? op.accumulatorDType(for: input)
    }
}
