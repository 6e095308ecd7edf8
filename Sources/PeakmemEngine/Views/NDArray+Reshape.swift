extension NDArray {
    /// `a.reshape(shape, order=)`: the same elements read in `order` (C or F) and laid out in
    /// `shape`; one dimension may be `-1` and is inferred.
    ///
    /// Memory follows NumPy's rule (`_attempt_nocopy_reshape`): the result is a **view** when
    /// every group of old dimensions that merges into or splits into new ones is contiguous
    /// within itself in that order (dimensions of length 1 never matter); otherwise the array
    /// is first copied in `order` (exactly `nbytes`) and the copy reshaped.
    public func reshape(_ newShape: [Int], order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        let target = try resolvedShape(newShape)
        if let strides = noCopyStrides(for: target, order: order) {
            return view(shape: target, strides: strides, offset: offset)
        }
        let copied = try copy(order: order == .fortran ? .fortran : .c)
        let strides = NDArray.contiguousStrides(shape: target, itemSize: itemSize, order: order == .fortran ? .fortran : .c)
        return NDArray(storage: copied.storage, dtype: dtype, shape: target, strides: strides, offset: copied.offset)
    }

    /// `a.ravel(order=)`: the elements as a 1-d array, a view when the array is already
    /// contiguous in that order (for `.keep`, when its strides chain uniformly in some axis
    /// order), else a copy of exactly `nbytes` (NumPy's `PyArray_Ravel`).
    public func ravel(order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        let flat = [size]
        switch order {
        case .c where isCContiguous, .any where isCContiguous && !isFContiguous:
            return try reshape(flat, order: .c)
        case .fortran where isFContiguous, .any where isFContiguous:
            return try reshape(flat, order: .fortran)
        case .keep:
            if isCContiguous { return try reshape(flat, order: .c) }
            if isFContiguous { return try reshape(flat, order: .fortran) }
            if let stride = uniformStride() {
                return view(shape: flat, strides: [stride], offset: offset)
            }
            // One copy in memory order (NumPy's PyArray_Flatten with order K); its buffer,
            // read straight through, is the raveled array.
            let copied = try copy(order: .keep)
            return NDArray(storage: copied.storage, dtype: dtype, shape: flat, strides: [itemSize], offset: copied.offset)
        default:
            break
        }
        let fortran = order == .fortran || (order == .any && isFContiguous)
        return try copy(order: fortran ? .fortran : .c).reshape(flat, order: fortran ? .fortran : .c)
    }

    /// `a.flatten(order=)`: always a 1-d copy.
    public func flatten(order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        let fortran = order == .fortran || (order == .any && isFContiguous && !isCContiguous)
        return try copy(order: fortran ? .fortran : (order == .keep ? .keep : .c)).ravel(order: .keep)
    }

    /// Resolves one `-1` in a requested shape; checks the element count.
    func resolvedShape(_ requested: [Int]) throws(EngineError) -> [Int] {
        let unknown = requested.indices.filter { requested[$0] == -1 }
        guard unknown.count <= 1 else { throw .invalidReshape("can only specify one unknown dimension") }
        guard requested.allSatisfy({ $0 >= -1 }) else { throw .negativeDimension }
        var shape = requested
        if let position = unknown.first {
            let others = requested.enumerated().filter { $0.offset != position }.map(\.element)
            guard let known = try? NDArray.checkedElementCount(others), known != 0, size % known == 0 else { throw .cannotReshape(size: size, shape: requested) }
            shape[position] = size / known
        }
        guard (try? NDArray.checkedElementCount(shape)) == size else { throw .cannotReshape(size: size, shape: requested) }
        return shape
    }

    /// The strides of `target` as a view of this array read in `order`, or nil when no view
    /// can express it (NumPy's `_attempt_nocopy_reshape`).
    func noCopyStrides(for target: [Int], order: MemoryOrder) -> [Int]? {
        if size == 0 {
            return NDArray.contiguousStrides(shape: target, itemSize: itemSize, order: order == .fortran ? .fortran : .c)
        }
        let fortran = order == .fortran
        // Old dimensions without the length-1 ones, in reading order (outermost first).
        var oldDims: [Int] = [], oldStrides: [Int] = []
        for axis in shape.indices where shape[axis] != 1 {
            oldDims.append(shape[axis]); oldStrides.append(strides[axis])
        }
        var newDims = target
        if fortran { oldDims.reverse(); oldStrides.reverse(); newDims.reverse() }
        var newStrides = [Int](repeating: 0, count: newDims.count)
        var oi = 0, oj = 1, ni = 0, nj = 1
        while ni < newDims.count && oi < oldDims.count {
            var np = newDims[ni], op = oldDims[oi]
            while np != op {
                if np < op {
                    guard nj < newDims.count else { return nil }
                    np *= newDims[nj]; nj += 1
                } else {
                    guard oj < oldDims.count else { return nil }
                    op *= oldDims[oj]; oj += 1
                }
            }
            for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] {
                return nil
            }
            newStrides[nj - 1] = oldStrides[oj - 1]
            var nk = nj - 1
            while nk > ni {
                newStrides[nk - 1] = newStrides[nk] * newDims[nk]
                nk -= 1
            }
            ni = nj; nj += 1
            oi = oj; oj += 1
        }
        // Trailing length-1 dimensions take the last stride (or the item size).
        let last = ni > 0 ? newStrides[ni - 1] : itemSize
        for nk in ni..<newDims.count { newStrides[nk] = last }
        if fortran { newStrides.reverse() }
        return newStrides
    }

    /// The stride (the item size) of a 1-d view of all elements when the array is contiguous
    /// in some order of its axes — the dimensions chain in order of decreasing stride down
    /// to an innermost stride of one item — else nil (NumPy's `ravel(order='K')` test).
    func uniformStride() -> Int? {
        let axes = shape.indices.filter { shape[$0] != 1 }.sorted { abs(strides[$0]) > abs(strides[$1]) }
        guard let innermost = axes.last else { return itemSize }
        for (outer, inner) in zip(axes, axes.dropFirst()) where strides[outer] != strides[inner] * shape[inner] {
            return nil
        }
        return strides[innermost] == itemSize ? itemSize : nil
    }
}
