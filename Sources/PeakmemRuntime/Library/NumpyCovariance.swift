import PeakmemEngine

extension FunctionRegistry {
    /// `np.select`, `np.cov`, `np.corrcoef` and `np.interp`, with NumPy 2.4.6's buffers (see
    /// ``PeakmemEngine/NDArray/select(_:_:default:)``,
    /// ``PeakmemEngine/NDArray/covariance(_:_:rowvar:bias:ddof:dtype:)`` and
    /// docs/research/numpy-everyday-c.md).
    func registerNumpyCovariance() {
        register("numpy.select", [.required("condlist"), .required("choicelist"), .optional("default", .int(0))],
                 summary: "each element from the first choice whose condition holds there, else default") { a, _ throws(RuntimeError) in
            let conditions = try ListArguments.items(a["condlist"], function: "select").map { (item) throws(RuntimeError) in
                try item.asArray(for: "np.select() condition")
            }
            let choices = try ListArguments.items(a["choicelist"], function: "select").map { (item) throws(RuntimeError) in
                try ListArguments.operand(item)
            }
            let fallback = try ListArguments.operand(a["default"])
            return .array(try engine { try NDArray.select(conditions, choices, default: fallback) })
        }
        register("numpy.cov", [.required("m"), .optional("y"), .optional("rowvar", .bool(true)), .optional("bias", .bool(false)),
                               .optional("ddof"), .optional("fweights"), .optional("aweights"), .keyword("dtype")],
                 summary: "the covariance matrix of the rows of m (and y): Σ (x - mean)(x - mean)ᵀ / (n - ddof)") { a, _ throws(RuntimeError) in
            guard a.isNone("fweights"), a.isNone("aweights") else {
                throw .unsupported("np.cov(fweights=, aweights=) is not supported yet")
            }
            let m = try a.array("m"), y = try a.optionalArray("y"), rowvar = try a.bool("rowvar"), bias = try a.bool("bias")
            let ddof = try a.optionalInt("ddof"), dtype = try a.dtype("dtype")
            return .array(try engine { try NDArray.covariance(m, y, rowvar: rowvar, bias: bias, ddof: ddof, dtype: dtype) })
        }
        register("numpy.corrcoef", [.required("x"), .optional("y"), .optional("rowvar", .bool(true)), .keyword("dtype")],
                 summary: "the Pearson correlation coefficients of the rows of x (and y), clipped to [-1, 1]") { a, _ throws(RuntimeError) in
            let x = try a.array("x"), y = try a.optionalArray("y"), rowvar = try a.bool("rowvar"), dtype = try a.dtype("dtype")
            return try ArrayOperations.unwrap(try engine { try NDArray.correlation(x, y, rowvar: rowvar, dtype: dtype) })
        }
        register("numpy.interp", [.required("x"), .required("xp"), .required("fp"), .optional("left"), .optional("right"), .optional("period")],
                 summary: "the piecewise-linear interpolant through (xp, fp) at x, in float64") { a, _ throws(RuntimeError) in
            guard a.isNone("period") else { throw .unsupported("np.interp(period=) is not supported yet") }
            let x = try a.array("x"), xp = try a.array("xp"), fp = try a.array("fp")
            let left = a.isNone("left") ? nil : try a.double("left"), right = a.isNone("right") ? nil : try a.double("right")
            let result = try engine { try NDArray.interpolate(x, xp, fp, left: left, right: right) }
            return try ArrayOperations.unwrap(result)
        }
    }
}

/// List and choice arguments of ``FunctionRegistry/registerNumpyCovariance()`` and
/// ``FunctionRegistry/registerNumpyHistogram()``.
enum ListArguments {
    /// The items of a list or tuple argument (`condlist`, `choicelist`).
    static func items(_ value: Value, function: String) throws(RuntimeError) -> [Value] {
        switch value {
        case .list(let storage): return storage.elements
        case .tuple(let items): return items
        case .array(let array):
            return try (0..<(array.ndim == 0 ? 0 : array.shape[0])).map { (i) throws(RuntimeError) in .array(try engine { try array[i] }) }
        default: throw .typeError("np.\(function)() takes a list, not \(value.typeName)")
        }
    }

    /// A choice or default: a Python number stays a weak scalar (NumPy keeps `int`, `float`
    /// as they are for `result_type`); anything else becomes an array.
    static func operand(_ value: Value) throws(RuntimeError) -> Operand {
        switch value {
        case .int(let i): .scalar(.int(Int64(i)))
        case .float(let d): .scalar(.float(d))
        default: .array(try value.asArray(for: "np.select() choice"))
        }
    }
}
