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
        registerUfuncs(binary)
        let notSummary = "~x elementwise: bitwise not of integers, logical not of booleans"
        registerUfuncs([("invert", .invert, notSummary), ("bitwise_not", .invert, notSummary)])
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
        let indices = try a.array("indices")
        let axis = try a.optionalInt("axis")
        let out = try a.output()
        let result = try engine { try NDArray.take(array, indices, axis: axis, out: out) }
        return try ArrayOperations.unwrap(result, out: out)
    }
}
