import PeakmemEngine

extension FunctionRegistry {
    /// Masks and selections: `np.where` (three-argument selection, or the one-argument
    /// `nonzero`), `np.nonzero` and `ndarray.nonzero`, `np.count_nonzero`. Boolean-mask
    /// subscripts and assignments (`a[a > 0]`, `a[mask] = 0`, `a[idx] = x`) are the
    /// interpreter's (``Value/item(at:)``, ``Value/setItem(_:to:)``).
    func registerNumpyMasks() {
        register("numpy.where", [.positional("condition"), .optionalPositional("x"), .optionalPositional("y")],
                 summary: "x where condition is true, else y (broadcast, promoted dtype); nonzero(condition) alone") { a, _ throws(RuntimeError) in
            switch (a.isNone("x"), a.isNone("y")) {
            case (true, true):
                return try Masks.nonzero(try a.array("condition"))
            case (false, false):
                let condition = try ArrayOperations.operand(a["condition"], op: "where", other: nil, isLeft: true)
                let x = try ArrayOperations.operand(a["x"], op: "where", other: nil, isLeft: true)
                let y = try ArrayOperations.operand(a["y"], op: "where", other: nil, isLeft: true)
                return .array(try engine { try NDArray.where(condition, x, y) })
            default:
                throw .valueError("either both or neither of x and y should be given")
            }
        }
        registerFunctionAndMethod("nonzero", [], summary: "the indices of the nonzero elements, one int64 array per dimension (a tuple)") { _, input throws(RuntimeError) in
            try Masks.nonzero(input)
        }
        register("numpy.count_nonzero", [.required("a"), .optional("axis"), .keyword("keepdims", .bool(false))],
                 summary: "the number of nonzero elements (along axis: an int64 array)") { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            let keepdims = try a.bool("keepdims")
            guard !a.isNone("axis") || keepdims else {
                return .arrayScalar(ArrayScalar(.int(Int64(array.countNonzero())), dtype: .int64))
            }
            // NumPy's Python path: `a.astype(bool, copy=False).sum(axis, dtype=intp, keepdims)`.
            let axes = try Reductions.axes(a["axis"], function: a.function)
            let result = try engine { () throws(EngineError) -> NDArray in
                let flags = try array.astype(.bool, copy: false)
                return try NDArray.reduce(.add, flags, axes: axes, dtype: .int64, keepdims: keepdims)
            }
            return try ArrayOperations.unwrap(result)
        }
    }
}

/// The shared bodies of the mask functions.
enum Masks {
    /// `np.nonzero(array)`: a tuple of strided int64 views of one `(count, ndim)` block.
    static func nonzero(_ array: NDArray) throws(RuntimeError) -> Value {
        .tuple(try engine { try array.nonzero() }.map(Value.array))
    }
}
