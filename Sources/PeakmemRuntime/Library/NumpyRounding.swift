import PeakmemEngine

extension FunctionRegistry {
    /// `np.floor_divide`, `np.remainder`/`np.mod`, the logical ufuncs (`logical_and`,
    /// `logical_or`, `logical_xor`, `logical_not`), `np.clip` and `np.round`/`np.around`
    /// with the `clip` and `round` methods. Each allocates its result only (nothing with
    /// `out=`), but for `np.round` of an integer array with negative `decimals`, which makes
    /// a float64 temporary first, as NumPy does.
    func registerNumpyRounding() {
        registerUfuncs([
            ("floor_divide", .floorDivide, "x1 // x2 elementwise (rounded toward minus infinity; integer division by zero gives 0)"),
            ("remainder", .remainder, "x1 % x2 elementwise, with the sign of x2 (integer division by zero gives 0)"),
            ("mod", .remainder, "x1 % x2 elementwise, with the sign of x2 (integer division by zero gives 0)"),
            ("logical_and", .logicalAnd, "x1 and x2 elementwise (nonzero is true), as booleans"),
            ("logical_or", .logicalOr, "x1 or x2 elementwise (nonzero is true), as booleans"),
            ("logical_xor", .logicalXor, "x1 xor x2 elementwise (nonzero is true), as booleans"),
        ] as [(String, PeakmemEngine.BinaryOperator, String)])
        register("numpy.logical_not", [.positional("x"), .optional("out")], summary: "not x elementwise (zero is false), as booleans") { a, _ throws(RuntimeError) in
            // NumPy's logical_not loops test `x == 0` in x's dtype; a weak False compares so.
            try ArrayOperations.binary(.equal, a["x"], .bool(false), out: try a.output(), symbol: "logical_not")
        }
        let clipSummary = "the elements limited to [min, max] (NaN propagates; a None bound is not applied)"
        register("numpy.clip", [.required("a"), .optional("a_min", Rounding.notGiven), .optional("a_max", Rounding.notGiven), .optional("out"),
                                .keyword("min", Rounding.notGiven), .keyword("max", Rounding.notGiven)],
                 summary: clipSummary) { a, _ throws(RuntimeError) in
            let bounds = try Rounding.clipBounds(a)
            return try Rounding.clip(a, input: a.array("a"), lower: bounds.lower, upper: bounds.upper)
        }
        register("ndarray.clip", [.optional("min"), .optional("max"), .optional("out")], summary: clipSummary) { a, _ throws(RuntimeError) in
            try Rounding.clip(a, input: a.receiverArray(), lower: a["min"], upper: a["max"])
        }
        let roundParameters: [ParameterSpec] = [.optional("decimals", .int(0)), .optional("out")]
        let roundSummary = "the elements rounded to decimals places (halves to even); integers stay integers"
        registerFunctionAndMethod("round", roundParameters, summary: roundSummary) { a, input throws(RuntimeError) in
            try Rounding.round(a, input: input)
        }
        register("numpy.around", [.required("a")] + roundParameters, summary: roundSummary) { a, _ throws(RuntimeError) in
            try Rounding.round(a, input: a.array("a"))
        }
    }
}

/// The argument handling of `np.clip` and `np.round`.
enum Rounding {
    /// The default of `np.clip`'s bounds, standing for NumPy's `np._NoValue` (an argument not
    /// given, which `None` is not).
    static let notGiven = Value.ellipsis

    /// `np.clip`'s `a_min`/`a_max` or `min`/`max`, with NumPy 2.4.6's checks.
    static func clipBounds(_ a: Arguments) throws(RuntimeError) -> (lower: Value, upper: Value) {
        func given(_ name: String) -> Bool {
            if case .ellipsis = a[name] { return false }
            return true
        }
        switch (given("a_min"), given("a_max")) {
        case (false, false):
            return (given("min") ? a["min"] : .none, given("max") ? a["max"] : .none)
        case (false, true): throw .typeError("clip() missing 1 required positional argument: 'a_min'")
        case (true, false): throw .typeError("clip() missing 1 required positional argument: 'a_max'")
        case (true, true):
            if given("min") || given("max") {
                throw .valueError("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.")
            }
            return (a["a_min"], a["a_max"])
        }
    }

    /// `np.clip(a, lower, upper, out=)`: `None` bounds are not applied.
    static func clip(_ a: Arguments, input: NDArray, lower: Value, upper: Value) throws(RuntimeError) -> Value {
        let out = try a.output()
        func bound(_ value: Value) throws(RuntimeError) -> Operand? {
            if case .none = value { return nil }
            return try ArrayOperations.operand(value, op: "clip", other: .array(input), isLeft: false)
        }
        let low = try bound(lower), high = try bound(upper)
        let result = try engine { try NDArray.clip(input, min: low, max: high, out: out) }
        return try ArrayOperations.unwrap(result, out: out)
    }

    /// `np.round(a, decimals, out=)`.
    static func round(_ a: Arguments, input: NDArray) throws(RuntimeError) -> Value {
        let decimals = try a.int("decimals"), out = try a.output()
        let result = try engine { try NDArray.round(input, decimals: decimals, out: out) }
        return try ArrayOperations.unwrap(result, out: out)
    }
}
