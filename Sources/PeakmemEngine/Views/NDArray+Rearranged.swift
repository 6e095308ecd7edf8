/// The views of NumPy's array-manipulation functions: `flip`, `rot90`, `moveaxis`,
/// `atleast_1d/2d/3d`, `diagonal`, and the pieces of `array_split`. None allocates array data
/// (docs/research/numpy-manipulation.md), except the small index arrays NumPy builds on the way,
/// modelled where noted.
extension NDArray {
    /// `np.flip(a, axis)`: a view with the order of the elements along `axes` (every axis for
    /// nil) reversed (negative strides).
    public func flipped(_ axes: [Int]?) throws(EngineError) -> NDArray {
        let resolved = try NDArray.normalize(axes: axes, ndim: ndim)
        var strides = self.strides, offset = self.offset
        for axis in resolved where shape[axis] > 0 {
            offset += (shape[axis] - 1) * strides[axis]
            strides[axis] = -strides[axis]
        }
        return view(shape: shape, strides: strides, offset: offset)
    }

    /// `np.rot90(m, k, axes)`: a view rotating by 90° `k` times from the first axis towards the
    /// second (NumPy's flips and transposes). NumPy's `arange(0, ndim)` of the axis order (8·ndim
    /// bytes) is made and dropped for k = 1 and 3.
    public func rotated90(_ k: Int, axes: (Int, Int) = (0, 1)) throws(EngineError) -> NDArray {
        guard axes.0 != axes.1, abs(axes.0 - axes.1) != ndim else { throw .invalidArgument("Axes must be different.") }
        guard (-ndim ..< ndim).contains(axes.0), (-ndim ..< ndim).contains(axes.1) else {
            throw .invalidArgument("Axes=(\(axes.0), \(axes.1)) out of range for array of ndim=\(ndim).")
        }
        let turns = ((k % 4) + 4) % 4
        if turns == 0 { return self }
        if turns == 2 { return try flipped([axes.0]).flipped([axes.1]) }
        _ = try NDArray(empty: [ndim], dtype: .int64)
        var order = Array(0 ..< ndim)
        let first = try NDArray.normalize(axis: axes.0, ndim: ndim), second = try NDArray.normalize(axis: axes.1, ndim: ndim)
        order.swapAt(first, second)
        return turns == 1 ? try flipped([axes.1]).transpose(order) : try transpose(order).flipped([axes.1])
    }

    /// `np.moveaxis(a, source, destination)`: a view with the axes `source` moved to the
    /// positions `destination`, the others in their order.
    public func movingAxes(_ source: [Int], to destination: [Int]) throws(EngineError) -> NDArray {
        guard source.count == destination.count else {
            throw .invalidArgument("`source` and `destination` arguments must have the same number of elements")
        }
        let from = try source.map { (axis) throws(EngineError) in try NDArray.normalize(axis: axis, ndim: ndim) }
        let to = try destination.map { (axis) throws(EngineError) in try NDArray.normalize(axis: axis, ndim: ndim) }
        guard Set(from).count == from.count, Set(to).count == to.count else { throw .invalidArgument("repeated axis") }
        var order = (0 ..< ndim).filter { !from.contains($0) }
        for (dest, src) in zip(to, from).sorted(by: { $0.0 < $1.0 }) { order.insert(src, at: dest) }
        return try transpose(order)
    }

    /// `np.atleast_1d`/`2d`/`3d`: the array itself, or a view with length-1 axes added
    /// (1-d `(n,)` → `(1, n)` → `(1, n, 1)`; a 2-d `(m, n)` → `(m, n, 1)` for 3-d).
    public func atLeast(_ dimensions: Int) -> NDArray {
        guard ndim < dimensions else { return self }
        var newShape = shape, newStrides = strides
        switch (dimensions, ndim) {
        case (_, 0):
            newShape = [Int](repeating: 1, count: dimensions)
            newStrides = [Int](repeating: itemSize, count: dimensions)
        case (2, 1), (3, 1):
            newShape = [1] + shape
            newStrides = [itemSize * Swift.max(shape[0], 1)] + strides
            if dimensions == 3 {
                newShape.append(1)
                newStrides.append(itemSize)
            }
        default:
            newShape.append(1)
            newStrides.append(itemSize)
        }
        return view(shape: newShape, strides: newStrides, offset: offset)
    }

    /// `np.diagonal(a, offset, axis1, axis2)`: the read-only view of the diagonal `offset` of the
    /// planes `(axis1, axis2)`, as the last axis (NumPy ≥ 1.9 returns a read-only view).
    public func diagonal(offset k: Int = 0, axis1: Int = 0, axis2: Int = 1) throws(EngineError) -> NDArray {
        guard ndim >= 2 else { throw .invalidArgument("diag requires an array of at least two dimensions") }
        let a1 = try NDArray.normalize(axis: axis1, ndim: ndim), a2 = try NDArray.normalize(axis: axis2, ndim: ndim)
        guard a1 != a2 else { throw .invalidArgument("axis1 and axis2 cannot be the same") }
        let length = Swift.max(0, k >= 0 ? Swift.min(shape[a1], shape[a2] - k) : Swift.min(shape[a1] + k, shape[a2]))
        let start = length == 0 ? 0 : (k >= 0 ? k * strides[a2] : -k * strides[a1])
        let others = (0 ..< ndim).filter { $0 != a1 && $0 != a2 }
        var result = view(shape: others.map { shape[$0] } + [length], strides: others.map { strides[$0] } + [strides[a1] + strides[a2]],
                          offset: offset + start)
        result.isReadOnly = true
        return result
    }

    /// `np.array_split(a, sections, axis)` / `np.split`: views of consecutive pieces along
    /// `axis`. For a number of sections NumPy builds the section sizes and their `cumsum` as
    /// intp arrays (`8·(sections + 1)` bytes each; the first freed at once, the second when
    /// the split returns): the ledger records both. With `equal: true` (`np.split`) an
    /// uneven division is refused with NumPy's message.
    public func split(sections: Int, axis: Int, equal: Bool) throws(EngineError) -> [NDArray] {
        let ax = try NDArray.normalize(axis: axis, ndim: ndim)
        let total = shape[ax]
        guard sections > 0 else { throw .invalidArgument("number sections must be larger than 0.") }
        if equal, total % sections != 0 { throw .invalidArgument("array split does not result in an equal division") }
        let each = total / sections, extras = total % sections
        let sizes = try NDArray(empty: [sections + 1], dtype: .int64)
        let points = try NDArray(empty: [sections + 1], dtype: .int64)
        withExtendedLifetime(sizes) {}
        var bounds = [0]
        for i in 0 ..< sections { bounds.append(bounds[i] + each + (i < extras ? 1 : 0)) }
        let pieces = try split(bounds: bounds, axis: ax)
        withExtendedLifetime(points) {}
        return pieces
    }

    /// `np.array_split(a, indices, axis)`: views between the given indices (clipped to the axis,
    /// as slices clip), nothing allocated.
    public func split(indices: [Int], axis: Int) throws(EngineError) -> [NDArray] {
        let ax = try NDArray.normalize(axis: axis, ndim: ndim)
        return try split(bounds: [0] + indices + [shape[ax]], axis: ax)
    }

    private func split(bounds: [Int], axis: Int) throws(EngineError) -> [NDArray] {
        var pieces: [NDArray] = []
        for i in 0 ..< bounds.count - 1 {
            var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
            items[axis] = .slice(start: bounds[i], stop: bounds[i + 1], step: nil)
            pieces.append(try view(at: items))
        }
        return pieces
    }
}
