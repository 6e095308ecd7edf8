import PeakmemEngine

extension FunctionRegistry {
    /// `np.median`, `np.percentile`, `np.quantile`, with NumPy 2.4.6's buffers: a partitioned
    /// copy of the input, then result-sized temporaries (see
    /// ``PeakmemEngine/NDArray/median(_:axis:keepdims:overwriteInput:)``,
    /// ``PeakmemEngine/NDArray/quantile(_:q:axis:method:keepdims:overwriteInput:)`` and
    /// docs/research/numpy-order-statistics.md).
    func registerNumpyOrderStatistics() {
        register("numpy.median", [.required("a"), .optional("axis"), .optional("out"), .optional("overwrite_input", .bool(false)),
                                  .optional("keepdims", .bool(false))],
                 summary: "the median along axis (None: of every element): the middle value, or the mean of the two middle values") { a, _ throws(RuntimeError) in
            try OrderStatistics.refuseOut(a)
            let input = try a.array("a"), axis = try OrderStatistics.axis(a)
            let keepdims = try a.bool("keepdims"), overwrite = try a.bool("overwrite_input")
            return try ArrayOperations.unwrap(try engine {
                try NDArray.median(input, axis: axis, keepdims: keepdims, overwriteInput: overwrite)
            })
        }
        register("numpy.nanmedian", [.required("a"), .optional("axis"), .optional("out"), .optional("overwrite_input", .bool(false)),
                                     .optional("keepdims", .bool(false))],
                 summary: "the median of the elements that are not NaN (axis=None only)") { a, _ throws(RuntimeError) in
            try OrderStatistics.refuseOut(a)
            try OrderStatistics.refuseNanAxis(a)
            let input = try a.array("a"), overwrite = try a.bool("overwrite_input")
            return try ArrayOperations.unwrap(try engine { try NDArray.nanMedian(input, overwriteInput: overwrite) })
        }
        let kinds: [(String, Double, String)] = [
            ("percentile", 100, "the q-th percentiles (q in [0, 100]) along axis, interpolated by method (default 'linear')"),
            ("quantile", 1, "the q-th quantiles (q in [0, 1]) along axis, interpolated by method (default 'linear')"),
        ]
        for (name, scale, summary) in kinds {
            register("numpy.\(name)", [.required("a"), .required("q"), .optional("axis"), .optional("out"),
                                       .optional("overwrite_input", .bool(false)), .optional("method", .string("linear")),
                                       .optional("keepdims", .bool(false)), .keyword("weights"), .keyword("interpolation")],
                     summary: summary) { a, _ throws(RuntimeError) in
                try OrderStatistics.quantile(a, scale: scale)
            }
            register("numpy.nan\(name)", [.required("a"), .required("q"), .optional("axis"), .optional("out"),
                                          .optional("overwrite_input", .bool(false)), .optional("method", .string("linear")),
                                          .optional("keepdims", .bool(false)), .keyword("weights")],
                     summary: "as np.\(name), of the elements that are not NaN (axis=None only)") { a, _ throws(RuntimeError) in
                try OrderStatistics.refuseNanAxis(a)
                return try OrderStatistics.quantile(a, scale: scale, ignoringNaN: true)
            }
        }
    }
}

/// The argument handling of ``FunctionRegistry/registerNumpyOrderStatistics()``.
enum OrderStatistics {
    /// `out=` is not supported yet.
    static func refuseOut(_ a: Arguments) throws(RuntimeError) {
        guard a.isNone("out") else { throw .unsupported("\(a.function)(out=...) is not supported yet") }
    }

    /// `axis=`: None or one int (a tuple of several axes is not supported yet).
    static func axis(_ a: Arguments) throws(RuntimeError) -> Int? {
        guard let axes = try Reductions.axes(a["axis"], function: a.function) else { return nil }
        guard axes.count == 1 else { throw .unsupported("\(a.function)(axis=<tuple>) is not supported yet: pass one axis or None") }
        return axes[0]
    }

    /// `np.nanmedian`, `np.nanpercentile`, `np.nanquantile` run with `axis=None` (and no
    /// `keepdims`) only: NumPy's per-axis path (`apply_along_axis`, masked arrays) is not
    /// modelled yet.
    static func refuseNanAxis(_ a: Arguments) throws(RuntimeError) {
        guard a.isNone("axis") else { throw .unsupported("\(a.function)(axis=...) is not supported yet: only axis=None") }
        guard try !a.bool("keepdims") else { throw .unsupported("\(a.function)(keepdims=True) is not supported yet") }
    }

    /// `np.percentile` (`scale` 100) / `np.quantile` (`scale` 1), and their `nan` versions.
    static func quantile(_ a: Arguments, scale: Double, ignoringNaN: Bool = false) throws(RuntimeError) -> Value {
        try refuseOut(a)
        guard a.isNone("weights") else { throw .unsupported("\(a.function)(weights=...) is not supported yet") }
        guard a.isNone("interpolation") else {
            throw .typeError("\(a.function)() got an unexpected keyword argument 'interpolation' (NumPy 2.4 removed it: use method=)")
        }
        let input = try a.array("a"), axis = try axis(a)
        let methodName = try a.string("method")
        guard let method = QuantileMethod(rawValue: methodName) else {
            if QuantileMethod.unsupportedNames.contains(methodName) {
                throw .unsupported("\(a.function)(method='\(methodName)') is not supported yet")
            }
            let names = (QuantileMethod.allCases.map(\.rawValue) + QuantileMethod.unsupportedNames).sorted()
            throw .valueError("'\(methodName)' is not a valid method. Use one of: \(names.joined(separator: ", "))")
        }
        let weak: Bool
        switch a["q"] {
        case .int, .float: weak = true
        default: weak = false
        }
        // np.asanyarray(q) (np.true_divide(q, 100) for percentiles): q's own small array.
        let qArray = try a.array("q")
        let values = qArray.elements(as: Double.self).map { $0 / scale }
        guard values.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw .valueError(scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
        }
        guard qArray.ndim <= 1 else { throw .valueError("q must be a scalar or 1d") }
        let q = NDArray.Quantiles(values: values, shape: qArray.shape, isPythonScalar: weak,
                                  isIntegral: scale == 1 && (qArray.dtype.isInteger || qArray.dtype == .bool))
        let keepdims = try a.bool("keepdims"), overwrite = try a.bool("overwrite_input")
        return try ArrayOperations.unwrap(try engine {
            ignoringNaN ? try NDArray.nanQuantile(input, q: q, method: method, overwriteInput: overwrite)
                        : try NDArray.quantile(input, q: q, axis: axis, method: method, keepdims: keepdims, overwriteInput: overwrite)
        })
    }
}
