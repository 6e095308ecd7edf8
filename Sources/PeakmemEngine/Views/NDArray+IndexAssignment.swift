extension NDArray {
    /// `a[items] = value` for an index that holds integer or boolean arrays, as NumPy's
    /// `array_assign_subscript` does it: the elements ``gather(_:)`` would select are
    /// overwritten, in C order of the indexing result (the last of repeated indices wins), by
    /// `value` broadcast to the indexing result's shape and cast to the array's dtype (C casts).
    ///
    /// A mask of the array's shape alone (`a[mask] = value`, NumPy's `array_assign_boolean_subscript`)
    /// takes a scalar, a 0-d or one-element array (repeated), or a 1-d array of one value per
    /// true element, read in order.
    ///
    /// Memory, as NumPy: nothing for a scalar, or for a value array and index arrays that do not
    /// share memory with the array; a value of another dtype, and index arrays of another dtype
    /// than int64, are converted block by block. Besides:
    /// - any other mask costs its index arrays during the assignment (``expandingMasks(_:)``);
    /// - a value array whose memory extent overlaps the array's (NumPy's `solve_may_share_memory`
    ///   with `max_work=1`, so `a[idx] = a[::2]` counts, even where no element is shared) is
    ///   copied first (`nbytes`, C order unless it is Fortran-contiguous only), and so is an
    ///   index array inside the array's memory; the copies are freed when the assignment ends.
    ///   A mask of the array's shape alone gets no such copy (NumPy reads the value as it writes).
    ///
    /// - Throws: the errors of ``gather(_:)``; ``EngineError/assignmentShapeMismatch(value:result:)``
    ///   for a value that does not broadcast to the indexing result;
    ///   ``EngineError/booleanAssignmentDimensions(_:)`` and
    ///   ``EngineError/booleanAssignmentCount(values:targets:)`` for a sole mask's value; a
    ///   read-only array. An index out of bounds stops the assignment there, after the elements
    ///   before it were written (as NumPy's single-index loop does).
    public func scatter(_ value: Operand, at items: [AdvancedIndexItem]) throws(EngineError) {
        try checkWritable()
        if let mask = isSoleMask(items) {
            try assignMasked(value, mask)
            return
        }
        let expanded = try expandingMasks(items)
        var source = value
        if case .array(let array) = value, mayShareMemory(with: array) {
            source = .array(try array.copy(order: .any))
        }
        let indices = try expanded.map { (item) throws(EngineError) -> AdvancedIndexItem in
            guard case .array(let index) = item, mayShareMemory(with: index) else { return item }
            return .array(try index.copy())
        }
        let plan = try GatherPlan(self, indices)
        if case .array(let array) = source {
            source = .array(try array.broadcastingForAssignment(to: plan.resultShape))
        }
        try dtype.dispatch(ScatterExecution(plan: plan, value: source))
    }

    /// `a[mask] = value` with a mask of the array's shape.
    private func assignMasked(_ value: Operand, _ mask: NDArray) throws(EngineError) {
        let count = mask.countNonzero()
        var stride = 0
        if case .array(let array) = value {
            guard array.ndim <= 1 else { throw .booleanAssignmentDimensions(array.ndim) }
            if array.ndim == 1, array.shape[0] != 1 {
                guard array.shape[0] == count else { throw .booleanAssignmentCount(values: array.shape[0], targets: count) }
                stride = array.strides[0]
            }
        }
        try dtype.dispatch(MaskedAssignment(target: self, mask: mask, value: value, stride: stride))
    }

    /// The value of an index assignment as a view of the indexing result's shape: leading
    /// dimensions of length 1 beyond the result's dimensions dropped, as NumPy's `MapIterNew`
    /// reshapes them away, the rest broadcast (stride 0).
    private func broadcastingForAssignment(to shape: [Int]) throws(EngineError) -> NDArray {
        var dimensions = self.shape, steps = strides
        while dimensions.count > shape.count, dimensions.first == 1 {
            dimensions.removeFirst()
            steps.removeFirst()
        }
        guard dimensions.count <= shape.count, (try? NDArray.broadcastShape([dimensions, shape])) == shape else {
            throw .assignmentShapeMismatch(value: self.shape, result: shape)
        }
        let trimmed = NDArray(storage: storage, dtype: dtype, shape: dimensions, strides: steps, offset: offset)
        return NDArray(storage: storage, dtype: dtype, shape: shape, strides: trimmed.broadcastStrides(to: shape), offset: offset)
    }

    /// True when the two arrays' memory extents overlap (the bounds check of NumPy's
    /// `solve_may_share_memory`; it gives up beyond it with `max_work=1`, which counts as shared).
    func mayShareMemory(with other: NDArray) -> Bool {
        guard storage === other.storage, let a = memoryExtent, let b = other.memoryExtent else { return false }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }

    /// The bytes the elements occupy, from the storage's start; nil without elements.
    private var memoryExtent: Range<Int>? {
        guard size > 0 else { return nil }
        var low = offset, high = offset + itemSize
        for (length, stride) in zip(shape, strides) {
            let span = (length - 1) * stride
            if span < 0 { low += span } else { high += span }
        }
        return low..<high
    }
}

/// Writes an assignment's value, in the target's element type `T`, into the elements an
/// integer-array index selects.
private struct ScatterExecution: DTypeVisitor {
    let plan: GatherPlan
    /// A scalar, or an array of the indexing result's shape (broadcast).
    let value: Operand

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let cell = ScalarCell<T>(value)
        let lane = value.lane(broadcastTo: plan.resultShape, cell: cell)
        let scratch = ElementwiseKernel.Scratch()
        try plan.forEachBlock(depth: plan.resultShape.count, operand: lane.base, strides: lane.strides,
                              cOrder: true) { positions, count, target, operand, stride in
            let values = ElementwiseKernel.load(T.self, .init(pointer: operand, stride: stride, dtype: lane.dtype),
                                                from: 0, count: count, into: scratch.a)
            for i in 0..<count { (target + positions[i]).storeBytes(of: values[i], as: T.self) }
        }
        withExtendedLifetime((cell, value)) {}
    }
}

/// Writes `a[mask] = value` in the target's element type `T`: the value's elements (`stride`
/// bytes apart, 0 to repeat one) into the elements where the mask is true, in C order.
private struct MaskedAssignment: DTypeVisitor {
    let target: NDArray
    let mask: NDArray
    let value: Operand
    let stride: Int

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let cell = ScalarCell<T>(value)
        var next = ElementwiseKernel.Lane(pointer: cell.pointer, stride: stride, dtype: T.dtype)
        if case .array(let array) = value { next = .init(pointer: array.baseAddress, stride: stride, dtype: array.dtype) }
        let scratch = ElementwiseKernel.Scratch()
        let base = target.baseAddress
        target.forEachMasked(by: mask) { positions, count in
            // Always staged (never read in place), so that a value overlapping the target is
            // read before the block is written, as NumPy's run-wise copy (a memmove) reads it.
            let values = scratch.a.assumingMemoryBound(to: T.self)
            next.dtype.dispatchConversion(from: next.pointer, stride: stride, count: count, into: values)
            for i in 0..<count { (base + positions[i]).storeBytes(of: values[i], as: T.self) }
            next.pointer += count * stride
        }
        withExtendedLifetime((cell, value)) {}
    }
}
