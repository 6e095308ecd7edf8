#if canImport(Glibc)
import Glibc
#endif

/// `Generator.choice`, `permutation`, `shuffle` and `permuted`, with NumPy's draws and
/// NumPy's buffers (docs/research/numpy-default-rng.md).
extension RandomGenerator {
    /// The int64 indices `Generator.choice(population, size, replace, shuffle=shuffle)` picks
    /// (without `p`): an array of shape `size` (`[]` for NumPy's `size=None`, whose one value
    /// NumPy reads from a 0-d array too).
    ///
    /// With replacement: ``integers(_:_:size:dtype:endpoint:)`` on `[0, population)`.
    /// Without: when `population > 10000` and `count > population // cutoff` (`cutoff` 50,
    /// or 20 with `shuffle: false`) NumPy shuffles the tail of `arange(population)` (a
    /// temporary of `8·population` bytes) and copies the last `count` (freed: the arange);
    /// otherwise it runs Floyd's selection with an open-addressing hash set of
    /// `8·2^⌈log₂(1.2·count)⌉` bytes, then shuffles the picks when `shuffle`. The hash set is
    /// returned too: NumPy frees it only when `choice` returns, after `take` (the caller
    /// releases it last).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` with NumPy's messages for an empty
    ///   population with samples to take (`a must be a positive integer unless no samples are
    ///   taken` / `a cannot be empty …`, chosen by `fromArray`), for `count > population`
    ///   without replacement.
    public func choiceIndices(population: Int, size: [Int], replace: Bool, shuffle: Bool,
                              fromArray: Bool) throws(EngineError) -> (indices: NDArray, hashSet: NDArray?) {
        guard size.allSatisfy({ $0 >= 0 }) else { throw .negativeDimension }
        let count = size.reduce(1, *)
        if population <= 0 && count != 0 {
            throw .invalidArgument(fromArray ? "a cannot be empty unless no samples are taken"
                                             : "a must be a positive integer unless no samples are taken")
        }
        if replace {
            return (try integers(0, Int64(population), size: size), nil)
        }
        guard count <= population else {
            throw .invalidArgument("Cannot take a larger sample than population when replace is False")
        }
        let cutoff = shuffle ? 50 : 20
        if population > 10000 && count > population / cutoff {
            let all = try NDArray(empty: [population], dtype: .int64)
            let p = all.baseAddress.bindMemory(to: Int64.self, capacity: population)
            for i in 0 ..< population { p[i] = Int64(i) }
            bits.withLock { bits in
                Self.shuffleInt64(&bits, p, count: population, first: Swift.max(population - count, 1))
            }
            let tail = NDArray(storage: all.storage, dtype: .int64, shape: [count], strides: [8], offset: (population - count) * 8)
            return (try tail.copy().reshape(size), nil)
        }
        let indices = try NDArray(empty: [count], dtype: .int64)
        var mask = UInt64(1.2 * Double(count))
        for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
        let hashSet = try NDArray(empty: [Int(mask) + 1], dtype: .int64)
        let table = hashSet.baseAddress.bindMemory(to: UInt64.self, capacity: Int(mask) + 1)
        for i in 0 ... Int(mask) { table[i] = .max }
        let out = indices.baseAddress.bindMemory(to: Int64.self, capacity: Swift.max(count, 1))
        bits.withLock { bits in
            for j in population - count ..< population {
                let value = bits.bounded(UInt64(j))
                var slot = value & mask
                while table[Int(slot)] != .max && table[Int(slot)] != value { slot = (slot + 1) & mask }
                if table[Int(slot)] == .max {
                    table[Int(slot)] = value
                    out[j - population + count] = Int64(value)
                } else {
                    slot = UInt64(j) & mask
                    while table[Int(slot)] != .max { slot = (slot + 1) & mask }
                    table[Int(slot)] = UInt64(j)
                    out[j - population + count] = Int64(j)
                }
            }
            if shuffle { Self.shuffleInt64(&bits, out, count: count, first: 1) }
        }
        return (try indices.reshape(size), hashSet)
    }

    /// NumPy's `permutation(n)`: `arange(n)` (int64, the result) shuffled in place.
    public func permutation(_ n: Int) throws(EngineError) -> NDArray {
        guard n >= 0 else { throw .negativeDimension }
        let result = try NDArray(empty: [n], dtype: .int64)
        let p = result.baseAddress.bindMemory(to: Int64.self, capacity: Swift.max(n, 1))
        for i in 0 ..< n { p[i] = Int64(i) }
        try shuffle(result)
        return result
    }

    /// NumPy's `permutation(x, axis)` for an array: a 1-d array is copied (order `K`) and the
    /// copy shuffled; otherwise `arange(x.shape[axis])` (int64, a temporary) is shuffled and
    /// the result is `take(x, idx, axis)`.
    public func permutation(_ x: NDArray, axis: Int = 0) throws(EngineError) -> NDArray {
        let axis = try NDArray.normalize(axis: axis, ndim: x.ndim)
        if x.ndim == 1 {
            let result = try x.copy(order: .keep)
            try shuffle(result)
            return result
        }
        let order = try permutation(x.shape[axis])
        return try NDArray.take(x, order, axis: axis)
    }

    /// NumPy's `shuffle(x, axis)`, in place: a non-empty 1-d array by swapping elements
    /// (NumPy's fast path, with a one-element buffer of `itemsize` bytes), any other array by
    /// swapping its sub-arrays along `axis` through a buffer of one sub-array (a temporary of
    /// `nbytes / shape[axis]` bytes). Indices come from ``PCG64/interval(_:)``, from the last
    /// position down to 1.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `array is read-only` for a read-only
    ///   array; ``EngineError/unsupportedOperation(_:)`` for a 0-d array (`len()` of it fails
    ///   in NumPy).
    public func shuffle(_ x: NDArray, axis: Int = 0) throws(EngineError) {
        try x.checkWritable("array is read-only")
        guard x.ndim > 0 else { throw .unsupportedOperation("len() of unsized object") }
        let axis = try NDArray.normalize(axis: axis, ndim: x.ndim)
        if x.ndim == 1 && x.size > 0 {
            let buffer = try ArrayStorage(byteCount: x.itemSize)
            bits.withLock { bits in
                Self.shuffleRaw(&bits, x.baseAddress, count: x.shape[0], first: 1, itemSize: x.itemSize,
                                stride: x.strides[0], buffer: buffer.base)
            }
            return
        }
        guard x.size > 0 else { return }
        let swapped = try x.swapaxes(0, axis)
        let length = swapped.shape[0], stride = swapped.strides[0], itemSize = x.itemSize
        let row = NDArray(storage: swapped.storage, dtype: swapped.dtype, shape: Array(swapped.shape.dropFirst()),
                          strides: Array(swapped.strides.dropFirst()), offset: swapped.offset)
        // NumPy's `buf = np.empty_like(x[0, ...])`; rows are copied element by element through
        // it (distinct rows never overlap, so NumPy makes no other copy).
        let buffer = try NDArray(storage: ArrayStorage(byteCount: row.nbytes, dtype: row.dtype, shape: row.shape), dtype: row.dtype, shape: row.shape,
                                 strides: NDArray.contiguousStrides(shape: row.shape, itemSize: itemSize, order: .c))
        let elements = Self.elementOffsets(row)
        let scratch = buffer.baseAddress, data = swapped.baseAddress
        for i in Swift.stride(from: length - 1, through: 1, by: -1) {
            let j = Int(bits.withLock { $0.interval(UInt64(i)) })
            if i == j { continue }
            for (k, element) in elements.enumerated() {
                let rowI = data + i * stride + element, rowJ = data + j * stride + element
                memcpy(scratch + k * itemSize, rowJ, itemSize)
                memcpy(rowJ, rowI, itemSize)
                memcpy(rowI, scratch + k * itemSize, itemSize)
            }
        }
    }

    /// The byte offsets of `array`'s elements from its first, in C order.
    static func elementOffsets(_ array: NDArray) -> [Int] {
        var offsets = [0]
        for (length, stride) in zip(array.shape, array.strides) {
            offsets = offsets.flatMap { base in (0 ..< length).map { base + $0 * stride } }
        }
        return offsets
    }

    /// NumPy's `permuted(x, axis, out)`: a copy of `x` (order `K`; or `x` copied into `out`)
    /// whose elements are shuffled along `axis` independently for every other index (in C order
    /// of the other indices, each lane from its last position down to 0), or shuffled as one
    /// flat array when `axis` is nil (``shuffle(_:axis:)`` of the contiguous copy's flat view).
    ///
    /// - Throws: ``EngineError/badOutput(_:)`` `out must have the same shape as x`;
    ///   ``EngineError/castingRefused(_:)`` when `x` does not cast safely to `out`'s dtype;
    ///   ``EngineError/unsupportedOperation(_:)`` for a non-contiguous n-d `out` with
    ///   `axis: nil` (NumPy shuffles a write-back copy there; not supported yet).
    public func permuted(_ x: NDArray, axis: Int?, out: NDArray?) throws(EngineError) -> NDArray {
        let result: NDArray
        if let out {
            guard out.shape == x.shape else { throw .badOutput("out must have the same shape as x") }
            guard DType.promote(x.dtype, out.dtype) == out.dtype else {
                throw .castingRefused("Cannot cast scalar from dtype('\(x.dtype)') to dtype('\(out.dtype)') according to the rule 'safe'")
            }
            try x.assign(to: out)
            result = out
        } else {
            result = try x.copy(order: .keep)
        }
        guard let axis else {
            if result.ndim > 1 {
                guard result.isContiguous else {
                    throw .unsupportedOperation("Generator.permuted(axis=None) into a non-contiguous out= is not supported yet")
                }
                let flat = NDArray(storage: result.storage, dtype: result.dtype, shape: [result.size],
                                   strides: [result.itemSize], offset: result.offset)
                try shuffle(flat)
            } else if result.ndim == 1 {
                try shuffle(result)
            }
            return result
        }
        let ax = try NDArray.normalize(axis: axis, ndim: result.ndim)
        let itemSize = result.itemSize, length = result.shape[ax], stride = result.strides[ax]
        var otherShape = result.shape, otherStrides = result.strides
        otherShape.remove(at: ax)
        otherStrides.remove(at: ax)
        guard otherShape.allSatisfy({ $0 > 0 }), length > 0 else { return result }
        let lane = NDArray(storage: result.storage, dtype: result.dtype, shape: otherShape, strides: otherStrides, offset: result.offset)
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: itemSize, alignment: 16)  // NumPy's PyMem_Malloc
        defer { scratch.deallocate() }
        bits.withLock { bits in
            for offset in Self.elementOffsets(lane) {
                Self.shuffleRaw(&bits, result.baseAddress + offset, count: length, first: 0, itemSize: itemSize,
                                stride: stride, buffer: scratch)
            }
        }
        return result
    }

    /// NumPy's `_shuffle_raw`: for `i` from `count − 1` down to `first`, swap element `i`
    /// with element `interval(i)`.
    static func shuffleRaw(_ bits: inout PCG64, _ data: UnsafeMutableRawPointer, count: Int, first: Int,
                           itemSize: Int, stride: Int, buffer: UnsafeMutableRawPointer) {
        guard count > first else { return }
        for i in Swift.stride(from: count - 1, through: first, by: -1) {
            let j = Int(bits.interval(UInt64(i)))
            memcpy(buffer, data + j * stride, itemSize)
            memmove(data + j * stride, data + i * stride, itemSize)
            memcpy(data + i * stride, buffer, itemSize)
        }
    }

    /// NumPy's `_shuffle_int` of `choice`: for `i` from `count − 1` down to `first`, swap
    /// element `i` with element `bounded(i)` (Lemire's method, not the masked interval).
    static func shuffleInt64(_ bits: inout PCG64, _ data: UnsafeMutablePointer<Int64>, count: Int, first: Int) {
        guard count > first else { return }
        for i in Swift.stride(from: count - 1, through: first, by: -1) {
            let j = Int(bits.bounded(UInt64(i)))
            data.swapAt(i, j)
        }
    }
}

extension UnsafeMutablePointer where Pointee == Int64 {
    fileprivate func swapAt(_ i: Int, _ j: Int) {
        let temporary = self[j]
        self[j] = self[i]
        self[i] = temporary
    }
}

extension RandomGenerator {
    /// The indices of `choice(a, size, replace=True, p=p)`: index `i` drawn with probability
    /// `p[i]`, by inverting the cumulative distribution as NumPy 2.4.6's `Generator.choice` does:
    /// `cdf = p.cumsum()`, `cdf /= cdf[-1]`, `u = self.random(size)`,
    /// `idx = cdf.searchsorted(u, side='right')`.
    ///
    /// `p` must be the float64, C-contiguous, 1-d array NumPy works on (`PyArray_FROM_OTF`: the
    /// caller converts). Checks, in NumPy's order: `p`'s Kahan sum is not NaN, no `p < 0` (a
    /// boolean array of `p`'s size, freed at once), the sum is 1 within `tolerance`.
    ///
    /// Memory: the mask, then `cdf` (`p`'s size), the uniform samples (8 bytes each) and the
    /// int64 indices; NumPy keeps `cdf` and the samples until `choice` returns, so they are
    /// returned in `held` for the caller to release after its `take`.
    public func choiceIndices(weights p: NDArray, size: [Int], tolerance: Double) throws(EngineError) -> (indices: NDArray, held: [NDArray]) {
        guard p.ndim == 1 else { throw .invalidArgument("p must be 1-dimensional") }
        guard size.allSatisfy({ $0 >= 0 }) else { throw .negativeDimension }
        let values = p.baseAddress.assumingMemoryBound(to: Double.self)
        var sum = p.shape[0] > 0 ? values[0] : 0, carry = 0.0
        for i in 1 ..< Swift.max(p.shape[0], 1) {
            let y = values[i] - carry
            let t = sum + y
            carry = (t - sum) - y
            sum = t
        }
        withExtendedLifetime(p) {}
        guard !sum.isNaN else { throw .invalidArgument("Probabilities contain NaN") }
        let negatives = try NDArray.apply(.less, .array(p), .scalar(.int(0))).countNonzero()   // the mask freed here
        guard negatives == 0 else { throw .invalidArgument("Probabilities are not non-negative") }
        guard abs(sum - 1) <= tolerance else {
            throw .invalidArgument("Probabilities do not sum to 1. See Notes section of docstring for more information.")
        }
        let cdf = try NDArray.accumulate(.add, p, axis: 0)
        try cdf.divideInPlace(by: try cdf.element([cdf.shape[0] - 1], as: Double.self))
        let uniform = try random(size: size)
        let indices = try NDArray.searchsorted(cdf, uniform, right: true)
        return (indices, [cdf, uniform])
    }
}
