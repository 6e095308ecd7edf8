import PeakmemEngine

extension FunctionRegistry {
    /// `np.std`, `np.var`, `np.all`, `np.any`, `np.argmax`, `np.argmin` and the matching
    /// `ndarray` methods, with NumPy 2.4.6's buffers: std/var make one full-size temporary
    /// (`a - mean`, see ``PeakmemEngine/NDArray/variance(_:axes:dtype:out:ddof:keepdims:)``);
    /// all/any allocate their boolean result only; argmax/argmin copy the array when the
    /// reduced axis is not its contiguous last one (see
    /// ``PeakmemEngine/NDArray/argExtremum(largest:_:axis:out:keepdims:)``).
    func registerNumpyStatistics() {
        let spread: [(String, Bool, String)] = [
            ("std", true, "the standard deviation along axis: sqrt(sum((a - mean)**2) / (n - ddof)), with a full-size temporary as in NumPy"),
            ("var", false, "the variance along axis: sum((a - mean)**2) / (n - ddof), with a full-size temporary as in NumPy"),
        ]
        for (name, root, summary) in spread {
            let parameters: [ParameterSpec] = [.optional("axis"), .optional("dtype"), .optional("out"), .optional("ddof", .int(0)),
                                               .optional("keepdims", .bool(false))]
            register("numpy.\(name)", [.required("a")] + parameters + [.keyword("correction")], summary: summary) { a, _ throws(RuntimeError) in
                var ddof = try a.double("ddof")
                if !a.isNone("correction") {
                    guard ddof == 0 else { throw .valueError("ddof and correction can't be provided simultaneously.") }
                    ddof = try a.double("correction")
                }
                return try Statistics.spread(root: root, a, input: a.array("a"), ddof: ddof)
            }
            register("ndarray.\(name)", parameters, summary: summary) { a, _ throws(RuntimeError) in
                try Statistics.spread(root: root, a, input: a.receiverArray(), ddof: try a.double("ddof"))
            }
        }
        let truth: [(TruthReduction, String)] = [
            (.all, "whether every element along axis is true (nonzero): logical_and.reduce"),
            (.any, "whether any element along axis is true (nonzero): logical_or.reduce"),
        ]
        for (kind, summary) in truth {
            registerFunctionAndMethod(kind.rawValue, [.optional("axis"), .optional("out"), .optional("keepdims", .bool(false))],
                                      summary: summary) { a, input throws(RuntimeError) in
                try Statistics.truth(kind, a, input: input)
            }
        }
        let extremes: [(String, Bool, String)] = [
            ("argmax", true, "the index of the first largest element along axis (None: of the flattened array; NaN counts as largest)"),
            ("argmin", false, "the index of the first smallest element along axis (None: of the flattened array; NaN counts as smallest)"),
        ]
        for (name, largest, summary) in extremes {
            registerFunctionAndMethod(name, [.optional("axis"), .optional("out"), .keyword("keepdims", .bool(false))],
                                      summary: summary) { a, input throws(RuntimeError) in
                try Statistics.extremum(largest: largest, a, input: input)
            }
        }
    }
}

/// The argument handling of the functions of ``FunctionRegistry/registerNumpyStatistics()``.
enum Statistics {
    /// `np.std` / `np.var` and their methods.
    static func spread(root: Bool, _ a: Arguments, input: NDArray, ddof: Double) throws(RuntimeError) -> Value {
        let axes = try Reductions.axes(a["axis"], function: a.function)
        let dtype = try a.dtype("dtype"), out = try a.output(), keepdims = try a.bool("keepdims")
        let result = try engine { () throws(EngineError) in
            root ? try NDArray.standardDeviation(input, axes: axes, dtype: dtype, out: out, ddof: ddof, keepdims: keepdims)
                 : try NDArray.variance(input, axes: axes, dtype: dtype, out: out, ddof: ddof, keepdims: keepdims)
        }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `np.all` / `np.any` and their methods.
    static func truth(_ kind: TruthReduction, _ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let axes = try Reductions.axes(a["axis"], function: a.function)
        let out = try a.output(), keepdims = try a.bool("keepdims")
        let result = try engine { try NDArray.truthReduce(kind, input, axes: axes, out: out, keepdims: keepdims) }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `np.argmax` / `np.argmin` and their methods.
    static func extremum(largest: Bool, _ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let axis = try a.optionalInt("axis"), out = try a.output(), keepdims = try a.bool("keepdims")
        let result = try engine { try NDArray.argExtremum(largest: largest, input, axis: axis, out: out, keepdims: keepdims) }
        return try ArrayOperations.unwrap(result, out: out)
    }
}
