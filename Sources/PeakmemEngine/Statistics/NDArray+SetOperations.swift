#if canImport(Glibc)
import Glibc
#endif

extension NDArray {
    /// `np.isin(element, test_elements, invert=)`: whether each element of `a` is among those of
    /// `b` (a boolean array of `a`'s shape), NumPy 2.4.6's `_isin` for the two methods the
    /// engine has:
    /// - integers (or booleans) whose range `max(b) - min(b)` is at most `6 · (a.size + b.size)`
    ///   (the `table` method): the zeroed (or, inverted, one-filled) result; a helper table of
    ///   `range + 1` booleans, filled through the int64 temporary `b - min(b)` (freed);
    ///   `basic_mask = (a <= max) & (a >= min)` (two `a`-sized boolean arrays, the second freed
    ///   once the `&` is done in the first); `a[basic_mask]` and the int64 `in_range - min`
    ///   (both the count of in-range elements, 8 bytes each), the gathered booleans (one byte
    ///   each, freed once assigned); then everything but the result freed.
    /// - a short `b` (`len(b) < 10 · len(a)^0.145`): the zeroed (one-filled) result, and per
    ///   element `v` of `b` the temporary `a == v` (`a != v`), or-ed (and-ed) in, freed.
    ///
    /// - otherwise NumPy sorts both together: (unless `assumeUnique`) `unique(a,
    ///   return_inverse=True)` and `unique(b)`; their concatenation `ar`, its stable argsort
    ///   `order`, `sar = ar[order]`, the neighbour comparison `sar[1:] == sar[:-1]` (`!=`), the
    ///   flags (that comparison concatenated with one more), `ret = np.empty(ar.size, bool)`
    ///   filled as `ret[order] = flag`; the result is `ret[:len(a)]` (a view), or `ret[rev_idx]`.
    public static func isin(_ a: NDArray, _ b: NDArray, invert: Bool = false, assumeUnique: Bool = false) throws(EngineError) -> NDArray {
        let element = try a.ravel(), test = try b.ravel()
        let integers = [element, test].allSatisfy { $0.dtype.isInteger || $0.dtype == .bool }
        if integers, test.size > 0 {
            let values = test.elements(as: Int64.self)
            let low = values.min()!, high = values.max()!
            let (range, overflow) = high.subtractingReportingOverflow(low)
            if !overflow, range <= 6 * Int64(element.size + test.size) {
                return try tableIsin(element, values, low: low, high: high, invert: invert).reshape(a.shape)
            }
        }
        guard Double(test.size) < 10 * pow(Double(element.size), 0.145) else {
            return try sortingIsin(element, test, invert: invert, assumeUnique: assumeUnique).reshape(a.shape)
        }
        let result = try NDArray(empty: element.shape, dtype: .bool, zeroed: !invert)
        if invert { try result.fill(.bool(true)) }
        for i in 0..<test.size {
            let value = try test.view(at: [.integer(i)])
            let match = try apply(invert ? .notEqual : .equal, .array(element), .array(value))
            _ = try apply(invert ? .logicalAnd : .logicalOr, .array(result), .array(match), out: result)
        }
        return try result.reshape(a.shape)
    }

    /// The sorting method of ``isin(_:_:invert:assumeUnique:)``.
    private static func sortingIsin(_ element: NDArray, _ test: NDArray, invert: Bool, assumeUnique: Bool) throws(EngineError) -> NDArray {
        var first = element, second = test, inverse: NDArray?
        if !assumeUnique {
            let parts = try unique(element, options: UniqueOptions(inverse: true))
            first = parts[0]; inverse = parts[1]
            second = try unique(test)[0]
        }
        let ret: NDArray
        do {
            let joined = try concatenate([first, second], axis: 0)
            let order = try argsort(joined, axis: 0, kind: .stable)
            let sorted = try take(joined, order, axis: 0)
            let comparison = try apply(invert ? .notEqual : .equal,
                                       .array(try sorted.view(at: [.slice(start: 1, stop: nil, step: nil)])),
                                       .array(try sorted.view(at: [.slice(start: nil, stop: -1, step: nil)])))
            let last = try NDArray(empty: [1], dtype: .bool)
            try last.fill(.bool(invert))
            let flag = try concatenate([comparison, last], axis: 0)
            ret = try NDArray(empty: [joined.size], dtype: .bool)
            let positions = order.baseAddress.assumingMemoryBound(to: Int64.self)
            let flags = flag.baseAddress.assumingMemoryBound(to: Bool.self)
            let output = ret.baseAddress.assumingMemoryBound(to: Bool.self)
            for i in 0..<joined.size { output[Int(positions[i])] = flags[i] }
        }
        if let inverse { return try take(ret, inverse.reshape([-1]), axis: 0) }
        return try ret.view(at: [.slice(start: 0, stop: first.size, step: nil)])
    }

    /// The `table` method of ``isin(_:_:invert:assumeUnique:)``.
    private static func tableIsin(_ element: NDArray, _ test: [Int64], low: Int64, high: Int64, invert: Bool) throws(EngineError) -> NDArray {
        let n = element.size
        let result = try NDArray(empty: [n], dtype: .bool, zeroed: true)
        let outgoing = result.baseAddress.assumingMemoryBound(to: Bool.self)
        if invert { for i in 0..<n { outgoing[i] = true } }
        let helper = try NDArray(empty: [Int(high - low) + 1], dtype: .bool, zeroed: true)
        let table = helper.baseAddress.assumingMemoryBound(to: Bool.self)
        if invert { for i in 0..<helper.size { table[i] = true } }
        do {
            _ = try NDArray(empty: [test.count], dtype: .int64)                    // b - min(b)
            for v in test { table[Int(v - low)] = !invert }
        }
        let values = element.elements(as: Int64.self)
        let basicMask = try NDArray(empty: [n], dtype: .bool)                      // (a <= max) & (a >= min)
        do { _ = try NDArray(empty: [n], dtype: .bool) }                          // a >= min, freed after the &
        let inRange = values.indices.filter { values[$0] >= low && values[$0] <= high }
        let inRangeValues = try NDArray(empty: [inRange.count], dtype: element.dtype)   // a[basic_mask]
        let offsets = try NDArray(empty: [inRange.count], dtype: .int64)                 // in_range - min
        do { _ = try NDArray(empty: [inRange.count], dtype: .bool) }                     // helper[offsets], assigned
        for i in inRange { outgoing[i] = table[Int(values[i] - low)] }
        withExtendedLifetime((basicMask, inRangeValues, offsets, helper)) {}
        return result
    }

    /// `np.intersect1d(a, b)`: the sorted values in both. NumPy's body: `unique(a)`,
    /// `unique(b)` (see ``unique(_:options:)``), their concatenation sorted in place, the mask
    /// `aux[1:] == aux[:-1]` and `aux[:-1][mask]`. With `assumeUnique` the raveled inputs are
    /// concatenated directly.
    public static func intersect1d(_ a: NDArray, _ b: NDArray, assumeUnique: Bool = false) throws(EngineError) -> NDArray {
        let first = assumeUnique ? try a.ravel() : try unique(a)[0]
        let second = assumeUnique ? try b.ravel() : try unique(b)[0]
        let aux = try concatenate([first, second], axis: 0)
        try aux.sortInPlace(axis: 0)
        guard aux.size > 1 else { return try NDArray(empty: [0], dtype: aux.dtype) }
        let head = try aux.view(at: [.slice(start: nil, stop: -1, step: nil)])
        let mask = try apply(.equal, .array(try aux.view(at: [.slice(start: 1, stop: nil, step: nil)])), .array(head))
        return try head.booleanSubscript(mask)
    }

    /// `np.union1d(a, b)`: `unique(np.concatenate((a, b), axis=None))` — the concatenation,
    /// then the unique values (whose `flatten` copies it once more).
    public static func union1d(_ a: NDArray, _ b: NDArray) throws(EngineError) -> NDArray {
        try unique(try concatenate([a, b], axis: nil))[0]
    }

    /// `np.setdiff1d(a, b)`: the sorted unique values of `a` not in `b`: `unique(a)`,
    /// `unique(b)` (with `assumeUnique`: `a` raveled), `a[isin(a, b, invert=True)]`.
    public static func setdiff1d(_ a: NDArray, _ b: NDArray, assumeUnique: Bool = false) throws(EngineError) -> NDArray {
        let first = assumeUnique ? try a.ravel() : try unique(a)[0]
        let second = assumeUnique ? b : try unique(b)[0]
        let keep = try isin(first, second, invert: true, assumeUnique: true)
        return try first.booleanSubscript(keep)
    }

    /// `np.setxor1d(a, b)`: the sorted values in exactly one of them: `unique` of each (unless
    /// `assumeUnique`), concatenated and sorted in place, `flag = concatenate(([True],
    /// aux[1:] != aux[:-1], [True]))`, `aux[flag[1:] & flag[:-1]]`.
    public static func setxor1d(_ a: NDArray, _ b: NDArray, assumeUnique: Bool = false) throws(EngineError) -> NDArray {
        let first = assumeUnique ? a : try unique(a)[0]
        let second = assumeUnique ? b : try unique(b)[0]
        let aux = try concatenate([first, second], axis: nil)
        guard aux.size > 0 else { return aux }
        try aux.sortInPlace(axis: 0)
        let edge = try NDArray(empty: [1], dtype: .bool)
        try edge.fill(.bool(true))
        let flag: NDArray
        do {
            let differs = try apply(.notEqual, .array(try aux.view(at: [.slice(start: 1, stop: nil, step: nil)])),
                                    .array(try aux.view(at: [.slice(start: nil, stop: -1, step: nil)])))
            flag = try concatenate([edge, differs, edge], axis: 0)
        }
        let keep = try apply(.logicalAnd, .array(try flag.view(at: [.slice(start: 1, stop: nil, step: nil)])),
                             .array(try flag.view(at: [.slice(start: nil, stop: -1, step: nil)])))
        return try aux.booleanSubscript(keep)
    }
}
