extension NDArray {
    /// What `np.unique` returns besides the unique values.
    public struct UniqueOptions: Sendable, Equatable {
        public var index = false
        public var inverse = false
        public var counts = false
        public init(index: Bool = false, inverse: Bool = false, counts: Bool = false) {
            self.index = index
            self.inverse = inverse
            self.counts = counts
        }
    }

    /// `np.unique(a, return_index=, return_inverse=, return_counts=)` of the flattened array,
    /// NumPy 2.4.6's `_unique1d` (NaNs count as one value, `equal_nan=True`): the sorted unique
    /// values, then, as asked, the index of each one's first occurrence, the index into the
    /// unique values of every element (in `a`'s shape), and each one's count.
    ///
    /// Memory, in NumPy's order (docs/research/numpy-sorting.md):
    /// - integer input with no option: `a.flatten()`, NumPy's hash set's result (the unique
    ///   values), sorted in place; the copy freed.
    /// - otherwise: `a.flatten()`; with `index` or `inverse` the int64 `perm = argsort` and
    ///   `aux = ar[perm]`, else the copy sorted in place; the bool `mask`, filled through the
    ///   `aux[1:] != aux[:-1]` temporary (n - 1 bytes, freed); `aux[mask]`; `perm[mask]`
    ///   (index); `cumsum(mask)` (int64) and its bool→int64 cast buffer (both n, the buffer
    ///   freed) and the int64 inverse (inverse); `nonzero(mask)`, its concatenation with n
    ///   (nonzero freed) and the `diff` counts (counts); the work arrays freed at the end.
    ///
    /// The values are returned in the order NumPy returns them.
    public static func unique(_ a: NDArray, options: UniqueOptions = UniqueOptions()) throws(EngineError) -> [NDArray] {
        let flat = try a.flatten()
        let n = flat.size
        if options == UniqueOptions(), a.dtype.isInteger {
            return [try a.dtype.dispatch(HashUnique(flat: flat))]
        }
        var perm: NDArray?
        let aux: NDArray
        if options.index || options.inverse {
            perm = try argsort(flat, axis: 0, kind: options.index ? .stable : .quicksort)
            aux = try take(flat, perm!, axis: 0)
        } else {
            try flat.sortInPlace(axis: 0)
            aux = flat
        }
        let mask = try NDArray(empty: [n], dtype: .bool)
        do {
            let differences = try NDArray(empty: [Swift.max(n - 1, 0)], dtype: .bool)   // aux[1:] != aux[:-1]
            try a.dtype.dispatch(UniqueMask(sorted: aux, mask: mask))
            withExtendedLifetime(differences) {}
        }
        var results = [try aux.booleanSubscript(mask)]
        if options.index, let perm {
            results.append(try perm.booleanSubscript(mask))
        }
        if options.inverse, let perm {
            let running = try NDArray(empty: [n], dtype: .int64)                      // np.cumsum(mask) - 1
            _ = try NDArray(empty: [n], dtype: .int64)                                 // the bool -> int64 cast buffer
            let inverse = try NDArray(empty: [n], dtype: .int64)
            let flags = mask.baseAddress.assumingMemoryBound(to: Bool.self)
            let cumulative = running.baseAddress.assumingMemoryBound(to: Int64.self)
            var total: Int64 = 0
            for i in 0..<n {
                if flags[i] { total += 1 }
                cumulative[i] = total - 1
            }
            let order = perm.baseAddress.assumingMemoryBound(to: Int64.self)
            let target = inverse.baseAddress.assumingMemoryBound(to: Int64.self)
            for i in 0..<n { target[Int(order[i])] = cumulative[i] }
            results.append(try inverse.reshape(a.shape))
        }
        if options.counts {
            let positions = try mask.nonzero()[0]
            let bounds = try NDArray(empty: [positions.size + 1], dtype: .int64)
            let starts = bounds.baseAddress.assumingMemoryBound(to: Int64.self)
            for (i, p) in positions.elements(as: Int64.self).enumerated() { starts[i] = p }
            starts[positions.size] = Int64(n)
            _ = consume positions
            let counts = try NDArray(empty: [Swift.max(bounds.size - 1, 0)], dtype: .int64)
            let output = counts.baseAddress.assumingMemoryBound(to: Int64.self)
            for i in 0..<counts.size { output[i] = starts[i + 1] - starts[i] }
            results.append(counts)
        }
        return results
    }

    /// `np.bincount(x, weights=, minlength=)`: how many times each value 0, 1, ..., max(x)
    /// occurs in the non-negative 1-d integer array `x` (int64), or the sum of the `weights`
    /// of its occurrences (float64); at least `minlength` bins.
    ///
    /// Memory, as NumPy's `arr_bincount`: `x` converted to a contiguous int64 array (a copy
    /// unless it is one), `weights` to a contiguous float64 one (likewise), then the zeroed
    /// result; the copies freed at the end.
    public static func bincount(_ x: NDArray, weights: NDArray?, minlength: Int) throws(EngineError) -> NDArray {
        guard minlength >= 0 else { throw .invalidArgument("'minlength' must not be negative") }
        guard x.dtype.isInteger || x.dtype == .bool else {
            throw .castingRefused("Cannot cast array data from dtype('\(x.dtype)') to dtype('int64') according to the rule 'safe'")
        }
        guard x.ndim == 1 else { throw .invalidArgument(x.ndim == 0 ? "object of too small depth for desired array" : "object too deep for desired array") }
        let values = x.dtype == .int64 && x.isCContiguous ? x : try x.astype(.int64, order: .c)
        let v = values.baseAddress.assumingMemoryBound(to: Int64.self)
        var largest: Int64 = -1
        for i in 0..<values.size {
            guard v[i] >= 0 else { throw .invalidArgument("'list' argument must have no negative elements") }
            largest = Swift.max(largest, v[i])
        }
        let length = Swift.max(Int(largest) + 1, minlength)
        if let weights {
            guard weights.shape == x.shape else { throw .invalidArgument("The weights and list don't have the same length.") }
            let w = weights.dtype == .float64 && weights.isCContiguous ? weights : try weights.astype(.float64, order: .c)
            let result = try NDArray(empty: [length], dtype: .float64, zeroed: true)
            let sums = result.baseAddress.assumingMemoryBound(to: Double.self), wv = w.baseAddress.assumingMemoryBound(to: Double.self)
            for i in 0..<values.size { sums[Int(v[i])] += wv[i] }
            withExtendedLifetime((values, w)) {}
            return result
        }
        let result = try NDArray(empty: [length], dtype: .int64, zeroed: true)
        let counts = result.baseAddress.assumingMemoryBound(to: Int64.self)
        for i in 0..<values.size { counts[Int(v[i])] += 1 }
        withExtendedLifetime(values) {}
        return result
    }
}

/// NumPy's `_unique_hash` for integers: the distinct values (an array of their count), which
/// `np.unique` then sorts in place.
private struct HashUnique: DTypeVisitor {
    let flat: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) -> NDArray {
        let values = flat.baseAddress.assumingMemoryBound(to: T.self)
        var seen = Set<Int64>()
        var distinct: [T] = []
        for i in 0..<flat.size where seen.insert(values[i].int64Value).inserted { distinct.append(values[i]) }
        let result = try NDArray(empty: [distinct.count], dtype: flat.dtype)
        let output = result.baseAddress.assumingMemoryBound(to: T.self)
        for (i, value) in distinct.enumerated() { output[i] = value }
        try result.sortInPlace(axis: 0)
        return result
    }
}

/// `_unique1d`'s mask of the sorted array: true at the first of each run of equal values,
/// all NaNs (sorted last) one run.
private struct UniqueMask: DTypeVisitor {
    let sorted: NDArray
    let mask: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let n = sorted.size
        guard n > 0 else { return }
        let values = sorted.baseAddress.assumingMemoryBound(to: T.self)
        let flags = mask.baseAddress.assumingMemoryBound(to: Bool.self)
        flags[0] = true
        for i in 1..<n {
            let previous = values[i - 1], current = values[i]
            let bothNaN = previous != previous && current != current
            flags[i] = !bothNaN && current != previous
        }
    }
}
