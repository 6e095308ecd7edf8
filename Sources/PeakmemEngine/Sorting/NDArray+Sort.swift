extension NDArray {
    /// `a.sort(axis=, kind=)`: sorts every lane along `axis` in place (NaN last).
    ///
    /// Memory, as NumPy's `_new_sortlike`: nothing when the lanes are contiguous; otherwise one
    /// buffer of one lane (`shape[axis] · itemsize`, NumPy's data allocator) that each lane is
    /// copied into, sorted in and copied back from, freed at the end. NumPy's stable sort
    /// (timsort) also `malloc`s a merge buffer of up to half a lane, which is not array data
    /// and is not in the ledger.
    public func sortInPlace(axis: Int = -1, kind: SortKind = .quicksort) throws(EngineError) {
        try checkWritable()
        let resolved = try NDArray.normalize(axis: axis, ndim: ndim)
        try dtype.dispatch(LaneRearrangement(array: self, axis: resolved))
    }

    /// `a.partition(kth, axis=)`: rearranges every lane along `axis` so that the element at
    /// each position in `kth` is the one a sort would put there, smaller ones before it and
    /// larger ones after. The engine sorts the lane (a valid partition): the elements at `kth`
    /// are NumPy's, the order of the others within each part is not NumPy's introselect order.
    /// Memory as ``sortInPlace(axis:kind:)``.
    ///
    /// - Throws: `ValueError` "kth(=k) out of bounds (n)".
    public func partitionInPlace(kth: [Int], axis: Int = -1) throws(EngineError) {
        try checkWritable()
        let resolved = try NDArray.normalize(axis: axis, ndim: ndim)
        _ = try NDArray.checkedKth(kth, length: shape[resolved])
        try dtype.dispatch(LaneRearrangement(array: self, axis: resolved))
    }

    /// `np.sort(a, axis=, kind=)`: NumPy's `a.copy(order='K')` (for `axis=None`,
    /// `a.flatten()`), sorted in place. Memory: that copy (`nbytes`), plus the lane buffer of
    /// ``sortInPlace(axis:kind:)`` while it sorts.
    public static func sort(_ a: NDArray, axis: Int?, kind: SortKind = .quicksort) throws(EngineError) -> NDArray {
        let result = axis == nil ? try a.flatten() : try a.copy(order: .keep)
        try result.sortInPlace(axis: axis ?? -1, kind: kind)
        return result
    }

    /// `np.partition(a, kth, axis=)`: NumPy's `a.copy(order='K')` (for `axis=None`,
    /// `a.flatten()`), partitioned in place (see ``partitionInPlace(kth:axis:)``).
    public static func partition(_ a: NDArray, kth: [Int], axis: Int?) throws(EngineError) -> NDArray {
        let result = axis == nil ? try a.flatten() : try a.copy(order: .keep)
        try result.partitionInPlace(kth: kth, axis: axis ?? -1)
        return result
    }

    /// `np.argsort(a, axis=, kind=)`: the int64 indices that sort each lane along `axis`
    /// (`axis=None`: of `a.ravel()`), equal keys in their original order.
    ///
    /// Memory, as NumPy's `_new_argsortlike`: the C-ordered int64 result; then, when the
    /// lanes of `a` are not contiguous, a value buffer of one lane, and when those of the
    /// result are not (any axis but the last), an index buffer of one lane (int64), both
    /// freed at the end. `axis=None` of an array that is not C-contiguous first makes the
    /// ravel copy (freed at the end).
    public static func argsort(_ a: NDArray, axis: Int?, kind: SortKind = .quicksort) throws(EngineError) -> NDArray {
        let source = axis == nil ? try a.ravel() : a
        let resolved = try normalize(axis: axis ?? -1, ndim: source.ndim)
        let result = try NDArray(empty: source.shape, dtype: .int64)
        try source.dtype.dispatch(LaneArgsort(source: source, result: result, axis: resolved))
        return result
    }

    /// `np.argpartition(a, kth, axis=)`: indices that partition each lane (see
    /// ``partitionInPlace(kth:axis:)``; the engine's are the stable argsort's). Memory as
    /// ``argsort(_:axis:kind:)``.
    public static func argpartition(_ a: NDArray, kth: [Int], axis: Int?) throws(EngineError) -> NDArray {
        let source = axis == nil ? try a.ravel() : a
        let resolved = try normalize(axis: axis ?? -1, ndim: source.ndim)
        _ = try checkedKth(kth, length: source.shape[resolved])
        return try argsort(source, axis: resolved)
    }

    /// `kth` resolved against a lane of `length` (negative counts from the end), sorted.
    static func checkedKth(_ kth: [Int], length: Int) throws(EngineError) -> [Int] {
        var resolved: [Int] = []
        for k in kth {
            let position = k < 0 ? k + length : k
            guard position >= 0, position < length else { throw .invalidArgument("kth(=\(k)) out of bounds (\(length))") }
            resolved.append(position)
        }
        return resolved.sorted()
    }
}

/// Sorts every lane of `array` along `axis` in place, through one lane buffer when the lanes
/// are not contiguous.
private struct LaneRearrangement: DTypeVisitor {
    let array: NDArray
    let axis: Int

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        guard array.ndim > 0 else { return }
        let length = array.shape[axis], stride = array.strides[axis]
        let lanes = array.laneOffsets(axis: axis)
        guard !lanes.isEmpty, length > 0 else { return }
        let buffer: NDArray? = stride == array.itemSize ? nil : try NDArray(empty: [length], dtype: array.dtype)
        for start in lanes {
            let lane = array.storage.base + start
            if let buffer {
                let values = buffer.baseAddress.assumingMemoryBound(to: T.self)
                for i in 0..<length { values[i] = lane.load(fromByteOffset: i * stride, as: T.self) }
                SortKernel.sort(values, count: length, dtype: array.dtype)
                for i in 0..<length { lane.storeBytes(of: values[i], toByteOffset: i * stride, as: T.self) }
            } else {
                SortKernel.sort(lane, count: length, dtype: array.dtype)
            }
        }
        withExtendedLifetime(buffer) {}
    }
}

/// The stable argsort of every lane of `source` along `axis` into `result` (C-ordered int64,
/// the same shape), through NumPy's value and index buffers when lanes are not contiguous.
private struct LaneArgsort: DTypeVisitor {
    let source: NDArray
    let result: NDArray
    let axis: Int

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        guard source.ndim > 0 else {
            result.baseAddress.storeBytes(of: Int64(0), as: Int64.self)
            return
        }
        let length = source.shape[axis], stride = source.strides[axis], indexStride = result.strides[axis]
        let lanes = source.laneOffsets(axis: axis), indexLanes = result.laneOffsets(axis: axis)
        guard !lanes.isEmpty, length > 0 else { return }
        let valueBuffer: NDArray? = stride == source.itemSize ? nil : try NDArray(empty: [length], dtype: source.dtype)
        let indexBuffer: NDArray? = indexStride == 8 ? nil : try NDArray(empty: [length], dtype: .int64)
        for (start, indexStart) in zip(lanes, indexLanes) {
            let lane = source.storage.base + start
            let values: UnsafePointer<T>
            if let valueBuffer {
                let copy = valueBuffer.baseAddress.assumingMemoryBound(to: T.self)
                for i in 0..<length { copy[i] = lane.load(fromByteOffset: i * stride, as: T.self) }
                values = UnsafePointer(copy)
            } else {
                values = UnsafePointer(lane.assumingMemoryBound(to: T.self))
            }
            let indexLane = result.storage.base + indexStart
            let indices = (indexBuffer?.baseAddress ?? indexLane).assumingMemoryBound(to: Int64.self)
            SortKernel.argsort(UnsafeRawPointer(values), count: length, dtype: source.dtype, into: indices)
            if indexBuffer != nil {
                for i in 0..<length { indexLane.storeBytes(of: indices[i], toByteOffset: i * indexStride, as: Int64.self) }
            }
        }
        withExtendedLifetime((valueBuffer, indexBuffer)) {}
    }
}
