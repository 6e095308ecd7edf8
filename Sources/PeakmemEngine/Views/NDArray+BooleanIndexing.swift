extension NDArray {
    /// `np.count_nonzero(a)`: the number of elements that are not zero (`NaN` counts, `-0.0`
    /// does not). Allocates nothing, as NumPy's `PyArray_CountNonzero`.
    public func countNonzero() -> Int {
        (try? dtype.dispatch(NonzeroCount(array: self))) ?? 0
    }

    /// `np.nonzero(a)` / `a.nonzero()`: for each dimension, the int64 indices of the nonzero
    /// elements along it, the elements taken in C order.
    ///
    /// Memory, as NumPy's `PyArray_Nonzero`: one C-ordered `(count, ndim)` int64 block
    /// (`count · ndim · 8` bytes); the arrays returned are its columns, strided views that keep
    /// the block alive while any of them lives.
    ///
    /// - Throws: NumPy's `ValueError` for a 0-d array.
    public func nonzero() throws(EngineError) -> [NDArray] {
        guard ndim > 0 else {
            let hint = dtype == .bool ? " If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`." : ""
            throw .invalidArgument("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead." + hint)
        }
        let count = countNonzero()
        let block = try NDArray(empty: [count, ndim], dtype: .int64)
        let row = ndim * 8
        try writeNonzeroCoordinates(into: (0..<ndim).map { (block.baseAddress + $0 * 8, row) })
        return (0..<ndim).map { axis in
            NDArray(storage: block.storage, dtype: .int64, shape: [count], strides: [row],
                    offset: block.offset + (count == 0 ? 0 : axis * 8))
        }
    }

    /// A boolean mask of the same shape as the array, alone in the index: `a[mask]`, NumPy's
    /// `array_boolean_subscript`.
    ///
    /// Memory: the result only, `count_nonzero(mask) · itemsize` bytes (1-d, the elements in
    /// C order, whatever the layouts of the array and the mask).
    func booleanSubscript(_ mask: NDArray) throws(EngineError) -> NDArray {
        let result = try NDArray(empty: [mask.countNonzero()], dtype: dtype)
        var target = result.baseAddress
        let itemSize = self.itemSize
        forEachMasked(by: mask) { positions, count in
            GatherPlan.copy(itemSize, count, positions, from: UnsafeRawPointer(baseAddress), to: target, stride: itemSize)
            target += count * itemSize
        }
        return result
    }

    /// Calls `body(positions, count)` with the byte offsets from ``baseAddress`` of the
    /// elements where `mask` (of the array's shape) is true, in C order, in blocks of at most
    /// ``ElementwiseKernel/blockLength``.
    func forEachMasked(by mask: NDArray, _ body: (_ positions: UnsafeMutablePointer<Int>, _ count: Int) -> Void) {
        let blockLength = ElementwiseKernel.blockLength
        let positions = UnsafeMutablePointer<Int>.allocate(capacity: blockLength)
        defer { positions.deallocate() }
        var pending = 0
        let origin = baseAddress
        let loop = StridedLoop(shape: shape, strides: [strides, mask.strides], cOrder: true)
        try? loop.forEachRun(bases: [baseAddress, mask.baseAddress]) { p, s, n in
            var element = p[0] - origin, flag = UnsafeRawPointer(p[1])
            for _ in 0..<n {
                if flag.load(as: UInt8.self) != 0 {
                    positions[pending] = element
                    pending += 1
                    if pending == blockLength {
                        body(positions, pending)
                        pending = 0
                    }
                }
                element += s[0]
                flag += s[1]
            }
        }
        if pending > 0 { body(positions, pending) }
        withExtendedLifetime((self, mask)) {}
    }

    /// True when `items` is one boolean array of the array's shape: NumPy's single boolean
    /// index (`HAS_BOOL`), which it serves without index arrays.
    func isSoleMask(_ items: [AdvancedIndexItem]) -> NDArray? {
        guard items.count == 1, case .array(let mask) = items[0], mask.dtype == .bool, mask.shape == shape else { return nil }
        return mask
    }

    /// The items with every boolean array replaced by the int64 index arrays of its nonzero
    /// elements (one per mask dimension), as NumPy's `prepare_index` does for a mask that is not
    /// alone in the index or covers only leading dimensions (`a[mask, :]`, `x3d[mask2d]`).
    ///
    /// Memory, as NumPy's `_nonzero_indices`: `count · 8` bytes per mask dimension, live as long
    /// as the returned items; a mask that is not C-contiguous is first copied into a C-ordered
    /// one (its `size` bytes), freed once the indices are written.
    ///
    /// - Throws: ``EngineError/tooManyIndices(ndim:given:)`` when the masks and other items
    ///   need more dimensions than the array has, ``EngineError/booleanIndexMismatch(axis:size:booleanSize:)``
    ///   for a mask whose shape differs from the dimensions it covers.
    func expandingMasks(_ items: [AdvancedIndexItem]) throws(EngineError) -> [AdvancedIndexItem] {
        func maskDimensions(_ item: AdvancedIndexItem) -> Int? {
            if case .array(let mask) = item, mask.dtype == .bool { return mask.ndim }
            return nil
        }
        guard items.contains(where: { maskDimensions($0) != nil }) else { return items }
        var consumed = 0, ellipses = 0
        for item in items {
            switch item {
            case .basic(.newAxis): break
            case .basic(.ellipsis): ellipses += 1
            default: consumed += maskDimensions(item) ?? 1
            }
        }
        guard ellipses <= 1 else { throw .invalidArgument("an index can only have a single ellipsis ('...')") }
        guard consumed <= ndim else { throw .tooManyIndices(ndim: ndim, given: consumed) }
        var expanded: [AdvancedIndexItem] = []
        var axis = 0
        for item in items {
            switch item {
            case .array(let mask) where mask.dtype == .bool:
                guard mask.ndim > 0 else { throw .invalidArgument("0-d boolean indices (`a[True]`) are not supported") }
                for (k, length) in mask.shape.enumerated() where length != shape[axis + k] {
                    throw .booleanIndexMismatch(axis: axis + k, size: shape[axis + k], booleanSize: length)
                }
                expanded += try mask.nonzeroIndexArrays().map { .array($0) }
                axis += mask.ndim
            case .basic(.ellipsis):
                expanded.append(item)
                axis += ndim - consumed
            case .basic(.newAxis):
                expanded.append(item)
            default:
                expanded.append(item)
                axis += 1
            }
        }
        return expanded
    }

    /// One int64 array of `count_nonzero` indices per dimension (NumPy's `_nonzero_indices`).
    private func nonzeroIndexArrays() throws(EngineError) -> [NDArray] {
        let contiguous = try ascontiguousarray()
        let count = contiguous.countNonzero()
        var arrays: [NDArray] = []
        for _ in 0..<ndim { arrays.append(try NDArray(empty: [count], dtype: .int64)) }
        try contiguous.writeNonzeroCoordinates(into: arrays.map { ($0.baseAddress, 8) })
        return arrays
    }

    /// Writes the coordinates of the nonzero elements, in C order: coordinate `d` of the
    /// `k`-th one as an int64 at `targets[d].address + k · targets[d].stride`.
    private func writeNonzeroCoordinates(into targets: [(address: UnsafeMutableRawPointer, stride: Int)]) throws(EngineError) {
        try dtype.dispatch(NonzeroCoordinates(array: self, targets: targets))
    }
}

/// Counts the nonzero elements of an array of element type `T`.
private struct NonzeroCount: DTypeVisitor {
    let array: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) -> Int {
        var count = 0
        let loop = StridedLoop(shape: array.shape, strides: [array.strides])
        try loop.forEachRun(bases: [array.baseAddress]) { p, s, n in
            var q = UnsafeRawPointer(p[0])
            for _ in 0..<n {
                if Bool.cast(q.load(as: T.self)) { count += 1 }
                q += s[0]
            }
        }
        withExtendedLifetime(array) {}
        return count
    }
}

/// Writes the C-order coordinates of the nonzero elements of an array of element type `T`.
private struct NonzeroCoordinates: DTypeVisitor {
    let array: NDArray
    let targets: [(address: UnsafeMutableRawPointer, stride: Int)]

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let shape = array.shape, strides = array.strides, last = shape.count - 1
        guard !shape.contains(0) else { return }
        var index = [Int](repeating: 0, count: shape.count)
        var written = 0
        var row = UnsafeRawPointer(array.baseAddress)
        while true {
            var q = row
            for i in 0..<shape[last] {
                if Bool.cast(q.load(as: T.self)) {
                    index[last] = i
                    for (axis, target) in targets.enumerated() {
                        (target.address + written * target.stride).storeBytes(of: Int64(index[axis]), as: Int64.self)
                    }
                    written += 1
                }
                q += strides[last]
            }
            // The odometer over the dimensions before the last.
            var axis = last - 1
            while axis >= 0 {
                index[axis] += 1
                row += strides[axis]
                if index[axis] < shape[axis] { break }
                row -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { break }
        }
        withExtendedLifetime(array) {}
    }
}
