/// NumPy's array-manipulation functions that make new arrays: `diff`, `roll`, `triu`/`tril`,
/// `diag` of a vector, `trace`, `pad`, with NumPy's buffers in NumPy's order
/// (docs/research/numpy-manipulation.md).
extension NDArray {
    /// `np.diff(a, n, axis)`: `n` times `a[1:] - a[:-1]` along `axis` (`!=` for booleans);
    /// each round allocates its result and frees the previous one.
    public static func diff(_ a: NDArray, n: Int = 1, axis: Int = -1) throws(EngineError) -> NDArray {
        guard n >= 0 else { throw .invalidArgument("order must be non-negative but got \(n)") }
        guard a.ndim > 0 else { throw .invalidArgument("diff requires input that is at least one dimensional") }
        let ax = try normalize(axis: axis, ndim: a.ndim)
        var current = a
        for _ in 0 ..< n {
            var later = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: a.ndim), earlier = later
            later[ax] = .slice(start: 1, stop: nil, step: nil)
            earlier[ax] = .slice(start: nil, stop: -1, step: nil)
            let op: BinaryOperator = current.dtype == .bool ? .notEqual : .subtract
            current = try apply(op, .array(try current.view(at: later)), .array(try current.view(at: earlier)))
        }
        return current
    }

    /// `np.roll(a, shift, axis)`: `empty_like(a)` filled by (up to 2^k) slice copies; without
    /// `axes` the flattened array is rolled (`a.ravel()`: a copy when `a` is not C-contiguous)
    /// and reshaped.
    public static func roll(_ a: NDArray, shifts: [Int], axes: [Int]?) throws(EngineError) -> NDArray {
        guard let axes else {
            guard shifts.count == 1 else { throw .invalidArgument("'shift' and 'axis' should be scalars or 1D sequences") }
            return try roll(try a.ravel(), shifts: shifts, axes: [0]).reshape(a.shape)
        }
        guard shifts.count == axes.count || shifts.count == 1 || axes.count == 1 else {
            throw .broadcastMismatch([[shifts.count], [axes.count]])
        }
        var total = [Int](repeating: 0, count: a.ndim)
        for k in 0 ..< Swift.max(shifts.count, axes.count) {
            let axis = try normalize(axis: axes[axes.count == 1 ? 0 : k], ndim: a.ndim)
            total[axis] += shifts[shifts.count == 1 ? 0 : k]
        }
        let result = NDArray(storage: try ArrayStorage(byteCount: a.nbytes, dtype: a.dtype, shape: a.shape), dtype: a.dtype, shape: a.shape,
                             strides: a.layoutStrides(for: .keep, itemSize: a.itemSize))
        // Per axis, the (source, destination) slice pairs.
        var pairs: [[(IndexItem, IndexItem)]] = []
        for axis in 0 ..< a.ndim {
            let length = a.shape[axis]
            let offset = length == 0 ? 0 : ((total[axis] % length) + length) % length
            if offset == 0 {
                pairs.append([(.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: nil))])
            } else {
                pairs.append([(.slice(start: nil, stop: -offset, step: nil), .slice(start: offset, stop: nil, step: nil)),
                              (.slice(start: -offset, stop: nil, step: nil), .slice(start: nil, stop: offset, step: nil))])
            }
        }
        var choice = [Int](repeating: 0, count: a.ndim)
        while true {
            let source = try a.view(at: (0 ..< a.ndim).map { pairs[$0][choice[$0]].0 })
            let target = try result.view(at: (0 ..< a.ndim).map { pairs[$0][choice[$0]].1 })
            try source.assign(to: target)
            var d = a.ndim - 1
            while d >= 0 {
                choice[d] += 1
                if choice[d] < pairs[d].count { break }
                choice[d] = 0
                d -= 1
            }
            if d < 0 { break }
        }
        return result
    }

    /// `np.triu(m, k)` (`upper: true`) / `np.tril(m, k)`: NumPy's `tri(N, M, k, dtype=bool)` —
    /// two `arange`s of the smallest integer type holding their values (int8/16/32/64, kept as
    /// raw bytes: the engine has no int16), their `greater_equal.outer` (the boolean mask, N·M
    /// bytes), the aranges freed — then `where(mask, zeros(1), m)` (the result) and the mask freed.
    public static func triangle(_ m: NDArray, k: Int, upper: Bool) throws(EngineError) -> NDArray {
        guard m.ndim >= 2 else { throw .unsupportedOperation("np.triu/np.tril of a 1-d array is not supported yet") }
        let rows = m.shape[m.ndim - 2], columns = m.shape[m.ndim - 1]
        let diagonal = upper ? k - 1 : k
        func minIntBytes(_ low: Int, _ high: Int) -> Int {
            if low >= Int(Int8.min) && high <= Int(Int8.max) { return 1 }
            if low >= Int(Int16.min) && high <= Int(Int16.max) { return 2 }
            if low >= Int(Int32.min) && high <= Int(Int32.max) { return 4 }
            return 8
        }
        let mask: NDArray
        do {
            let rowRange = try ArrayStorage(byteCount: rows * minIntBytes(0, rows))
            let columnRange = try ArrayStorage(byteCount: columns * minIntBytes(-diagonal, columns - diagonal))
            mask = try NDArray(empty: [rows, columns], dtype: .bool)
            let p = mask.baseAddress.assumingMemoryBound(to: Bool.self)
            for i in 0 ..< rows {
                for j in 0 ..< columns { p[i * columns + j] = i >= j - diagonal }
            }
            withExtendedLifetime((rowRange, columnRange)) {}
        }
        let zero = try zeros([1], dtype: m.dtype)
        return upper ? try `where`(.array(mask), .array(zero), .array(m)) : try `where`(.array(mask), .array(m), .array(zero))
    }

    /// `np.diag(v, k)` of a vector: `zeros((n+|k|, n+|k|))` with `v` on diagonal `k` (the
    /// result only). A 2-d `v` gives ``diagonal(offset:axis1:axis2:)`` (a read-only view).
    public static func diag(_ v: NDArray, k: Int = 0) throws(EngineError) -> NDArray {
        if v.ndim == 2 { return try v.diagonal(offset: k) }
        guard v.ndim == 1 else { throw .invalidArgument("Input must be 1- or 2-d.") }
        let n = v.shape[0] + abs(k)
        let result = try zeros([n, n], dtype: v.dtype)
        let target = try result.diagonal(offset: k)
        var writable = target
        writable.isReadOnly = false
        try v.assign(to: writable)
        return result
    }

    /// `np.trace(a, offset, axis1, axis2, dtype)`: the sum of the diagonal view along its last
    /// axis (``reduce(_:_:axes:dtype:out:keepdims:)``: one result).
    public static func trace(_ a: NDArray, offset k: Int = 0, axis1: Int = 0, axis2: Int = 1, dtype: DType? = nil,
                             out: NDArray? = nil) throws(EngineError) -> NDArray {
        let diagonal = try a.diagonal(offset: k, axis1: axis1, axis2: axis2)
        return try reduce(.add, diagonal, axes: [diagonal.ndim - 1], dtype: dtype, out: out)
    }
}
