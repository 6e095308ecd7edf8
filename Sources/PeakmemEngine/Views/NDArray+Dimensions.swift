extension NDArray {
    /// `np.expand_dims(a, axis)`: a view with a length-1 dimension at each of `axes` (positions
    /// in the result, negative ones counted from its end). Allocates nothing.
    ///
    /// - Throws: NumPy's `AxisError` for an axis outside the result's dimensions, `ValueError`
    ///   "repeated axis".
    public func expandDims(_ axes: [Int]) throws(EngineError) -> NDArray {
        let resultNdim = ndim + axes.count
        var inserted = Set<Int>()
        for axis in axes {
            guard inserted.insert(try NDArray.normalize(axis: axis, ndim: resultNdim)).inserted else {
                throw .invalidArgument("repeated axis")
            }
        }
        var newShape: [Int] = [], newStrides: [Int] = []
        var source = 0
        for position in 0..<resultNdim {
            if inserted.contains(position) {
                newShape.append(1)
                newStrides.append(source < ndim ? strides[source] * shape[source] : itemSize)
            } else {
                newShape.append(shape[source])
                newStrides.append(strides[source])
                source += 1
            }
        }
        return view(shape: newShape, strides: newStrides, offset: offset)
    }

    /// `np.squeeze(a, axis)` / `a.squeeze(axis)`: a view without the given length-1 dimensions
    /// (`nil`: without every length-1 dimension). Allocates nothing.
    ///
    /// - Throws: `AxisError` for an axis out of bounds, `ValueError` for an axis whose length
    ///   is not 1.
    public func squeeze(_ axes: [Int]? = nil) throws(EngineError) -> NDArray {
        var removed = Set<Int>()
        if let axes {
            for axis in axes {
                let resolved = try NDArray.normalize(axis: axis, ndim: ndim)
                guard shape[resolved] == 1 else {
                    throw .invalidArgument("cannot select an axis to squeeze out which has size not equal to one")
                }
                removed.insert(resolved)
            }
        } else {
            removed = Set(shape.indices.filter { shape[$0] == 1 })
        }
        let kept = shape.indices.filter { !removed.contains($0) }
        return view(shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }, offset: offset)
    }

    /// `np.broadcast_to(a, shape)`: a view of the array repeated to `shape` along new leading
    /// dimensions and along its length-1 dimensions (stride 0). Allocates nothing. The view is
    /// read-only, as NumPy's is (``isReadOnly``), and so are the views made from it.
    ///
    /// - Throws: `ValueError` with NumPy's messages for a negative length, more dimensions
    ///   than `shape`, or lengths that do not broadcast.
    public func broadcast(to target: [Int]) throws(EngineError) -> NDArray {
        guard target.allSatisfy({ $0 >= 0 }) else { throw .invalidArgument("all elements of broadcast shape must be non-negative") }
        guard ndim <= target.count else {
            throw .invalidArgument("input operand has more dimensions than allowed by the axis remapping")
        }
        let pad = target.count - ndim
        for axis in 0..<ndim where shape[axis] != 1 && shape[axis] != target[pad + axis] {
            throw .invalidArgument("operands could not be broadcast together with remapped shapes [original->remapped]: \(EngineError.shapeText(shape))  and requested shape \(EngineError.shapeText(target))")
        }
        // NumPy's nditer refuses a broadcast view whose element count does not fit.
        guard (try? NDArray.checkedElementCount(target)) != nil else { throw .invalidArgument("iterator is too large") }
        var result = view(shape: target, strides: broadcastStrides(to: target), offset: offset)
        result.isReadOnly = true
        return result
    }

    /// A view of this array's buffer with another shape, strides and offset, read-only when
    /// this array is (NumPy's views inherit the `WRITEABLE` flag's absence). The caller
    /// guarantees that every addressed element lies inside the buffer.
    func view(shape: [Int], strides: [Int], offset: Int) -> NDArray {
        var result = NDArray(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset)
        result.isReadOnly = isReadOnly
        return result
    }
}
