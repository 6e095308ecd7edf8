/// One item of a NumPy index that may hold integer or boolean arrays ("advanced" or "fancy"
/// indexing), as in `lut[r, g, b]`, `a[:, idx]` or `a[a > 0]`.
public enum AdvancedIndexItem: Sendable {
    /// A basic item: integer, slice, `None` or `...`.
    case basic(IndexItem)
    /// An integer array: selects, for each of its (broadcast) positions, one position along
    /// its axis (negative counts from the end). A boolean array (a mask) selects the positions
    /// where it is true along as many axes as it has dimensions.
    case array(NDArray)
}

extension NDArray {
    /// Integer-array indexing, `a[items...]`, as NumPy's `mapiter` computes it for reads.
    ///
    /// The index arrays (and, with them, the integer items, which NumPy treats as 0-d index
    /// arrays) broadcast together to a shape `B`. When these advanced items are adjacent in the
    /// index, `B` replaces their dimensions in place; otherwise it comes first, followed by the
    /// dimensions the slices keep. So for `lut` of shape `(16, 16, 16, 4)` and index arrays of
    /// shape `(h, w)`, `lut[r, g, b]` has shape `(h, w, 4)` and `lut[:, i]` of `i` with shape
    /// `(n,)` has shape `(16, n, 16, 4)`.
    ///
    /// A boolean array (a mask) stands for the index arrays of its nonzero elements, one per
    /// mask dimension (NumPy's rule), except when it is the whole index and has the array's
    /// shape: `a[mask]` is then the 1-d array of the elements where the mask is true, in C order.
    ///
    /// Memory: one new C-contiguous buffer, the result (`size(result) · itemsize`). Index arrays
    /// of a dtype other than int64 are read through small conversion blocks, as NumPy's
    /// buffered iterator reads them, never converted whole. A mask of the array's shape alone
    /// costs nothing more; any other mask costs its index arrays while the result is made
    /// (``expandingMasks(_:)``).
    ///
    /// - Throws: ``EngineError/indexOutOfBounds(index:axis:size:)`` for an index outside its
    ///   axis, ``EngineError/booleanIndexMismatch(axis:size:booleanSize:)`` for a mask of
    ///   another shape than the dimensions it covers, broadcast mismatches between index
    ///   arrays, too many indices, non-integer index arrays.
    public func gather(_ items: [AdvancedIndexItem]) throws(EngineError) -> NDArray {
        if let mask = isSoleMask(items) { return try booleanSubscript(mask) }
        let plan = try GatherPlan(self, try expandingMasks(items))
        let result = try NDArray(empty: plan.resultShape, dtype: dtype)
        try plan.run(into: result)
        return result
    }

    /// `np.take(a, indices, axis=None, out=None)`: elements of `a` along `axis` at `indices`,
    /// or of the flattened `a` when `axis` is nil.
    ///
    /// Memory, as NumPy's `PyArray_TakeFrom`: the result (or nothing with `out`); besides it,
    /// as temporaries freed before returning, an int64 copy of `indices` when they are of
    /// another dtype (`indices.size · 8` bytes), a C-contiguous copy of `a` when `axis` is nil
    /// and `a` is not C-contiguous (NumPy ravels it), and, with `out`, a copy of `out` in `a`'s dtype
    /// the elements are gathered into before being copied back (NumPy's `mode='raise'` protects
    /// `out` from a half-done take that way).
    public static func take(_ a: NDArray, _ indices: NDArray, axis: Int?, out: NDArray? = nil) throws(EngineError) -> NDArray {
        guard indices.dtype.isInteger || indices.dtype == .bool else {
            throw .castingRefused("Cannot cast array data from dtype('\(indices.dtype)') to dtype('int64') according to the rule 'safe'")
        }
        let source = axis == nil ? try a.ravel() : a
        let axis = try normalize(axis: axis ?? 0, ndim: source.ndim)
        let index = indices.dtype == .int64 ? indices : try indices.astype(.int64)
        var items = [AdvancedIndexItem](repeating: .basic(.all), count: source.ndim)
        items[axis] = .array(index)
        let plan = try GatherPlan(source, items)
        guard let out else {
            let result = try NDArray(empty: plan.resultShape, dtype: source.dtype)
            try plan.run(into: result)
            return result
        }
        guard out.shape == plan.resultShape else { throw .badOutput("output array does not match result of ndarray.take") }
        guard source.dtype.canCastSameKind(to: out.dtype) else {
            throw .castingRefused("Cannot cast array data from dtype('\(source.dtype)') to dtype('\(out.dtype)') according to the rule 'same_kind'")
        }
        let staging = try NDArray(empty: out.shape, dtype: source.dtype)
        try plan.run(into: staging)
        try staging.assign(to: out)
        return out
    }
}

/// The traversal of one integer-array indexing: which dimensions of the sliced view the
/// result keeps, where the broadcast index dimensions go, and the strides of every operand
/// over the result's dimensions.
struct GatherPlan {
    let resultShape: [Int]
    /// The sliced (basic-indexed) view the elements are read from.
    let view: NDArray
    /// For each index array: the array, the view stride its values multiply, the length it
    /// indexes, its original axis (for error messages) and its strides over the result.
    let lanes: [(array: NDArray, stride: Int, length: Int, axis: Int, strides: [Int])]
    /// The view's strides over the result (0 on the broadcast index dimensions).
    let sourceStrides: [Int]
    /// For each result dimension, true when it is one of the view's (not an index dimension).
    let keptDimensions: [Bool]

    init(_ array: NDArray, _ items: [AdvancedIndexItem]) throws(EngineError) {
        func consumes(_ item: AdvancedIndexItem) -> Bool {
            if case .basic(let b) = item { return b != .newAxis && b != .ellipsis }
            return true
        }
        let consuming = items.filter(consumes).count
        guard consuming <= array.ndim else { throw .tooManyIndices(ndim: array.ndim, given: consuming) }
        var expanded: [AdvancedIndexItem] = []
        var sawEllipsis = false
        for item in items {
            if case .basic(.ellipsis) = item {
                guard !sawEllipsis else { throw .invalidArgument("an index can only have a single ellipsis ('...')") }
                sawEllipsis = true
                expanded += [AdvancedIndexItem](repeating: .basic(.all), count: array.ndim - consuming)
            } else {
                expanded.append(item)
            }
        }
        if !sawEllipsis { expanded += [AdvancedIndexItem](repeating: .basic(.all), count: array.ndim - consuming) }

        // The view keeps every dimension: advanced items become full slices of it, integers
        // fixed offsets; `viewDims[i]` is the view dimension of expanded item i.
        var viewItems: [IndexItem] = []
        var advancedPositions: [Int] = []
        var arrays: [(array: NDArray, position: Int, axis: Int)] = []
        var fixed: [(index: Int, position: Int, axis: Int)] = []
        var axis = 0
        for (position, item) in expanded.enumerated() {
            switch item {
            case .array(let index):
                guard index.dtype.isInteger else {
                    throw .invalidArgument("arrays used as indices must be of integer (or boolean) type")
                }
                viewItems.append(.all)
                advancedPositions.append(position)
                arrays.append((index, position, axis))
                axis += 1
            case .basic(.integer(let i)):
                viewItems.append(.all)
                advancedPositions.append(position)
                fixed.append((i, position, axis))
                axis += 1
            case .basic(let basic):
                viewItems.append(basic)
                if basic != .newAxis { axis += 1 }
            }
        }
        var view = try array.view(at: viewItems)
        let hasArrays = !arrays.isEmpty
        let broadcast = try NDArray.broadcastShape(arrays.map(\.array.shape))
        // Integers alone are basic indexing; with arrays they are 0-d index arrays, fixed here.
        var offset = view.offset
        for f in fixed {
            let length = view.shape[f.position]
            let resolved = f.index < 0 ? f.index + length : f.index
            guard resolved >= 0, resolved < length else { throw .indexOutOfBounds(index: f.index, axis: f.axis, size: length) }
            offset += resolved * view.strides[f.position]
        }
        view = NDArray(storage: view.storage, dtype: view.dtype, shape: view.shape, strides: view.strides, offset: offset)

        let adjacent = advancedPositions.isEmpty
            || advancedPositions.last! - advancedPositions.first! + 1 == advancedPositions.count
        let kept = view.shape.indices.filter { !advancedPositions.contains($0) }
        let insertAt = !hasArrays ? 0 : adjacent ? kept.filter { $0 < advancedPositions.first! }.count : 0
        // Result dimensions: kept view dimensions with the broadcast ones inserted.
        enum Dim { case kept(Int), broadcast(Int) }
        var dims: [Dim] = kept.map { .kept($0) }
        dims.insert(contentsOf: broadcast.indices.map { .broadcast($0) }, at: insertAt)
        var shape: [Int] = [], sourceStrides: [Int] = []
        for dim in dims {
            switch dim {
            case .kept(let d): shape.append(view.shape[d]); sourceStrides.append(view.strides[d])
            case .broadcast(let j): shape.append(broadcast[j]); sourceStrides.append(0)
            }
        }
        resultShape = shape
        self.sourceStrides = sourceStrides
        keptDimensions = dims.map { if case .kept = $0 { true } else { false } }
        self.view = view
        lanes = arrays.map { entry in
            let b = entry.array.broadcastStrides(to: broadcast)
            let strides = dims.map { dim -> Int in
                if case .broadcast(let j) = dim { return b[j] }
                return 0
            }
            return (entry.array, view.strides[entry.position], view.shape[entry.position], entry.axis, strides)
        }
    }

    /// Gathers the elements into `result` (of ``resultShape``, the view's dtype).
    ///
    /// Trailing view dimensions that are contiguous in the view and in the result (as the rows
    /// `lut[r, g, b]` selects from a `(16, 16, 16, 4)` table) are copied as one wider element
    /// per index, as NumPy's `mapiter` copies its subspace, instead of element by element.
    func run(into result: NDArray) throws(EngineError) {
        var folded = 0, itemSize = view.itemSize
        if result.isCContiguous {
            var axis = resultShape.count - 1
            while axis >= 0, keptDimensions[axis], sourceStrides[axis] == itemSize {
                itemSize *= resultShape[axis]
                folded += 1
                axis -= 1
            }
        }
        try forEachBlock(depth: resultShape.count - folded, operand: result.baseAddress, strides: result.strides,
                         cOrder: false) { positions, count, source, target, stride in
            GatherPlan.copy(itemSize, count, positions, from: UnsafeRawPointer(source), to: target, stride: stride)
        }
        withExtendedLifetime(result) {}
    }

    /// Visits the selected elements in blocks of at most ``ElementwiseKernel/blockLength``,
    /// over the first `depth` result dimensions: `body(positions, count, source, operand, stride)`
    /// gets the byte offsets of `count` selected elements from `source` (an address in the
    /// view) and the address and byte stride of the matching elements of an operand laid over
    /// the result (`operand` is the address of its element 0, `strides` its byte strides over
    /// ``resultShape``, 0 where it is broadcast).
    ///
    /// The traversal follows the operand's memory order, or C order with `cOrder` (the order
    /// in which NumPy writes an assignment, so that the last of repeated indices wins).
    /// - Throws: ``EngineError/indexOutOfBounds(index:axis:size:)`` at the first index outside
    ///   its axis (the blocks before it have been visited).
    func forEachBlock(
        depth: Int, operand: UnsafeMutableRawPointer, strides: [Int], cOrder: Bool,
        _ body: (_ positions: UnsafeMutablePointer<Int>, _ count: Int, _ source: UnsafeMutableRawPointer,
                 _ operand: UnsafeMutableRawPointer, _ stride: Int) throws(EngineError) -> Void
    ) throws(EngineError) {
        let loop = StridedLoop(shape: Array(resultShape.prefix(depth)),
                               strides: [Array(strides.prefix(depth)), Array(sourceStrides.prefix(depth))]
                                   + lanes.map { Array($0.strides.prefix(depth)) },
                               cOrder: cOrder)
        let blockLength = ElementwiseKernel.blockLength
        let positions = UnsafeMutablePointer<Int>.allocate(capacity: blockLength)
        let indices = UnsafeMutablePointer<Int64>.allocate(capacity: blockLength)
        defer { positions.deallocate(); indices.deallocate() }
        let lanes = self.lanes
        try loop.forEachRun(bases: [operand, view.baseAddress] + lanes.map(\.array.baseAddress)) { p, s, n throws(EngineError) in
            var done = 0
            while done < n {
                let count = Swift.min(blockLength, n - done)
                for i in 0..<count { positions[i] = (done + i) * s[1] }
                for (k, lane) in lanes.enumerated() {
                    lane.array.dtype.dispatchConversion(from: p[2 + k] + done * s[2 + k], stride: s[2 + k], count: count, into: indices)
                    for i in 0..<count {
                        var index = Int(indices[i])
                        if index < 0 { index += lane.length }
                        guard index >= 0, index < lane.length else {
                            throw .indexOutOfBounds(index: Int(indices[i]), axis: lane.axis, size: lane.length)
                        }
                        positions[i] += index * lane.stride
                    }
                }
                try body(positions, count, p[1], p[0] + done * s[0], s[0])
                done += count
            }
        }
        withExtendedLifetime((view, lanes)) {}
    }

    /// Copies `count` elements of `itemSize` bytes from `source + positions[i]` to `target + i·stride`.
    @inline(__always)
    static func copy(_ itemSize: Int, _ count: Int, _ positions: UnsafeMutablePointer<Int>,
                     from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, stride: Int) {
        func move<T>(_: T.Type) {
            for i in 0..<count { (target + i * stride).storeBytes(of: (source + positions[i]).load(as: T.self), as: T.self) }
        }
        switch itemSize {
        case 1: move(UInt8.self)
        case 4: move(UInt32.self)
        case 8: move(UInt64.self)
        default: for i in 0..<count { (target + i * stride).copyMemory(from: source + positions[i], byteCount: itemSize) }
        }
    }
}
