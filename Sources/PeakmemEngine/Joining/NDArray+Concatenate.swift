extension NDArray {
    /// `np.concatenate(arrays, axis=axis, out=out, dtype=dtype)`: the arrays joined along an
    /// existing axis (`axis: nil` joins their C-order flattenings into one 1-d array).
    ///
    /// The result dtype is NumPy's result type of the inputs, or `dtype`; every input must
    /// cast to it (or to `out`'s dtype) under the `same_kind` rule. The arrays must have the
    /// same number of dimensions and equal lengths along every axis but `axis`.
    ///
    /// Memory: exactly one result buffer (Fortran order when every input of more than one
    /// dimension is Fortran- and not C-contiguous, else C order; C order for `axis: nil`),
    /// nothing else; nothing with `out`. Each input is copied (and cast) straight into its
    /// part of the result.
    public static func concatenate(_ arrays: [NDArray], axis: Int?, out: NDArray? = nil, dtype: DType? = nil)
        throws(EngineError) -> NDArray
    {
        guard let first = arrays.first else { throw .invalidArgument("need at least one array to concatenate") }
        let resultType = dtype ?? arrays.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        let target = out?.dtype ?? resultType
        for array in arrays where !array.dtype.canCastSameKind(to: target) {
            throw .castingRefused("Cannot cast array data from dtype('\(array.dtype)') to dtype('\(target)') according to the rule 'same_kind'")
        }
        guard let axis else {
            let shape = [arrays.reduce(0) { $0 + $1.size }]
            let result = try joinedResult(shape: shape, dtype: resultType, order: .c, out: out)
            let flat = try result.ravel(order: .keep)
            var start = 0
            for array in arrays {
                // The part of the result is contiguous, so it reshapes to the input's shape as a
                // view: the input is copied in C order without a flattened copy, as NumPy's
                // flat concatenation iterates it.
                let part = try flat.view(at: [.slice(start: start, stop: start + array.size, step: 1)])
                try array.assign(to: try part.reshape(array.shape))
                start += array.size
            }
            return result
        }
        let ndim = first.ndim
        guard ndim > 0 else { throw .invalidArgument("zero-dimensional arrays cannot be concatenated") }
        for (index, array) in arrays.enumerated() where array.ndim != ndim {
            if array.ndim == 0 { throw .invalidArgument("zero-dimensional arrays cannot be concatenated") }
            throw .invalidArgument("all the input arrays must have same number of dimensions, but the array at index 0 has \(ndim) dimension(s) and the array at index \(index) has \(array.ndim) dimension(s)")
        }
        let joinAxis = try normalize(axis: axis, ndim: ndim)
        var shape = first.shape
        for (index, array) in arrays.enumerated().dropFirst() {
            for dimension in 0..<ndim where dimension != joinAxis && array.shape[dimension] != shape[dimension] {
                throw .invalidArgument("all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(dimension), the array at index 0 has size \(shape[dimension]) and the array at index \(index) has size \(array.shape[dimension])")
            }
            shape[joinAxis] += array.shape[joinAxis]
        }
        let result = try joinedResult(shape: shape, dtype: resultType, order: preferredOrder(arrays.map(Operand.array)), out: out)
        var start = 0
        for array in arrays {
            var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
            items[joinAxis] = .slice(start: start, stop: start + array.shape[joinAxis], step: 1)
            try array.assign(to: try result.view(at: items))
            start += array.shape[joinAxis]
        }
        return result
    }

    /// `np.stack(arrays, axis=axis, out=out, dtype=dtype)`: arrays of one shape joined along a
    /// new axis. Each input becomes a view with a length-1 axis there (no allocation), then
    /// they are concatenated: exactly one result buffer, as in NumPy.
    public static func stack(_ arrays: [NDArray], axis: Int, out: NDArray? = nil, dtype: DType? = nil) throws(EngineError) -> NDArray {
        guard let first = arrays.first else { throw .invalidArgument("need at least one array to stack") }
        guard arrays.allSatisfy({ $0.shape == first.shape }) else { throw .invalidArgument("all input arrays must have the same shape") }
        let newAxis = try normalize(axis: axis, ndim: first.ndim + 1)
        var expanded: [NDArray] = []
        for array in arrays { expanded.append(try array.expandDims([newAxis])) }
        return try concatenate(expanded, axis: newAxis, out: out, dtype: dtype)
    }

    /// The result of a join: a new array, or `out` when it has the shape.
    private static func joinedResult(shape: [Int], dtype: DType, order: MemoryOrder, out: NDArray?) throws(EngineError) -> NDArray {
        guard let out else { return try NDArray(empty: shape, dtype: dtype, order: order) }
        guard out.shape == shape else { throw .badOutput("Output array is the wrong shape") }
        try out.checkWritable("output array is read-only")
        return out
    }
}
