import PeakmemEngine

extension FunctionRegistry {
    /// Lookup-table tools: `np.take` (and `ndarray.take`), the bitwise ufuncs
    /// (`bitwise_and`, `bitwise_or`, `bitwise_xor`, `left_shift`, `right_shift`, `invert`,
    /// `bitwise_not`) with `out=`. Integer-array subscripts (`lut[idx]`, `lut[r, g, b]`) are
    /// the interpreter's (``Value/advancedIndexItems(_:)``).
    func registerNumpyIntegerIndexing() {
        let binary: [(String, PeakmemEngine.BinaryOperator, String)] = [
            ("bitwise_and", .bitwiseAnd, "x1 & x2 elementwise (integers, booleans)"),
            ("bitwise_or", .bitwiseOr, "x1 | x2 elementwise (integers, booleans)"),
            ("bitwise_xor", .bitwiseXor, "x1 ^ x2 elementwise (integers, booleans)"),
            ("left_shift", .leftShift, "x1 << x2 elementwise (integers)"),
            ("right_shift", .rightShift, "x1 >> x2 elementwise (integers; arithmetic for signed)"),
        ]
        for (name, op, summary) in binary {
            register("numpy.\(name)", [.positional("x1"), .positional("x2"), .optional("out")], summary: summary) { a, _ throws(RuntimeError) in
                let out = try Elementwise.output(a["out"])
                return try ArrayOperations.binary(op, a["x1"], a["x2"], out: out, symbol: name)
            }
        }
        for name in ["invert", "bitwise_not"] {
            register("numpy.\(name)", [.positional("x"), .optional("out")],
                     summary: "~x elementwise: bitwise not of integers, logical not of booleans") { a, _ throws(RuntimeError) in
                let out = try Elementwise.output(a["out"])
                return try ArrayOperations.unary(.invert, a["x"], out: out, symbol: name)
            }
        }
        register("numpy.take", [.required("a"), .required("indices"), .optional("axis"), .optional("out"),
                                .optional("mode", .string("raise"))],
                 summary: "elements at integer indices along an axis (of the flattened array by default)") { a, _ throws(RuntimeError) in
            try Lookup.take(try a.array("a"), a)
        }
        register("ndarray.take", [.required("indices"), .optional("axis"), .optional("out"), .optional("mode", .string("raise"))],
                 summary: "elements at integer indices along an axis (of the flattened array by default)") { a, _ throws(RuntimeError) in
            try Lookup.take(try a.receiverArray(), a)
        }
    }
}

/// The shared body of `np.take` and `ndarray.take`.
enum Lookup {
    static func take(_ array: NDArray, _ a: Arguments) throws(RuntimeError) -> Value {
        guard case .string("raise") = a["mode"] else {
            throw .unsupported("np.take(mode=...) other than 'raise' is not supported yet")
        }
        let indicesValue = a["indices"]
        let indices = try indicesValue.asArray(for: "take() argument 'indices'")
        let axis = try a.optionalInt("axis")
        let out = try Elementwise.output(a["out"])
        let result = try engine { try NDArray.take(array, indices, axis: axis, out: out) }
        return out != nil ? .array(result) : try ArrayOperations.unwrap(result)
    }
}
