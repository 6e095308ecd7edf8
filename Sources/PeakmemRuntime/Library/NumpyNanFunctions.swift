import PeakmemEngine

extension FunctionRegistry {
    /// NaN handling: the class tests `np.isnan`, `np.isinf`, `np.isfinite`, `np.signbit`
    /// (boolean ufuncs with `out=`), `np.isposinf`, `np.isneginf`, `np.nan_to_num`, and the
    /// nan-functions `np.nansum`, `np.nanprod`, `np.nancumsum`, `np.nancumprod`, `np.nanmin`,
    /// `np.nanmax`, `np.nanargmin`, `np.nanargmax`, `np.nanmean`, `np.nanvar`, `np.nanstd`, with
    /// NumPy's mask and copy (see ``PeakmemEngine/NDArray/nanReduce(_:_:axes:dtype:out:keepdims:)``).
    func registerNumpyNanFunctions() {
        for test in FloatClassTest.allCases {
            register("numpy.\(test.rawValue)", [.positional("x"), .optional("out")],
                     summary: "\(Self.classSummary[test] ?? test.rawValue) elementwise, as booleans") { a, _ throws(RuntimeError) in
                let out = try a.output()
                return try ArrayOperations.unwrap(try engine { try NDArray.classify(test, try a.array("x"), out: out) }, out: out)
            }
        }
        for (name, negative) in [("isposinf", false), ("isneginf", true)] {
            register("numpy.\(name)", [.required("x"), .optional("out")],
                     summary: "whether each element is \(negative ? "-" : "+")inf, as booleans (isinf and signbit temporaries)") { a, _ throws(RuntimeError) in
                guard a.isNone("out") else { throw .unsupported("np.\(name)(out=...) is not supported yet") }
                return try ArrayOperations.unwrap(try engine { try NDArray.infinityMask(try a.array("x"), negative: negative) })
            }
        }
        register("numpy.nan_to_num", [.required("x"), .optional("copy", .bool(true)), .optional("nan", .float(0)), .optional("posinf"),
                                      .optional("neginf")],
                 summary: "x with NaN, +inf and -inf replaced (a copy unless copy=False; NumPy's three masks)") { a, _ throws(RuntimeError) in
            let copy = try a.bool("copy")
            guard case .array(let x) = a["x"] else {
                let x = try a.array("x")
                return try ArrayOperations.unwrap(try engine {
                    try NDArray.nanToNum(x, copy: false, nan: try a.double("nan"), posinf: try a.optionalDouble("posinf"),
                                         neginf: try a.optionalDouble("neginf"))
                })
            }
            return try ArrayOperations.unwrap(try engine {
                try NDArray.nanToNum(x, copy: copy, nan: try a.double("nan"), posinf: try a.optionalDouble("posinf"),
                                     neginf: try a.optionalDouble("neginf"))
            })
        }
        let typed: [ParameterSpec] = [.optional("axis"), .optional("dtype"), .optional("out"), .optional("keepdims", .bool(false))]
        for (name, op) in [("nansum", PeakmemEngine.BinaryOperator.add), ("nanprod", .multiply)] {
            register("numpy.\(name)", [.required("a")] + typed,
                     summary: "the \(op == .add ? "sum" : "product") treating NaN as \(op == .add ? 0 : 1) (NumPy's mask and copy)") { a, _ throws(RuntimeError) in
                let axes = try Reductions.axes(a["axis"], function: a.function)
                let dtype = try a.dtype("dtype"), out = try a.output(), keepdims = try a.bool("keepdims")
                let result = try engine { try NDArray.nanReduce(op, try a.array("a"), axes: axes, dtype: dtype, out: out, keepdims: keepdims) }
                return try ArrayOperations.unwrap(result, out: out)
            }
        }
        for (name, op) in [("nancumsum", PeakmemEngine.BinaryOperator.add), ("nancumprod", .multiply)] {
            register("numpy.\(name)", [.required("a"), .optional("axis"), .optional("dtype"), .optional("out")],
                     summary: "the running \(op == .add ? "sum" : "product") treating NaN as \(op == .add ? 0 : 1) (None: of the flattened array)") { a, _ throws(RuntimeError) in
                let axis = try a.optionalInt("axis"), dtype = try a.dtype("dtype"), out = try a.output()
                let result = try engine { try NDArray.nanAccumulate(op, try a.array("a"), axis: axis, dtype: dtype, out: out) }
                return try ArrayOperations.unwrap(result, out: out)
            }
        }
        for (name, largest) in [("nanmin", false), ("nanmax", true)] {
            register("numpy.\(name)", [.required("a"), .optional("axis"), .optional("out"), .optional("keepdims", .bool(false))],
                     summary: "the \(largest ? "largest" : "smallest") element ignoring NaN (np.f\(largest ? "max" : "min").reduce, no copy)") { a, _ throws(RuntimeError) in
                let axes = try Reductions.axes(a["axis"], function: a.function)
                let out = try a.output(), keepdims = try a.bool("keepdims")
                let result = try engine { try NDArray.nanExtremum(largest: largest, try a.array("a"), axes: axes, out: out, keepdims: keepdims) }
                return try ArrayOperations.unwrap(result, out: out)
            }
        }
        for (name, largest) in [("nanargmin", false), ("nanargmax", true)] {
            register("numpy.\(name)", [.required("a"), .optional("axis"), .optional("out"), .keyword("keepdims", .bool(false))],
                     summary: "the index of the \(largest ? "largest" : "smallest") element ignoring NaN (ValueError for an all-NaN slice)") { a, _ throws(RuntimeError) in
                let axis = try a.optionalInt("axis"), out = try a.output(), keepdims = try a.bool("keepdims")
                let result = try engine { try NDArray.nanArgExtremum(largest: largest, try a.array("a"), axis: axis, out: out, keepdims: keepdims) }
                return try ArrayOperations.unwrap(result, out: out)
            }
        }
        register("numpy.nanmean", [.required("a")] + typed, summary: "the mean ignoring NaN (NumPy's mask, copy and count)") { a, _ throws(RuntimeError) in
            let axes = try Reductions.axes(a["axis"], function: a.function)
            let dtype = try a.dtype("dtype"), out = try a.output(), keepdims = try a.bool("keepdims")
            let result = try engine { try NDArray.nanMean(try a.array("a"), axes: axes, dtype: dtype, out: out, keepdims: keepdims) }
            return try ArrayOperations.unwrap(result, out: out)
        }
        for (name, root) in [("nanvar", false), ("nanstd", true)] {
            register("numpy.\(name)", [.required("a")] + typed.dropLast() + [.optional("ddof", .int(0)), .optional("keepdims", .bool(false))],
                     summary: "the \(root ? "standard deviation" : "variance") ignoring NaN (NumPy's mask, copy, centred in place)") { a, _ throws(RuntimeError) in
                let axes = try Reductions.axes(a["axis"], function: a.function)
                let dtype = try a.dtype("dtype"), out = try a.output(), keepdims = try a.bool("keepdims"), ddof = try a.double("ddof")
                let result = try engine {
                    try NDArray.nanVariance(try a.array("a"), axes: axes, dtype: dtype, out: out, ddof: ddof, keepdims: keepdims, sqrt: root)
                }
                return try ArrayOperations.unwrap(result, out: out)
            }
        }
    }

    private static let classSummary: [FloatClassTest: String] = [
        .isnan: "whether each element is NaN", .isinf: "whether each element is infinite",
        .isfinite: "whether each element is finite", .signbit: "whether each element's sign bit is set",
    ]
}

extension Arguments {
    /// An optional float parameter (`None` gives nil).
    func optionalDouble(_ name: String) throws(RuntimeError) -> Double? {
        isNone(name) ? nil : try double(name)
    }
}
