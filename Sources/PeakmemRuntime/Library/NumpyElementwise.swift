import PeakmemEngine

extension FunctionRegistry {
    /// Elementwise ufuncs as functions, with `out=` (`add`, `subtract`, `multiply`, `divide`,
    /// `true_divide`, `power`, `maximum`, `minimum`, the comparisons, `negative`, `positive`),
    /// and `isclose`, `allclose`, `array_equal`. Without `out=` each allocates its result; with `out=`
    /// nothing, and it returns `out` itself.
    func registerNumpyElementwise() {
        let binary: [(String, PeakmemEngine.BinaryOperator, String)] = [
            ("add", .add, "x1 + x2 elementwise"),
            ("subtract", .subtract, "x1 - x2 elementwise"),
            ("multiply", .multiply, "x1 * x2 elementwise"),
            ("divide", .divide, "x1 / x2 elementwise (true division)"),
            ("true_divide", .divide, "x1 / x2 elementwise (true division)"),
            ("power", .power, "x1 ** x2 elementwise"),
            ("maximum", .maximum, "the elementwise maximum (NaN propagates)"),
            ("minimum", .minimum, "the elementwise minimum (NaN propagates)"),
            ("equal", .equal, "x1 == x2 elementwise (booleans)"),
            ("not_equal", .notEqual, "x1 != x2 elementwise (booleans)"),
            ("less", .less, "x1 < x2 elementwise (booleans)"),
            ("less_equal", .lessEqual, "x1 <= x2 elementwise (booleans)"),
            ("greater", .greater, "x1 > x2 elementwise (booleans)"),
            ("greater_equal", .greaterEqual, "x1 >= x2 elementwise (booleans)"),
        ]
        registerUfuncs(binary)
        let unary: [(String, PeakmemEngine.UnaryOperator, String)] = [
            ("negative", .negative, "-x elementwise"),
            ("positive", .positive, "+x elementwise (a copy)"),
        ]
        registerUfuncs(unary)
        let closeness: [ParameterSpec] = [.required("a"), .required("b"), .optional("rtol", .float(1e-05)), .optional("atol", .float(1e-08)),
                                          .optional("equal_nan", .bool(false))]
        register("numpy.isclose", closeness,
                 summary: "|a - b| <= atol + rtol * |b| elementwise (booleans), with NumPy's temporaries") { a, _ throws(RuntimeError) in
            let c = try Closeness(a)
            return try ArrayOperations.unwrap(try engine { try NDArray.isclose(c.a, c.b, rtol: c.rtol, atol: c.atol, equalNaN: c.equalNaN) })
        }
        register("numpy.allclose", closeness,
                 summary: "whether |a - b| <= atol + rtol * |b| everywhere (with np.isclose's temporaries, as in NumPy)") { a, _ throws(RuntimeError) in
            let c = try Closeness(a)
            return .bool(try engine { try NDArray.allcloseAsNumPy(c.a, c.b, rtol: c.rtol, atol: c.atol, equalNaN: c.equalNaN) })
        }
        register("numpy.array_equal", [.required("a1"), .required("a2"), .optional("equal_nan", .bool(false))],
                 summary: "whether two arrays have the same shape and elements") { a, _ throws(RuntimeError) in
            guard try !a.bool("equal_nan") else { throw .unsupported("np.array_equal(equal_nan=True) is not supported yet") }
            let x = try a.array("a1"), y = try a.array("a2")
            return .bool(try engine { try NDArray.arrayEqual(x, y) })
        }
    }

    /// Registers `numpy.<name>(x1, x2, out=None)` for each binary ufunc: without `out=` it
    /// allocates its result; with `out=` nothing, and it returns `out` itself.
    func registerUfuncs(_ ufuncs: [(String, PeakmemEngine.BinaryOperator, String)]) {
        for (name, op, summary) in ufuncs {
            register("numpy.\(name)", [.positional("x1"), .positional("x2"), .optional("out")], summary: summary) { a, _ throws(RuntimeError) in
                try ArrayOperations.binary(op, a["x1"], a["x2"], out: try a.output(), symbol: name)
            }
        }
    }

    /// Registers `numpy.<name>(x, out=None, *, dtype=None)` for each unary ufunc, with the
    /// same memory (`dtype=` picks the loop, see ``PeakmemEngine/UnaryOperator/loop(_:requested:)``).
    func registerUfuncs(_ ufuncs: [(String, PeakmemEngine.UnaryOperator, String)]) {
        for (name, op, summary) in ufuncs {
            register("numpy.\(name)", [.positional("x"), .optional("out"), .keyword("dtype")], summary: summary) { a, _ throws(RuntimeError) in
                try ArrayOperations.unary(op, a["x"], out: try a.output(), dtype: try a.dtype("dtype"), symbol: name)
            }
        }
    }
}

/// The arguments of `np.isclose` and `np.allclose`.
private struct Closeness {
    let a: NDArray, b: NDArray
    let rtol: Double, atol: Double, equalNaN: Bool

    init(_ arguments: Arguments) throws(RuntimeError) {
        a = try arguments.array("a")
        b = try arguments.array("b")
        rtol = try arguments.double("rtol")
        atol = try arguments.double("atol")
        equalNaN = try arguments.bool("equal_nan")
    }
}
