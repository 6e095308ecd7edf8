import PeakmemEngine

extension FunctionRegistry {
    /// `np.average` and `np.ptp`, as NumPy 2.4.6's Python bodies compose ufuncs (see
    /// docs/research/numpy-order-statistics.md): `average` without weights is `a.mean(axis)`;
    /// with weights it makes `scl = w.sum(axis)`, the `scl == 0` check, the full-size product
    /// `a * w` (freed once summed), its sum and the quotient; `ptp` makes the maximum, the
    /// minimum and their difference.
    func registerNumpyAverages() {
        register("numpy.average", [.required("a"), .optional("axis"), .optional("weights"), .optional("returned", .bool(false)),
                                   .keyword("keepdims", .bool(false))],
                 summary: "the weighted average along axis: sum(a * weights) / sum(weights) (no weights: the mean)") { a, _ throws(RuntimeError) in
            try Averages.average(a)
        }
        register("numpy.ptp", [.required("a"), .optional("axis"), .optional("out"), .optional("keepdims", .bool(false))],
                 summary: "the range (maximum - minimum) along axis") { a, _ throws(RuntimeError) in
            guard a.isNone("out") else { throw .unsupported("np.ptp(out=...) is not supported yet") }
            let input = try a.array("a"), axes = try Reductions.axes(a["axis"], function: a.function), keepdims = try a.bool("keepdims")
            return try ArrayOperations.unwrap(try engine {
                let largest = try NDArray.reduce(.maximum, input, axes: axes, keepdims: keepdims)
                let smallest = try NDArray.reduce(.minimum, input, axes: axes, keepdims: keepdims)
                return try NDArray.apply(.subtract, .array(largest), .array(smallest))
            })
        }
    }
}

/// The argument handling of ``FunctionRegistry/registerNumpyAverages()``.
enum Averages {
    /// `np.average(a, axis=, weights=, returned=, keepdims=)`.
    static func average(_ a: Arguments) throws(RuntimeError) -> Value {
        let input = try a.array("a"), axes = try Reductions.axes(a["axis"], function: a.function)
        let keepdims = try a.bool("keepdims"), returned = try a.bool("returned")
        guard let weights = try a.optionalArray("weights") else {
            let average = try engine { try NDArray.mean(input, axes: axes, keepdims: keepdims) }
            let value = try ArrayOperations.unwrap(average)
            guard returned else { return value }
            let count = Double(input.size) / Double(Swift.max(average.size, 1))
            let scale: Value = try ArrayOperations.unwrap(try engine { () throws(EngineError) in
                let s = try NDArray(empty: [], dtype: average.dtype)
                try s.fill(.float(count))
                return s
            })
            return .tuple([value, scale])
        }
        let resultType = DType.promote(input.dtype, weights.dtype)
        guard resultType.isFloatingPoint else {
            throw .unsupported("np.average of integer data with integer weights is not supported yet (NumPy multiplies them in float64)")
        }
        let aligned = try alignedWeights(weights, to: input, axes: axes)
        let scale = try engine { try NDArray.reduce(.add, aligned, axes: axes, keepdims: keepdims) }
        let anyZero = try engine { try NDArray.apply(.equal, .array(scale), .scalar(.float(0))).countNonzero() > 0 }
        guard !anyZero else { throw .zeroDivisionError("Weights sum to zero, can't be normalized") }
        return try engine { () throws -> Value in
            let total: NDArray
            do {
                let product = try NDArray.apply(.multiply, .array(input), .array(aligned))
                total = try NDArray.reduce(.add, product, axes: axes, keepdims: keepdims)
            }
            let average = try NDArray.apply(.divide, .array(total), .array(scale))
            let value = try ArrayOperations.unwrap(average)
            guard returned else { return value }
            let fullScale = scale.shape == average.shape ? scale : try scale.broadcast(to: average.shape).copy()
            return .tuple([value, try ArrayOperations.unwrap(fullScale)])
        }
    }

    /// NumPy's `_weights_are_valid`: weights of `a`'s shape, or 1-d weights along one `axis`
    /// (broadcast and swapped into place: views).
    private static func alignedWeights(_ weights: NDArray, to a: NDArray, axes: [Int]?) throws(RuntimeError) -> NDArray {
        if weights.shape == a.shape { return weights }
        guard let axes else {
            throw .typeError("Axis must be specified when shapes of a and weights differ.")
        }
        guard weights.ndim == 1 else { throw .typeError("1D weights expected when shapes of a and weights differ.") }
        guard axes.count == 1, let axis = Optional(axes[0]) else {
            throw .unsupported("np.average with 1-d weights along several axes is not supported yet")
        }
        let resolved = try engine { try NDArray.normalize(axis: axis, ndim: a.ndim) }
        guard weights.size == a.shape[resolved] else { throw .valueError("Shape of weights must be consistent with shape of a along specified axis.") }
        var shape = [Int](repeating: 1, count: a.ndim)
        shape[resolved] = weights.size
        return try engine { try weights.reshape(shape) }
    }
}
