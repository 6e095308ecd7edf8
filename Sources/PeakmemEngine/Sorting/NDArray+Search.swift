extension NDArray {
    /// `np.searchsorted(a, v, side=, sorter=)`: for each element of `v`, the index where it
    /// would be inserted into the sorted 1-d `a` (through `sorter`, the indices that sort `a`)
    /// to keep it sorted: before equal elements (`right: false`) or after them (`right: true`),
    /// NaN sorting last.
    ///
    /// Memory, as NumPy's `PyArray_SearchSorted`: both are converted to their common dtype —
    /// `a` copied (C-contiguous) when it has another dtype or is not contiguous, then `v`
    /// likewise — then `sorter` copied when it is not a contiguous int64 array; the int64
    /// result (the shape of `v`); the copies freed at the end.
    ///
    /// - Throws: NumPy's `ValueError`s for an `a` that is not 1-d, a `sorter` of another length
    ///   ("sorter.size must equal a.size") or out of range ("Sorter index out of range.").
    public static func searchsorted(_ a: NDArray, _ v: NDArray, right: Bool, sorter: NDArray? = nil) throws(EngineError) -> NDArray {
        guard a.ndim == 1 else { throw .invalidArgument("object too deep for desired array") }
        let common = DType.promote(a.dtype, v.dtype)
        let keys = a.dtype == common && a.isCContiguous ? a : try a.astype(common, order: .c)
        let needles = v.dtype == common && v.isCContiguous ? v : try v.astype(common, order: .c)
        var order: NDArray?
        if let sorter {
            guard sorter.dtype.isInteger else {
                throw .castingRefused("Cannot cast array data from dtype('\(sorter.dtype)') to dtype('int64') according to the rule 'safe'")
            }
            guard sorter.size == a.size else { throw .invalidArgument("sorter.size must equal a.size") }
            order = sorter.dtype == .int64 && sorter.isCContiguous && sorter.ndim == 1 ? sorter : try sorter.astype(.int64, order: .c)
            let indices = order!.baseAddress.assumingMemoryBound(to: Int64.self)
            for i in 0..<a.size where indices[i] < 0 || indices[i] >= Int64(a.size) {
                throw .invalidArgument("Sorter index out of range.")
            }
        }
        let result = try NDArray(empty: v.shape, dtype: .int64)
        try common.dispatch(SearchExecution(keys: keys, needles: needles, sorter: order, right: right, result: result))
        withExtendedLifetime((keys, needles, order)) {}
        return result
    }

    /// `np.lexsort(keys)`: the int64 indices that sort by the last key, then by the one before
    /// it, ..., equal rows keeping their order. For 1-d keys of one length.
    ///
    /// Memory, as NumPy's `PyArray_LexSort`: the result; a key that is not contiguous is
    /// copied first (NumPy's per-key buffers). Its merge sort's work buffers are `malloc`ed,
    /// not array data, and are not in the ledger.
    public static func lexsort(_ keys: [NDArray]) throws(EngineError) -> NDArray {
        guard let first = keys.first else { throw .invalidArgument("need sequence of keys with len > 0 in lexsort") }
        guard keys.allSatisfy({ $0.ndim == 1 }) else {
            throw .unsupportedOperation("np.lexsort of keys that are not 1-d is not supported yet")
        }
        guard keys.allSatisfy({ $0.shape == first.shape }) else { throw .invalidArgument("all keys need to be the same shape") }
        let count = first.size
        let result = try NDArray(empty: [count], dtype: .int64)
        let contiguous = try keys.map { (key) throws(EngineError) in key.isCContiguous ? key : try key.copy(order: .c) }
        // Comparators from the least to the most significant key; each a stable sort pass.
        let indices = result.baseAddress.assumingMemoryBound(to: Int64.self)
        for i in 0..<count { indices[i] = Int64(i) }
        for key in contiguous {
            try key.dtype.dispatch(StableIndexSort(key: key, indices: indices, count: count))
        }
        withExtendedLifetime(contiguous) {}
        return result
    }
}

/// Binary searches of every needle among the (possibly `sorter`-permuted) keys.
private struct SearchExecution: DTypeVisitor {
    let keys: NDArray
    let needles: NDArray
    let sorter: NDArray?
    let right: Bool
    let result: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let values = keys.baseAddress.assumingMemoryBound(to: T.self)
        let order = sorter.map { $0.baseAddress.assumingMemoryBound(to: Int64.self) }
        let n = keys.size
        let needleValues = needles.baseAddress.assumingMemoryBound(to: T.self)
        let output = result.baseAddress.assumingMemoryBound(to: Int64.self)
        func key(_ i: Int) -> T { order.map { values[Int($0[i])] } ?? values[i] }
        for j in 0..<needles.size {
            let needle = needleValues[j]
            var low = 0, high = n
            while low < high {
                let middle = (low + high) / 2
                let goesRight = right ? !sortsBefore(needle, key(middle)) : sortsBefore(key(middle), needle)
                if goesRight { low = middle + 1 } else { high = middle }
            }
            output[j] = Int64(low)
        }
    }
}

/// One stable pass of `lexsort`: reorders `indices` by `key`, keeping the order of ties.
private struct StableIndexSort: DTypeVisitor {
    let key: NDArray
    let indices: UnsafeMutablePointer<Int64>
    let count: Int

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let values = key.baseAddress.assumingMemoryBound(to: T.self)
        var position = [Int](repeating: 0, count: count)
        for i in 0..<count { position[Int(indices[i])] = i }
        var order = UnsafeMutableBufferPointer(start: indices, count: count)
        order.sort { i, j in
            let a = values[Int(i)], b = values[Int(j)]
            if sortsBefore(a, b) { return true }
            if sortsBefore(b, a) { return false }
            return position[Int(i)] < position[Int(j)]
        }
    }
}
