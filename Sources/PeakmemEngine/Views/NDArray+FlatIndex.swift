/// Flat-index functions: `np.unravel_index`, `np.ravel_multi_index`, `np.put`, `np.place`,
/// with NumPy's buffers (docs/research/numpy-manipulation.md).
extension NDArray {
    /// `np.unravel_index(indices, shape)` (C order): one int64 buffer of `indices.shape +
    /// (len(shape),)` holding the coordinates, returned as one strided view per dimension.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `index 7 is out of bounds for array with
    ///   size 6` (NumPy's message), or for non-integer indices.
    public static func unravelIndex(_ indices: NDArray, shape: [Int]) throws(EngineError) -> [NDArray] {
        guard indices.dtype.isInteger else {
            throw .castingRefused("Cannot cast array data from dtype('\(indices.dtype)') to dtype('int64') according to the rule 'safe'")
        }
        let size = shape.reduce(1, *), ndim = shape.count
        let buffer = try NDArray(empty: indices.shape + [ndim], dtype: .int64)
        let out = buffer.baseAddress.assumingMemoryBound(to: Int64.self)
        let flat = try indices.ascontiguousarray()
        for i in 0 ..< indices.size {
            var index = Int(ElementReader<Int64>.read(flat.baseAddress + i * flat.itemSize, dtype: flat.dtype))
            guard index >= 0 && index < size else { throw .invalidArgument("index \(index) is out of bounds for array with size \(size)") }
            for d in stride(from: ndim - 1, through: 0, by: -1) {
                out[i * ndim + d] = Int64(index % shape[d])
                index /= shape[d]
            }
        }
        return (0 ..< ndim).map { d in
            NDArray(storage: buffer.storage, dtype: .int64, shape: indices.shape, strides: indices.shape.isEmpty ? [] : NDArray.contiguousStrides(shape: indices.shape, itemSize: 8 * ndim, order: .c),
                    offset: d * 8)
        }
    }

    /// `np.ravel_multi_index(multi_index, dims)` (C order, `mode='raise'`): the flat indices of
    /// the broadcast coordinate arrays, one new int64 array.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `invalid entry in coordinates array` for a
    ///   coordinate outside its dimension.
    public static func ravelMultiIndex(_ coordinates: [NDArray], shape: [Int]) throws(EngineError) -> NDArray {
        guard coordinates.count == shape.count else {
            throw .invalidArgument("parameter multi_index must be a sequence of length \(shape.count)")
        }
        let resultShape = try broadcastShape(coordinates.map(\.shape))
        let views = try coordinates.map { (c) throws(EngineError) in try c.broadcast(to: resultShape) }
        let result = try NDArray(empty: resultShape, dtype: .int64)
        let out = result.baseAddress.assumingMemoryBound(to: Int64.self)
        let count = result.size
        var position = [Int](repeating: 0, count: resultShape.count)
        for i in 0 ..< count {
            var flat = 0
            for (d, view) in views.enumerated() {
                var address = view.baseAddress
                for (k, p) in position.enumerated() { address += p * view.strides[k] }
                let value = Int(ElementReader<Int64>.read(address, dtype: view.dtype))
                guard value >= 0 && value < shape[d] else { throw .invalidArgument("invalid entry in coordinates array") }
                flat = flat * shape[d] + value
            }
            out[i] = Int64(flat)
            var k = position.count - 1
            while k >= 0 {
                position[k] += 1
                if position[k] < resultShape[k] { break }
                position[k] = 0
                k -= 1
            }
        }
        return result
    }

    /// `np.put(a, ind, v)` (`mode='raise'`): `a.flat[ind[i]] = v[i % len(v)]` in place. `v` is
    /// converted to `a`'s dtype first when it has another (a new array, as NumPy's
    /// `PyArray_FromAny`); nothing else is allocated.
    public func put(_ indices: NDArray, _ values: NDArray) throws(EngineError) {
        try checkWritable()
        guard isCContiguous else { throw .unsupportedOperation("np.put into a non-contiguous array is not supported yet") }
        let source = values.dtype == dtype ? try values.ascontiguousarray() : try values.astype(dtype, order: .c)
        guard source.size > 0, indices.size > 0 else { return }
        let flatIndices = try indices.ascontiguousarray()
        for i in 0 ..< indices.size {
            var index = Int(ElementReader<Int64>.read(flatIndices.baseAddress + i * flatIndices.itemSize, dtype: flatIndices.dtype))
            if index < 0 { index += size }
            guard index >= 0 && index < size else { throw .invalidArgument("index \(index) is out of bounds for axis 0 with size \(size)") }
            (baseAddress + index * itemSize).copyMemory(from: source.baseAddress + (i % source.size) * itemSize, byteCount: itemSize)
        }
    }

    /// `np.place(arr, mask, vals)`: the elements where `mask` is true (in C order) take
    /// `vals[0], vals[1], …`, cycling; in place, nothing allocated but a conversion of `vals`
    /// to `arr`'s dtype when it has another.
    public func place(_ mask: NDArray, _ values: NDArray) throws(EngineError) {
        try checkWritable()
        guard isCContiguous else { throw .unsupportedOperation("np.place into a non-contiguous array is not supported yet") }
        guard mask.size == size else { throw .invalidArgument("place: mask and data must be the same size") }
        let source = values.dtype == dtype ? try values.ascontiguousarray() : try values.astype(dtype, order: .c)
        let flatMask = try mask.ascontiguousarray()
        var taken = 0
        for i in 0 ..< size where ElementReader<Double>.read(flatMask.baseAddress + i * flatMask.itemSize, dtype: flatMask.dtype) != 0 {
            guard source.size > 0 else { throw .invalidArgument("Cannot insert from an empty array!") }
            (baseAddress + i * itemSize).copyMemory(from: source.baseAddress + (taken % source.size) * itemSize, byteCount: itemSize)
            taken += 1
        }
    }
}
