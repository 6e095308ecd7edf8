import PeakmemEngine

extension FunctionRegistry {
    /// Reductions and accumulations: the ufunc methods `np.add.reduce`, `np.add.accumulate`
    /// (and of `subtract`, `multiply`, `maximum`, `minimum`), `np.sum`, `np.prod`, `np.mean`,
    /// `np.max`/`np.amax`, `np.min`/`np.amin`, `np.cumsum`, `np.cumprod` and the matching
    /// `ndarray` methods. Each allocates its result only (a reduction to a scalar: one element,
    /// freed when the NumPy scalar is made), nothing with `out=`, which it returns.
    func registerNumpyReductions() {
        for op in PeakmemEngine.BinaryOperator.reducible {
            let name = op.rawValue
            register("numpy.\(name).reduce", [.required("array"), .optional("axis", .int(0)), .optional("dtype"), .optional("out"),
                                               .optional("keepdims", .bool(false))],
                     summary: "\(name) applied along axis (None: every axis), to one element per remaining position") { a, _ throws(RuntimeError) in
                try Reductions.reduce(op, a, input: a.array("array"))
            }
            register("numpy.\(name).accumulate", [.required("array"), .optional("axis", .int(0)), .optional("dtype"), .optional("out")],
                     summary: "the running \(name) along axis (a result of the input's shape)") { a, _ throws(RuntimeError) in
                try Reductions.accumulate(op, a, input: a.array("array"))
            }
        }
        let reductions: [(String, PeakmemEngine.BinaryOperator, String)] = [
            ("sum", .add, "the sum along axis (None: of every element)"),
            ("prod", .multiply, "the product along axis (None: of every element)"),
            ("max", .maximum, "the largest element along axis (NaN propagates)"),
            ("amax", .maximum, "the largest element along axis (NaN propagates)"),
            ("min", .minimum, "the smallest element along axis (NaN propagates)"),
            ("amin", .minimum, "the smallest element along axis (NaN propagates)"),
        ]
        for (name, op, summary) in reductions {
            let typed = op == .add || op == .multiply
            let tail: [ParameterSpec] = typed
                ? [.optional("axis"), .optional("dtype"), .optional("out"), .optional("keepdims", .bool(false))]
                : [.optional("axis"), .optional("out"), .optional("keepdims", .bool(false))]
            guard !name.hasPrefix("a") else {
                register("numpy.\(name)", [.required("a")] + tail, summary: summary) { a, _ throws(RuntimeError) in
                    try Reductions.reduce(op, a, input: a.array("a"))
                }
                continue
            }
            registerFunctionAndMethod(name, tail, summary: summary) { a, input throws(RuntimeError) in
                try Reductions.reduce(op, a, input: input)
            }
        }
        registerFunctionAndMethod("mean", [.optional("axis"), .optional("dtype"), .optional("out"), .optional("keepdims", .bool(false))],
                                  summary: "the arithmetic mean along axis (in float64 for integer input)") { a, input throws(RuntimeError) in
            try Reductions.mean(a, input: input)
        }
        let cumulative: [(String, PeakmemEngine.BinaryOperator, String)] = [
            ("cumsum", .add, "the running sum along axis (None: of the flattened array)"),
            ("cumprod", .multiply, "the running product along axis (None: of the flattened array)"),
        ]
        for (name, op, summary) in cumulative {
            registerFunctionAndMethod(name, [.optional("axis"), .optional("dtype"), .optional("out")], summary: summary) { a, input throws(RuntimeError) in
                try Reductions.cumulative(op, a, input: input)
            }
        }
    }
}

/// The argument handling shared by the reduction functions.
enum Reductions {
    /// `op.reduce` / `np.sum` & co: arguments `axis`, `dtype` (when the function has it),
    /// `out`, `keepdims`.
    static func reduce(_ op: PeakmemEngine.BinaryOperator, _ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let axes = try self.axes(a["axis"], function: a.function)
        let dtype = try a.dtype("dtype"), out = try a.output(), keepdims = try a.bool("keepdims")
        let result = try engine { try NDArray.reduce(op, input, axes: axes, dtype: dtype, out: out, keepdims: keepdims) }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `np.mean` / `a.mean`.
    static func mean(_ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let axes = try self.axes(a["axis"], function: a.function)
        let dtype = try a.dtype("dtype"), out = try a.output(), keepdims = try a.bool("keepdims")
        let result = try engine { try NDArray.mean(input, axes: axes, dtype: dtype, out: out, keepdims: keepdims) }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `op.accumulate(array, axis=0, dtype=None, out=None)`.
    static func accumulate(_ op: PeakmemEngine.BinaryOperator, _ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let axis = try a.int("axis"), dtype = try a.dtype("dtype"), out = try a.output()
        let result = try engine { try NDArray.accumulate(op, input, axis: axis, dtype: dtype, out: out) }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `np.cumsum(a, axis=None)`: with no axis, of the flattened array (NumPy ravels first: a
    /// view of a contiguous array, else a copy that lives during the operation).
    static func cumulative(_ op: PeakmemEngine.BinaryOperator, _ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let axis = try a.optionalInt("axis"), dtype = try a.dtype("dtype"), out = try a.output()
        let result = try engine { () throws(EngineError) in
            let source = axis == nil ? try input.ravel() : input
            return try NDArray.accumulate(op, source, axis: axis ?? 0, dtype: dtype, out: out)
        }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `axis=`: None (every axis), an int, or a tuple of ints.
    static func axes(_ value: Value, function: String) throws(RuntimeError) -> [Int]? {
        switch value {
        case .none: return nil
        case .tuple(let items): return try items.map { (item) throws(RuntimeError) in try item.asInt(for: "\(function)() argument 'axis'") }
        default: return [try value.asInt(for: "\(function)() argument 'axis'")]
        }
    }
}
