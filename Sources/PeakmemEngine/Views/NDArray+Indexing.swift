extension NDArray {
    /// Basic indexing, `a[items...]`: a view that allocates nothing (NumPy's basic slicing).
    ///
    /// Integers remove their dimension, slices keep it with `count` positions and the stride
    /// multiplied by the step, `newAxis` inserts a length-1 dimension (stride 0), and one
    /// `ellipsis` stands for full slices over the dimensions not otherwise indexed. Indexing
    /// every dimension with an integer gives a 0-d view of that element.
    public func view(at items: [IndexItem]) throws(EngineError) -> NDArray {
        let consuming = items.filter { $0 != .newAxis && $0 != .ellipsis }.count
        let ellipses = items.filter { $0 == .ellipsis }.count
        guard ellipses <= 1 else { throw .invalidArgument("an index can only have a single ellipsis ('...')") }
        guard consuming <= ndim else { throw .tooManyIndices(ndim: ndim, given: consuming) }
        var expanded: [IndexItem] = []
        for item in items {
            if item == .ellipsis {
                expanded += [IndexItem](repeating: .all, count: ndim - consuming)
            } else {
                expanded.append(item)
            }
        }
        if ellipses == 0 { expanded += [IndexItem](repeating: .all, count: ndim - consuming) }

        var newShape: [Int] = [], newStrides: [Int] = []
        var newOffset = offset
        var axis = 0
        for item in expanded {
            switch item {
            case .newAxis:
                newShape.append(1)
                newStrides.append(0)
            case .integer(let index):
                let length = shape[axis]
                let resolved = index < 0 ? index + length : index
                guard resolved >= 0, resolved < length else {
                    throw .indexOutOfBounds(index: index, axis: axis, size: length)
                }
                newOffset += resolved * strides[axis]
                axis += 1
            case .slice(let start, let stop, let step):
                let s = try ResolvedSlice(start: start, stop: stop, step: step, length: shape[axis])
                if s.count > 0 { newOffset += s.start * strides[axis] }
                newShape.append(s.count)
                newStrides.append(strides[axis] * s.step)
                axis += 1
            case .ellipsis:
                break
            }
        }
        return view(shape: newShape, strides: newStrides, offset: newOffset)
    }

    /// `a[i]`: the sub-array at position `i` along the first axis (a view).
    public subscript(index: Int) -> NDArray {
        get throws(EngineError) { try view(at: [.integer(index)]) }
    }

    /// The element at a full integer index, converted to `T` as C casts.
    public func element<T: ArrayElement>(_ index: [Int], as _: T.Type = T.self) throws(EngineError) -> T {
        let cell = try view(at: index.map(IndexItem.integer))
        guard cell.ndim == 0 else { throw .invalidArgument("an element needs \(ndim) indices, got \(index.count)") }
        return ElementReader<T>.read(cell.baseAddress, dtype: dtype)
    }

    /// All elements in C (row-major) order, converted to `T`. For tests and small arrays.
    public func elements<T: ArrayElement>(as _: T.Type = T.self) -> [T] {
        var result = [T]()
        result.reserveCapacity(size)
        var index = [Int](repeating: 0, count: ndim)
        let count = size
        if count == 0 { return [] }
        for _ in 0..<count {
            var address = baseAddress
            for axis in 0..<ndim { address += index[axis] * strides[axis] }
            result.append(ElementReader<T>.read(address, dtype: dtype))
            var axis = ndim - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return result
    }
}

/// Reads one element of a run-time dtype as `T`.
enum ElementReader<T: ArrayElement> {
    @inline(__always)
    static func read(_ address: UnsafeMutableRawPointer, dtype: DType) -> T {
        switch dtype {
        case .bool: T.cast(address.load(as: Bool.self))
        case .uint8: T.cast(address.load(as: UInt8.self))
        case .int32: T.cast(address.load(as: Int32.self))
        case .int64: T.cast(address.load(as: Int64.self))
        case .float32, .complex64: T.cast(address.load(as: Float.self))
        case .float64, .complex128: T.cast(address.load(as: Double.self))
        }
    }
}

extension DType {
    /// Stores the element of dtype `source` at `from` as this dtype at `to`, cast as C casts.
    func storeCast(from: UnsafeRawPointer, dtype source: DType, to: UnsafeMutableRawPointer) {
        func store<D: ArrayElement>(_: D.Type) {
            to.storeBytes(of: ElementReader<D>.read(UnsafeMutableRawPointer(mutating: from), dtype: source), as: D.self)
        }
        switch self {
        case .bool: store(Bool.self)
        case .uint8: store(UInt8.self)
        case .int32: store(Int32.self)
        case .int64: store(Int64.self)
        case .float32: store(Float.self)
        case .float64: store(Double.self)
        case .complex64:
            store(Float.self)
            (to + 4).storeBytes(of: Float(0), as: Float.self)
        case .complex128:
            store(Double.self)
            (to + 8).storeBytes(of: Double(0), as: Double.self)
        }
    }
}
