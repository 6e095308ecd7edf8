import PeakmemEngine

extension FunctionRegistry {
    /// `np.pad` with the modes `constant`, `empty`, `edge`, `reflect`, `symmetric` and `wrap`
    /// (see ``PeakmemEngine/NDArray/padded(_:mode:)`` and docs/research/numpy-everyday-c.md).
    func registerNumpyPadding() {
        register("numpy.pad", [.required("array"), .required("pad_width"), .optional("mode", .string("constant")),
                               .keyword("constant_values"), .keyword("reflect_type"), .keyword("end_values"),
                               .keyword("stat_length")],
                 summary: "the array padded by pad_width ((before, after) per axis): mode constant, empty, edge, reflect, symmetric or wrap") { a, _ throws(RuntimeError) in
            let input = try a.array("array")
            let widths = try Padding.pairs(a["pad_width"], ndim: input.ndim, function: "pad_width") { (v) throws(RuntimeError) in
                try v.asInt(for: "np.pad() argument 'pad_width'")
            }
            let name = try a.string("mode")
            let allowed: [String: Set<String>] = [
                "constant": ["constant_values"], "empty": [], "edge": [], "wrap": [], "reflect": ["reflect_type"],
                "symmetric": ["reflect_type"], "linear_ramp": ["end_values"], "maximum": ["stat_length"],
                "mean": ["stat_length"], "median": ["stat_length"], "minimum": ["stat_length"],
            ]
            guard let keywords = allowed[name] else { throw .valueError("mode '\(name)' is not supported") }
            let given = ["constant_values", "reflect_type", "end_values", "stat_length"].filter { !a.isNone($0) }
            let refused = given.filter { !keywords.contains($0) }
            guard refused.isEmpty else {
                throw .valueError("unsupported keyword arguments for mode '\(name)': {\(refused.map { "'\($0)'" }.joined(separator: ", "))}")
            }
            if !a.isNone("reflect_type"), try a.string("reflect_type") != "even" {
                throw .unsupported("np.pad(reflect_type='\(try a.string("reflect_type"))') is not supported yet: only 'even'")
            }
            let mode: PadMode
            switch name {
            case "constant":
                let values = a.isNone("constant_values") ? .int(0) : a["constant_values"]
                mode = .constant(try Padding.pairs(values, ndim: input.ndim, function: "constant_values") { (v) throws(RuntimeError) in
                    try v.asScalar(for: "np.pad() argument 'constant_values'")
                })
            case "empty": mode = .empty
            case "edge": mode = .edge
            case "reflect": mode = .reflect
            case "symmetric": mode = .symmetric
            case "wrap": mode = .wrap
            default: throw .unsupported("np.pad(mode='\(name)') is not supported yet: use constant, empty, edge, reflect, symmetric or wrap")
            }
            return .array(try engine { try input.padded(widths, mode: mode) })
        }
    }
}

/// The argument handling of ``FunctionRegistry/registerNumpyPadding()``.
enum Padding {
    /// NumPy's `_as_pairs(x, ndim)`: one value (`(x, x)` for every axis), one `(before, after)`
    /// pair for every axis, or one pair per axis (`x` broadcast to shape `(ndim, 2)`).
    static func pairs<Element>(_ value: Value, ndim: Int, function: String,
                               _ convert: (Value) throws(RuntimeError) -> Element) throws(RuntimeError) -> [PadPair<Element>] {
        let (shape, leaves) = try nested(value)
        let items = try leaves.map { (leaf) throws(RuntimeError) in try convert(leaf) }
        if items.count == 1 { return Array(repeating: PadPair(items[0], items[0]), count: ndim) }
        if shape == [2] || shape == [1, 2] { return Array(repeating: PadPair(items[0], items[1]), count: ndim) }
        if shape == [ndim, 2] { return (0..<ndim).map { PadPair(items[2 * $0], items[2 * $0 + 1]) } }
        if shape == [ndim, 1] { return (0..<ndim).map { PadPair(items[$0], items[$0]) } }
        let described = "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
        throw .valueError("operands could not be broadcast together with remapped shapes [original->remapped]: \(described)  and requested shape (\(ndim),2)")
    }

    /// The shape and the leaves, in order, of nested tuples and lists (a rectangular nesting).
    private static func nested(_ value: Value) throws(RuntimeError) -> ([Int], [Value]) {
        let items: [Value]
        switch value {
        case .tuple(let elements): items = elements
        case .list(let storage): items = storage.elements
        default: return ([], [value])
        }
        var inner: [Int]? = nil, leaves: [Value] = []
        for item in items {
            let (shape, more) = try nested(item)
            if let inner, inner != shape { throw .valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape") }
            inner = shape
            leaves += more
        }
        return ([items.count] + (inner ?? []), leaves)
    }
}
