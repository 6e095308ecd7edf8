import PeakmemEngine

extension FunctionRegistry {
    /// Array manipulation: the views `np.flip`, `np.fliplr`, `np.flipud`, `np.rot90`,
    /// `np.moveaxis`, `np.atleast_1d/2d/3d`, `np.diagonal`, `np.split`, `np.array_split`,
    /// `np.hsplit`, `np.vsplit`, `np.dsplit`; and the copies `np.diff`, `np.roll`, `np.triu`,
    /// `np.tril`, `np.diag`, `np.trace`, `np.dstack`, `np.meshgrid`, `np.indices`,
    /// `np.logspace`, `np.geomspace`, `np.copyto` — with NumPy's buffers
    /// (docs/research/numpy-manipulation.md).
    func registerNumpyManipulation() {
        registerManipulationViews()
        registerManipulationCopies()
        registerManipulationGrids()
    }

    private func registerManipulationViews() {
        register("numpy.flip", [.required("m"), .optional("axis")], summary: "a view with the elements of axis (None: every axis) reversed") { a, _ throws(RuntimeError) in
            let axes = try Reductions.axes(a["axis"], function: a.function)
            return .array(try engine { try a.array("m").flipped(axes) })
        }
        register("numpy.fliplr", [.required("m")], summary: "a view with the columns (axis 1) reversed") { a, _ throws(RuntimeError) in
            let m = try a.array("m")
            guard m.ndim >= 2 else { throw .valueError("Input must be >= 2-d.") }
            return .array(try engine { try m.flipped([1]) })
        }
        register("numpy.flipud", [.required("m")], summary: "a view with the rows (axis 0) reversed") { a, _ throws(RuntimeError) in
            let m = try a.array("m")
            guard m.ndim >= 1 else { throw .valueError("Input must be >= 1-d.") }
            return .array(try engine { try m.flipped([0]) })
        }
        register("numpy.rot90", [.required("m"), .optional("k", .int(1)), .optional("axes", .tuple([.int(0), .int(1)]))],
                 summary: "a view rotated by 90 degrees k times in the plane of axes") { a, _ throws(RuntimeError) in
            let axes = try a.shape("axes")
            guard axes.count == 2 else { throw .valueError("len(axes) must be 2.") }
            return .array(try engine { try a.array("m").rotated90(try a.int("k"), axes: (axes[0], axes[1])) })
        }
        register("numpy.moveaxis", [.required("a"), .required("source"), .required("destination")],
                 summary: "a view with axes moved to new positions, the others in order") { a, _ throws(RuntimeError) in
            .array(try engine { try a.array("a").movingAxes(try a.shape("source"), to: try a.shape("destination")) })
        }
        for dimensions in 1 ... 3 {
            register("numpy.atleast_\(dimensions)d", [.variadic("arys")],
                     summary: "each array viewed with at least \(dimensions) dimensions (a list for several)") { a, _ throws(RuntimeError) in
                let views = try a.variadic.map { (value) throws(RuntimeError) -> Value in
                    .array(try value.asArray(for: "atleast_\(dimensions)d() argument").atLeast(dimensions))
                }
                return views.count == 1 ? views[0] : .tuple(views)
            }
        }
        register("numpy.diagonal", [.required("a"), .optional("offset", .int(0)), .optional("axis1", .int(0)), .optional("axis2", .int(1))],
                 summary: "a read-only view of a diagonal (the last axis of the result)") { a, _ throws(RuntimeError) in
            .array(try engine { try a.array("a").diagonal(offset: try a.int("offset"), axis1: try a.int("axis1"), axis2: try a.int("axis2")) })
        }
        register("ndarray.diagonal", [.optional("offset", .int(0)), .optional("axis1", .int(0)), .optional("axis2", .int(1))],
                 summary: "a read-only view of a diagonal (the last axis of the result)") { a, _ throws(RuntimeError) in
            .array(try engine { try a.receiverArray().diagonal(offset: try a.int("offset"), axis1: try a.int("axis1"), axis2: try a.int("axis2")) })
        }
        let splits: [(String, String)] = [("split", "equal pieces (or pieces between indices) along axis, as views"),
                                          ("array_split", "pieces (the first ones one longer) or pieces between indices along axis, as views")]
        for (name, summary) in splits {
            register("numpy.\(name)", [.required("ary"), .required("indices_or_sections"), .optional("axis", .int(0))], summary: summary) { a, _ throws(RuntimeError) in
                try Manipulation.split(try a.array("ary"), a["indices_or_sections"], axis: try a.int("axis"), equal: name == "split")
            }
        }
        let directional: [(String, String)] = [("hsplit", "along axis 1 (axis 0 for 1-d arrays)"), ("vsplit", "along axis 0 (2-d or more)"),
                                               ("dsplit", "along axis 2 (3-d or more)")]
        for (name, summary) in directional {
            register("numpy.\(name)", [.required("ary"), .required("indices_or_sections")], summary: "np.split \(summary)") { a, _ throws(RuntimeError) in
                let array = try a.array("ary")
                let axis: Int
                switch name {
                case "hsplit":
                    guard array.ndim > 0 else { throw .valueError("hsplit only works on arrays of 1 or more dimensions") }
                    axis = array.ndim > 1 ? 1 : 0
                case "vsplit":
                    guard array.ndim >= 2 else { throw .valueError("vsplit only works on arrays of 2 or more dimensions") }
                    axis = 0
                default:
                    guard array.ndim >= 3 else { throw .valueError("dsplit only works on arrays of 3 or more dimensions") }
                    axis = 2
                }
                return try Manipulation.split(array, a["indices_or_sections"], axis: axis, equal: true)
            }
        }
    }

    private func registerManipulationCopies() {
        register("numpy.diff", [.required("a"), .optional("n", .int(1)), .optional("axis", .int(-1)), .optional("prepend"), .optional("append")],
                 summary: "the n-th discrete difference along axis (one new array per order)") { a, _ throws(RuntimeError) in
            guard a.isNone("prepend"), a.isNone("append") else { throw .unsupported("np.diff(prepend=..., append=...) is not supported yet") }
            return .array(try engine { try NDArray.diff(try a.array("a"), n: try a.int("n"), axis: try a.int("axis")) })
        }
        register("numpy.roll", [.required("a"), .required("shift"), .optional("axis")],
                 summary: "the elements shifted cyclically along axis (None: the flattened array), a new array") { a, _ throws(RuntimeError) in
            let shifts = try a.shape("shift")
            let axes = a.isNone("axis") ? nil : try a.shape("axis")
            return .array(try engine { try NDArray.roll(try a.array("a"), shifts: shifts, axes: axes) })
        }
        for (name, upper) in [("triu", true), ("tril", false)] {
            register("numpy.\(name)", [.required("m"), .optional("k", .int(0))],
                     summary: "a copy with the elements \(upper ? "below" : "above") diagonal k zeroed (NumPy's boolean tri mask and where)") { a, _ throws(RuntimeError) in
                .array(try engine { try NDArray.triangle(try a.array("m"), k: try a.int("k"), upper: upper) })
            }
        }
        register("numpy.diag", [.required("v"), .optional("k", .int(0))],
                 summary: "a 2-d array with v on diagonal k (1-d v), or the read-only view of diagonal k (2-d v)") { a, _ throws(RuntimeError) in
            .array(try engine { try NDArray.diag(try a.array("v"), k: try a.int("k")) })
        }
        let traceParameters: [ParameterSpec] = [.optional("offset", .int(0)), .optional("axis1", .int(0)), .optional("axis2", .int(1)),
                                                .optional("dtype"), .optional("out")]
        registerFunctionAndMethod("trace", traceParameters, summary: "the sum along a diagonal") { a, input throws(RuntimeError) in
            let out = try a.output()
            let result = try engine {
                try NDArray.trace(input, offset: try a.int("offset"), axis1: try a.int("axis1"), axis2: try a.int("axis2"),
                                  dtype: try a.dtype("dtype"), out: out)
            }
            return try ArrayOperations.unwrap(result, out: out)
        }
        register("numpy.dstack", [.required("tup")], summary: "the arrays joined along axis 2 (1-d and 2-d viewed as 3-d first)") { a, _ throws(RuntimeError) in
            let arrays = try Joining.arrays(a["tup"], function: "dstack").map { $0.atLeast(3) }
            return .array(try engine { try NDArray.concatenate(arrays, axis: 2) })
        }
        register("numpy.copyto", [.required("dst"), .required("src"), .optional("casting", .string("same_kind")), .optional("where", .bool(true))],
                 summary: "copies src (broadcast) into dst, where the mask is true (nothing allocated)") { a, _ throws(RuntimeError) in
            guard case .array(let dst) = a["dst"] else { throw .typeError("copyto() argument 1 must be numpy.ndarray, not \(a["dst"].typeName)") }
            guard try a.string("casting") == "same_kind" else { throw .unsupported("np.copyto(casting=...) is not supported yet") }
            let mask: NDArray? = if case .bool(true) = a["where"] { nil } else { try a.array("where") }
            switch a["src"] {
            case .int, .float, .bool, .arrayScalar:
                // A Python number is written as it is (NumPy's 0-d array of it is below the ledger's notice).
                let value = try a["src"].asScalar(for: "copyto() argument 'src'")
                if case .float = value, !dst.dtype.isFloatingPoint {
                    throw .typeError("Cannot cast scalar from dtype('float64') to dtype('\(dst.dtype)') according to the rule 'same_kind'")
                }
                try engine { if let mask { try dst.fill(value, where: mask) } else { try dst.fill(value) } }
            default:
                guard mask == nil else { throw .unsupported("np.copyto(dst, array, where=mask) is not supported yet; pass a number as src") }
                let src = try a.array("src")
                guard src.dtype.canCastSameKind(to: dst.dtype) else {
                    throw .typeError("Cannot cast array data from dtype('\(src.dtype)') to dtype('\(dst.dtype)') according to the rule 'same_kind'")
                }
                try engine { try src.assign(to: dst) }
            }
            return .none
        }
    }

    private func registerManipulationGrids() {
        register("numpy.meshgrid", [.variadic("xi"), .keyword("copy", .bool(true)), .keyword("sparse", .bool(false)), .keyword("indexing", .string("xy"))],
                 summary: "coordinate arrays from coordinate vectors (copies in C order unless copy=False)") { a, _ throws(RuntimeError) in
            let indexing = try a.string("indexing")
            guard indexing == "xy" || indexing == "ij" else { throw .valueError("Valid values for `indexing` are 'xy' and 'ij'.") }
            let inputs = try a.variadic.map { (value) throws(RuntimeError) in try value.asArray(for: "meshgrid() argument") }
            let grids = try engine {
                try NDArray.meshgrid(inputs, copy: try a.bool("copy"), sparse: try a.bool("sparse"), cartesian: indexing == "xy")
            }
            return .tuple(grids.map(Value.array))
        }
        register("numpy.indices", [.required("dimensions"), .optional("dtype", .dtype(.int64)), .optional("sparse", .bool(false))],
                 summary: "an array of index grids, one per dimension") { a, _ throws(RuntimeError) in
            guard try !a.bool("sparse") else { throw .unsupported("np.indices(sparse=True) is not supported yet") }
            return .array(try engine { try NDArray.indices(try a.shape("dimensions"), dtype: try a.dtype("dtype") ?? .int64) })
        }
        register("numpy.logspace", [.required("start"), .required("stop"), .optional("num", .int(50)), .optional("endpoint", .bool(true)),
                                    .optional("base", .float(10)), .optional("dtype"), .optional("axis", .int(0))],
                 summary: "base ** linspace(start, stop, num) (the linspace a temporary)") { a, _ throws(RuntimeError) in
            guard a.isNone("dtype") else { throw .unsupported("np.logspace(dtype=...) is not supported yet") }
            return .array(try engine {
                try NDArray.logspace(try a.double("start"), try a.double("stop"), count: try a.int("num"), endpoint: try a.bool("endpoint"),
                                     base: try a.double("base"))
            })
        }
        register("numpy.geomspace", [.required("start"), .required("stop"), .optional("num", .int(50)), .optional("endpoint", .bool(true)),
                                     .optional("dtype"), .optional("axis", .int(0))],
                 summary: "numbers spaced evenly on a log scale from start to stop (exact endpoints)") { a, _ throws(RuntimeError) in
            guard a.isNone("dtype") else { throw .unsupported("np.geomspace(dtype=...) is not supported yet") }
            return .array(try engine {
                try NDArray.geomspace(try a.double("start"), try a.double("stop"), count: try a.int("num"), endpoint: try a.bool("endpoint"))
            })
        }
    }
}

/// The argument handling of the manipulation functions.
enum Manipulation {
    /// `np.split`/`np.array_split`: a number of sections or a list of indices; a list of views.
    static func split(_ array: NDArray, _ sections: Value, axis: Int, equal: Bool) throws(RuntimeError) -> Value {
        let pieces: [NDArray]
        switch sections {
        case .list, .tuple:
            let indices = try sections.asShape(for: "split() indices")
            pieces = try engine { try array.split(indices: indices, axis: axis) }
        default:
            let count = try sections.asInt(for: "split() sections")
            pieces = try engine { try array.split(sections: count, axis: axis, equal: equal) }
        }
        return .list(ListStorage(pieces.map(Value.array)))
    }
}

extension FunctionRegistry {
    /// `np.unravel_index`, `np.ravel_multi_index`, `np.put`, `np.place` (C order, `mode='raise'`).
    func registerNumpyFlatIndex() {
        register("numpy.unravel_index", [.required("indices"), .required("shape"), .optional("order", .string("C"))],
                 summary: "the coordinates of flat indices in an array of shape (a tuple of views of one int64 buffer)") { a, _ throws(RuntimeError) in
            guard try a.string("order") == "C" else { throw .unsupported("np.unravel_index(order='F') is not supported yet") }
            let shape = try a.shape("shape")
            if case .int(let index) = a["indices"] {
                let size = shape.reduce(1, *)
                guard index >= 0 && index < size else { throw .valueError("index \(index) is out of bounds for array with size \(size)") }
                var rest = index, coordinates: [Value] = []
                for dimension in shape.reversed() {
                    coordinates.insert(.arrayScalar(ArrayScalar(.int(Int64(rest % dimension)), dtype: .int64)), at: 0)
                    rest /= dimension
                }
                return .tuple(coordinates)
            }
            let views = try engine { try NDArray.unravelIndex(try a.array("indices"), shape: shape) }
            return .tuple(views.map(Value.array))
        }
        register("numpy.ravel_multi_index", [.required("multi_index"), .required("dims"), .optional("mode", .string("raise")),
                                             .optional("order", .string("C"))],
                 summary: "the flat indices of coordinate arrays in an array of shape dims (one new int64 array)") { a, _ throws(RuntimeError) in
            guard try a.string("mode") == "raise", try a.string("order") == "C" else {
                throw .unsupported("np.ravel_multi_index(mode=..., order=...) other than 'raise' and 'C' is not supported yet")
            }
            let coordinates = try Joining.arrays(a["multi_index"], function: "ravel_multi_index")
            return try ArrayOperations.unwrap(try engine { try NDArray.ravelMultiIndex(coordinates, shape: try a.shape("dims")) })
        }
        register("numpy.put", [.required("a"), .required("ind"), .required("v"), .optional("mode", .string("raise"))],
                 summary: "a.flat[ind] = v in place (v cycled)") { a, _ throws(RuntimeError) in
            guard case .array(let target) = a["a"] else { throw .typeError("put() argument 1 must be numpy.ndarray, not \(a["a"].typeName)") }
            guard try a.string("mode") == "raise" else { throw .unsupported("np.put(mode=...) is not supported yet") }
            let values = try Manipulation.values(a["v"], like: target)
            try engine { try target.put(try a.array("ind"), values) }
            return .none
        }
        register("numpy.place", [.required("arr"), .required("mask"), .required("vals")],
                 summary: "arr[mask] = vals in place, vals cycled") { a, _ throws(RuntimeError) in
            guard case .array(let target) = a["arr"] else { throw .typeError("argument 1 must be numpy.ndarray, not \(a["arr"].typeName)") }
            let values = try Manipulation.values(a["vals"], like: target)
            try engine { try target.place(try a.array("mask"), values) }
            return .none
        }
    }
}

extension Manipulation {
    /// The values of `np.put`/`np.place`: a Python number as a 0-d array of the target's
    /// dtype made outside the ledger (NumPy's 0-d conversion is below its notice), else the
    /// array as `np.asarray` makes it.
    static func values(_ value: Value, like target: NDArray) throws(RuntimeError) -> NDArray {
        switch value {
        case .int, .float, .bool, .arrayScalar:
            let scalar = try value.asScalar(for: "values")
            return try ArrayOperations.inScratch { () throws(RuntimeError) in
                try engine { try NDArray.full([], scalar, dtype: target.dtype) }
            }
        default:
            return try value.asArray(for: "values")
        }
    }
}
