import PeakmemEngine

extension FunctionRegistry {
    /// Joining and building arrays: `np.concatenate`, `np.stack`, `np.vstack`, `np.hstack`,
    /// `np.column_stack`, `np.tile`, `np.repeat` (and `a.repeat`) allocate exactly their result
    /// (plus the copies NumPy makes of non-contiguous inputs for `repeat` and `tile`);
    /// `np.linspace` its float64 values (and the converted result for another `dtype`);
    /// `np.expand_dims`, `np.squeeze` (and `a.squeeze`) and `np.broadcast_to` (read-only)
    /// are views and allocate nothing. Lists given as arrays are converted as NumPy converts
    /// them (a new array each, freed after the call).
    func registerNumpyJoining() {
        let sameKind = ParameterSpec.keyword("casting", .string("same_kind"))
        register("numpy.concatenate", [.positional("arrays"), .optional("axis", .int(0)), .optional("out"), .keyword("dtype"), sameKind],
                 summary: "the arrays joined along an existing axis (None: flattened), one new array") { a, _ throws(RuntimeError) in
            let arrays = try Joining.arrays(a["arrays"], function: "concatenate")
            let axis = try a.optionalInt("axis"), target = try Joining.target(a)
            return .array(try engine { try NDArray.concatenate(arrays, axis: axis, out: target.out, dtype: target.dtype) })
        }
        register("numpy.stack", [.required("arrays"), .optional("axis", .int(0)), .optional("out"), .keyword("dtype"), sameKind],
                 summary: "arrays of one shape joined along a new axis, one new array") { a, _ throws(RuntimeError) in
            let arrays = try Joining.arrays(a["arrays"], function: "stack", empty: "need at least one array to stack")
            let axis = try a.int("axis"), target = try Joining.target(a)
            return .array(try engine { try NDArray.stack(arrays, axis: axis, out: target.out, dtype: target.dtype) })
        }
        register("numpy.vstack", [.required("tup"), .keyword("dtype"), sameKind],
                 summary: "arrays joined along the first axis (1-d arrays as rows), one new array") { a, _ throws(RuntimeError) in
            try Joining.joined(a, dtype: try Joining.target(a).dtype, axis: { _ in 0 }) { array throws(EngineError) in
                try array.ndim >= 2 ? array : array.reshape([1, array.size])
            }
        }
        register("numpy.hstack", [.required("tup"), .keyword("dtype"), sameKind],
                 summary: "arrays joined along the second axis (the first for 1-d arrays), one new array") { a, _ throws(RuntimeError) in
            try Joining.joined(a, dtype: try Joining.target(a).dtype, axis: { $0.ndim == 1 ? 0 : 1 }) { array throws(EngineError) in
                try array.ndim >= 1 ? array : array.reshape([1])
            }
        }
        register("numpy.column_stack", [.required("tup")],
                 summary: "1-d arrays as columns (2-d arrays as they are) joined along the second axis, one new array") { a, _ throws(RuntimeError) in
            try Joining.joined(a, dtype: nil, axis: { _ in 1 }) { array throws(EngineError) in
                try array.ndim >= 2 ? array : array.reshape([array.size, 1])
            }
        }
        register("numpy.linspace", [.required("start"), .required("stop"), .optional("num", .int(50)), .optional("endpoint", .bool(true)),
                                    .optional("retstep", .bool(false)), .optional("dtype"), .optional("axis", .int(0))],
                 summary: "num evenly spaced values from start to stop (computed in float64, as NumPy)") { a, _ throws(RuntimeError) in
            try Joining.linspace(a)
        }
        let expandSummary = "a view with a length-1 axis inserted at axis (an int or a tuple)"
        register("numpy.expand_dims", [.required("a"), .required("axis")], summary: expandSummary) { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            let axes = try Reductions.axes(a["axis"], function: a.function) ?? []
            return .array(try engine { try array.expandDims(axes) })
        }
        registerFunctionAndMethod("squeeze", [.optional("axis")],
                                  summary: "a view without the length-1 axes (or only those in axis)") { a, array throws(RuntimeError) in
            let axes = try Reductions.axes(a["axis"], function: a.function)
            return .array(try engine { try array.squeeze(axes) })
        }
        register("numpy.broadcast_to", [.required("array"), .required("shape"), .optional("subok", .bool(false))],
                 summary: "a read-only view of the array broadcast to shape (nothing is copied)") { a, _ throws(RuntimeError) in
            let array = try a.array("array"), shape = try a.shape("shape")
            return .array(try engine { try array.broadcast(to: shape) })
        }
        register("numpy.tile", [.required("A"), .required("reps")],
                 summary: "the array repeated reps times along each axis (NumPy's intermediate results included)") { a, _ throws(RuntimeError) in
            let array = try a.array("A"), reps = try a.shape("reps")
            return .array(try engine { try array.tiled(reps) })
        }
        registerFunctionAndMethod("repeat", [.required("repeats"), .optional("axis")],
                                  summary: "each element (or position along axis) repeated, one new C-ordered array") { a, array throws(RuntimeError) in
            try Joining.repeated(array, a)
        }
    }
}

/// The argument handling of the joining functions.
enum Joining {
    /// The sequence of arrays of `concatenate` & co: a list or tuple (each item as
    /// `np.asarray` makes it), or an array (its sub-arrays along the first axis, views).
    static func arrays(_ value: Value, function: String, empty: String = "need at least one array to concatenate")
        throws(RuntimeError) -> [NDArray]
    {
        let items: [Value]
        switch value {
        case .list(let storage): items = storage.elements
        case .tuple(let values): items = values
        case .array(let array):
            guard array.ndim > 0 else { throw .valueError("zero-dimensional arrays cannot be concatenated") }
            var views: [NDArray] = []
            for index in 0..<array.shape[0] { views.append(try engine { try array.view(at: [.integer(index)]) }) }
            return views
        default:
            throw .typeError("The first input argument needs to be a sequence")
        }
        guard !items.isEmpty else { throw .valueError(empty) }
        return try items.map { (item) throws(RuntimeError) in try item.asArray(for: "\(function)() argument") }
    }

    /// `out=` (absent for `vstack` and `hstack`: nil) and `dtype=`, which NumPy refuses
    /// together, and `casting=`, of which only NumPy's default, `'same_kind'`, is supported.
    static func target(_ a: Arguments) throws(RuntimeError) -> (out: NDArray?, dtype: DType?) {
        let out = try a.output(), dtype = try a.dtype("dtype")
        guard try a.string("casting") == "same_kind" else {
            throw .unsupported("\(a.function)(casting=...) other than 'same_kind' is not supported yet")
        }
        if out != nil, dtype != nil {
            throw .typeError("\(a.function)() only takes `out` or `dtype` as an argument, but both were provided.")
        }
        return (out, dtype)
    }

    /// `np.vstack`, `np.hstack`, `np.column_stack`: the arrays of `tup`, each given the
    /// dimensions the function needs by `reshaped` (a view), joined along `axis(first array)`
    /// into one new array.
    static func joined(_ a: Arguments, dtype: DType?, axis: (NDArray) -> Int,
                       _ reshaped: (NDArray) throws(EngineError) -> NDArray) throws(RuntimeError) -> Value {
        let arrays = try self.arrays(a["tup"], function: a.function).map { (array) throws(RuntimeError) in
            try engine { try reshaped(array) }
        }
        return .array(try engine { try NDArray.concatenate(arrays, axis: axis(arrays[0]), dtype: dtype) })
    }

    /// `np.repeat(a, repeats, axis=None)`: `repeats` an int, or a list or array of ints (made
    /// into an array as NumPy makes it, alive during the call).
    static func repeated(_ array: NDArray, _ a: Arguments) throws(RuntimeError) -> Value {
        let axis = try a.optionalInt("axis")
        let counts: [Int]
        var holder: NDArray?
        switch a["repeats"] {
        case .int, .bool, .arrayScalar:
            counts = [try a.int("repeats")]
        default:
            let repeats = try a.array("repeats")
            guard repeats.ndim <= 1 else {
                throw .valueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.")
            }
            guard !repeats.dtype.isFloatingPoint else {
                throw .typeError("Cannot cast array data from dtype('\(repeats.dtype)') to dtype('int64') according to the rule 'safe'")
            }
            counts = repeats.elements(as: Int64.self).map { Int($0) }
            holder = repeats
        }
        let result = try engine { try array.repeated(counts, axis: axis) }
        withExtendedLifetime(holder) {}
        return .array(result)
    }

    /// `np.linspace` for scalar `start` and `stop` (Python numbers or NumPy scalars): computed
    /// in float64, or in float32 when the NumPy scalars among them are float32.
    static func linspace(_ a: Arguments) throws(RuntimeError) -> Value {
        var strong: [DType] = []
        for name in ["start", "stop"] {
            switch a[name] {
            case .int, .float, .bool: break
            case .arrayScalar(let scalar): strong.append(scalar.dtype)
            default:
                throw .unsupported("np.linspace with array bounds is not supported yet; start and stop must be numbers")
            }
        }
        let common = strong.dropFirst().reduce(strong.first ?? .float64) { DType.promote($0, $1) }
        let compute: DType = common == .float32 ? .float32 : .float64
        guard case .int(let num) = a["num"] else {
            if case .bool(let b) = a["num"] { return try linspace(a, num: b ? 1 : 0, compute: compute) }
            throw .typeError("'\(a["num"].typeName)' object cannot be interpreted as an integer")
        }
        return try linspace(a, num: num, compute: compute)
    }

    private static func linspace(_ a: Arguments, num: Int, compute: DType) throws(RuntimeError) -> Value {
        let start = try a.double("start"), stop = try a.double("stop")
        let endpoint = try a.bool("endpoint"), dtype = try a.dtype("dtype")
        _ = try engine { try NDArray.normalize(axis: try a.int("axis"), ndim: 1) }
        let (values, step) = try engine {
            try NDArray.linspace(start, stop, count: num, endpoint: endpoint, compute: compute, dtype: dtype)
        }
        guard try a.bool("retstep") else { return .array(values) }
        return .tuple([.array(values), .arrayScalar(ArrayScalar(.float(step), dtype: compute))])
    }
}
