import PeakmemEngine

extension FunctionRegistry {
    /// `np.searchsorted`, `np.digitize`, `np.lexsort`, `np.argwhere`, `np.flatnonzero`,
    /// `np.unique`, `np.bincount` and `ndarray.searchsorted`, with NumPy 2.4.6's buffers (see
    /// ``PeakmemEngine/NDArray/searchsorted(_:_:right:sorter:)``,
    /// ``PeakmemEngine/NDArray/unique(_:options:)``, ``PeakmemEngine/NDArray/bincount(_:weights:minlength:)``
    /// and docs/research/numpy-sorting.md).
    func registerNumpySearching() {
        let searchTail: [ParameterSpec] = [.optional("side", .string("left")), .optional("sorter")]
        register("numpy.searchsorted", [.required("a"), .required("v")] + searchTail,
                 summary: "the indices where the elements of v would be inserted into the sorted 1-d a (side 'left' or 'right')") { a, _ throws(RuntimeError) in
            try Searching.searchsorted(a, keys: a.array("a"))
        }
        register("ndarray.searchsorted", [.required("v")] + searchTail,
                 summary: "the indices where the elements of v would be inserted into this sorted 1-d array") { a, _ throws(RuntimeError) in
            try Searching.searchsorted(a, keys: a.receiverArray())
        }
        register("numpy.digitize", [.required("x"), .required("bins"), .optional("right", .bool(false))],
                 summary: "the index of the bin of each element of x (bins monotonic: searchsorted, reversed for decreasing bins)") { a, _ throws(RuntimeError) in
            try Searching.digitize(a)
        }
        register("numpy.lexsort", [.required("keys"), .optional("axis", .int(-1))],
                 summary: "the indices that sort by the last key, then the one before, ... (stable)") { a, _ throws(RuntimeError) in
            let keys: [NDArray]
            switch a["keys"] {
            case .tuple(let items): keys = try items.map { (item) throws(RuntimeError) in try item.asArray(for: "lexsort() keys") }
            case .list(let storage): keys = try storage.elements.map { (item) throws(RuntimeError) in try item.asArray(for: "lexsort() keys") }
            default:
                let stacked = try a.array("keys")
                keys = try (0..<(stacked.shape.first ?? 0)).map { (i) throws(RuntimeError) in
                    try engine { try stacked.view(at: [.integer(i)]) }
                }
            }
            let axis = try a.int("axis")
            guard axis == -1 || (axis == 0 && keys.allSatisfy({ $0.ndim == 1 })) else {
                throw .unsupported("np.lexsort(axis=...) other than the last axis of 1-d keys is not supported yet")
            }
            return .array(try engine { try NDArray.lexsort(keys) })
        }
        register("numpy.argwhere", [.required("a")],
                 summary: "the (count, ndim) int64 indices of the nonzero elements: np.transpose(np.nonzero(a))") { a, _ throws(RuntimeError) in
            let input = try a.array("a")
            guard input.ndim > 0 else { throw .unsupported("np.argwhere of a 0-d array is not supported yet") }
            return .array(try engine {
                let stacked = try NDArray.stack(try input.nonzero(), axis: 0)
                return try stacked.transpose()
            })
        }
        register("numpy.flatnonzero", [.required("a")],
                 summary: "the int64 indices of the nonzero elements of the flattened array: np.nonzero(np.ravel(a))[0]") { a, _ throws(RuntimeError) in
            let input = try a.array("a")
            return .array(try engine { try input.ravel().nonzero()[0] })
        }
        register("numpy.unique", [.required("ar"), .optional("return_index", .bool(false)), .optional("return_inverse", .bool(false)),
                                  .optional("return_counts", .bool(false)), .optional("axis"), .keyword("equal_nan", .bool(true)),
                                  .keyword("sorted", .bool(true))],
                 summary: "the sorted unique elements (and first indices, inverse, counts) of the flattened array") { a, _ throws(RuntimeError) in
            try Searching.unique(a)
        }
        register("numpy.bincount", [.positional("x"), .optional("weights"), .optional("minlength", .int(0))],
                 summary: "the number of occurrences (or summed weights) of each value 0..max(x) of a non-negative int array") { a, _ throws(RuntimeError) in
            let x = try a.array("x"), weights = try a.optionalArray("weights"), minlength = try a.int("minlength")
            return .array(try engine { try NDArray.bincount(x, weights: weights, minlength: minlength) })
        }
    }
}

/// The argument handling of ``FunctionRegistry/registerNumpySearching()``.
enum Searching {
    /// `side=`: `'left'` or `'right'` (NumPy accepts any prefix-free spelling from `l`/`r`).
    static func right(_ a: Arguments) throws(RuntimeError) -> Bool {
        let side = try a.string("side")
        switch side.lowercased().first {
        case "l": return false
        case "r": return true
        default: throw .valueError("side must be 'left' or 'right' (got '\(side)')")
        }
    }

    /// `np.searchsorted(a, v, ...)` / `a.searchsorted(v, ...)`; a scalar `v` gives an int64 scalar.
    static func searchsorted(_ a: Arguments, keys: NDArray) throws(RuntimeError) -> Value {
        let right = try right(a), needles = try a.array("v"), sorter = try a.optionalArray("sorter")
        return try ArrayOperations.unwrap(try engine { try NDArray.searchsorted(keys, needles, right: right, sorter: sorter) })
    }

    /// `np.digitize(x, bins, right=False)`, NumPy's Python body: `np.searchsorted(bins, x,
    /// side='left' if right else 'right')` for increasing bins,
    /// `len(bins) - np.searchsorted(bins[::-1], x, side)` for decreasing ones (the reversed
    /// bins are copied by searchsorted, and the subtraction makes a second result).
    static func digitize(_ a: Arguments) throws(RuntimeError) -> Value {
        let x = try a.array("x"), bins = try a.array("bins"), right = try a.bool("right")
        guard bins.ndim == 1 else { throw .valueError("object too deep for desired array") }
        let values = bins.elements(as: Double.self)
        let increasing = zip(values, values.dropFirst()).allSatisfy { !($1 < $0) }
        let decreasing = zip(values, values.dropFirst()).allSatisfy { !($1 > $0) }
        guard increasing || decreasing else { throw .valueError("bins must be monotonically increasing or decreasing") }
        if increasing {
            return try ArrayOperations.unwrap(try engine { try NDArray.searchsorted(bins, x, right: !right) })
        }
        return try ArrayOperations.unwrap(try engine {
            let reversed = try bins.view(at: [.slice(start: nil, stop: nil, step: -1)])
            let positions = try NDArray.searchsorted(reversed, x, right: !right)
            return try NDArray.apply(.subtract, .scalar(.int(Int64(bins.size))), .array(positions))
        })
    }

    /// `np.unique(ar, return_index=, return_inverse=, return_counts=)` of the flattened array.
    static func unique(_ a: Arguments) throws(RuntimeError) -> Value {
        guard a.isNone("axis") else { throw .unsupported("np.unique(axis=...) is not supported yet: it flattens the array (axis=None)") }
        guard try a.bool("equal_nan") else { throw .unsupported("np.unique(equal_nan=False) is not supported yet") }
        guard try a.bool("sorted") else { throw .unsupported("np.unique(sorted=False) is not supported yet") }
        let options = NDArray.UniqueOptions(index: try a.bool("return_index"), inverse: try a.bool("return_inverse"),
                                            counts: try a.bool("return_counts"))
        let input = try a.array("ar")
        let results = try engine { try NDArray.unique(input, options: options) }
        return results.count == 1 ? .array(results[0]) : .tuple(results.map { .array($0) })
    }
}
