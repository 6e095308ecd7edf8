import PeakmemEngine

extension FunctionRegistry {
    /// `np.random`: NumPy's legacy global generator, bit for bit (`seed`, `randn`, `rand`,
    /// `standard_normal`, `normal`, `uniform`, `randint`, `random_sample`, `random`). Without
    /// a size these return Python numbers, as NumPy does; with one, a new C-ordered array.
    func registerNumpyRandom() {
        register("numpy.random.seed", [.optional("seed")], summary: "re-seeds the global generator (an int in [0, 2**32), a list of them, or None)") { a, context throws(RuntimeError) in
            switch a["seed"] {
            case .none: try engine { try context.random.seed(nil) }
            case .list, .tuple:
                let key = try a.shape("seed")
                try engine { try context.random.seed(array: key) }
            default:
                let seed = try a.int("seed")
                try engine { try context.random.seed(seed) }
            }
            return .none
        }
        register("numpy.random.randn", [.variadic("d")], summary: "standard normal samples, in an array of shape d (a float without d)") { a, context throws(RuntimeError) in
            if a.variadic.isEmpty { return .float(context.random.randn()) }
            let shape = try Random.dimensions(a)
            return .array(try engine { try context.random.randn(shape) })
        }
        register("numpy.random.rand", [.variadic("d")], summary: "uniform samples on [0, 1), in an array of shape d (a float without d)") { a, context throws(RuntimeError) in
            if a.variadic.isEmpty { return .float(context.random.rand()) }
            let shape = try Random.dimensions(a)
            return .array(try engine { try context.random.rand(shape) })
        }
        register("numpy.random.standard_normal", [.optional("size")], summary: "standard normal samples") { a, context throws(RuntimeError) in
            guard let size = try Random.size(a) else { return .float(context.random.standardNormal()) }
            return .array(try engine { try context.random.standardNormal(size: size) })
        }
        register("numpy.random.normal", [.optional("loc", .float(0)), .optional("scale", .float(1)), .optional("size")],
                 summary: "normal samples with mean loc and standard deviation scale") { a, context throws(RuntimeError) in
            let loc = try Random.parameter(a, "loc"), scale = try Random.parameter(a, "scale")
            guard let size = try Random.size(a) else { return .float(try engine { try context.random.normal(loc: loc, scale: scale) }) }
            return .array(try engine { try context.random.normal(loc: loc, scale: scale, size: size) })
        }
        register("numpy.random.uniform", [.optional("low", .float(0)), .optional("high", .float(1)), .optional("size")],
                 summary: "uniform samples on [low, high)") { a, context throws(RuntimeError) in
            let low = try Random.parameter(a, "low"), high = try Random.parameter(a, "high")
            guard let size = try Random.size(a) else { return .float(try engine { try context.random.uniform(low: low, high: high) }) }
            return .array(try engine { try context.random.uniform(low: low, high: high, size: size) })
        }
        register("numpy.random.randint", [.required("low"), .optional("high"), .optional("size"), .optional("dtype", .function("builtins.int"))],
                 summary: "integers uniform on [low, high) (on [0, low) without high)") { a, context throws(RuntimeError) in
            let low = Int64(try a.int("low")), high = try a.optionalInt("high").map(Int64.init)
            let dtype = try a.dtype("dtype") ?? .int64
            guard let size = try Random.size(a) else {
                let value = try engine { try context.random.randint(low, high, dtype: dtype) }
                if dtype == .int64 { return .int(Int(value)) }
                return .arrayScalar(ArrayScalar(.int(value), dtype: dtype))
            }
            return .array(try engine { try context.random.randint(low, high, size: size, dtype: dtype) })
        }
        for name in ["random_sample", "random"] {
            register("numpy.random.\(name)", [.optional("size")], summary: "uniform samples on [0, 1)") { a, context throws(RuntimeError) in
                guard let size = try Random.size(a) else { return .float(context.random.randomSample()) }
                return .array(try engine { try context.random.randomSample(size: size) })
            }
        }
    }
}

/// Helpers of the random functions.
enum Random {
    /// The `*d` dimensions of `randn`/`rand`.
    static func dimensions(_ a: Arguments) throws(RuntimeError) -> [Int] {
        try a.variadic.map { (value) throws(RuntimeError) in try value.asInt(for: "\(a.function)()") }
    }

    /// The `size=` argument: nil for `None`, else a shape.
    static func size(_ a: Arguments) throws(RuntimeError) -> [Int]? {
        a.isNone("size") ? nil : try a.shape("size")
    }

    /// A distribution parameter: a number (arrays of parameters are not supported).
    static func parameter(_ a: Arguments, _ name: String) throws(RuntimeError) -> Double {
        if case .array = a[name] {
            throw .unsupported("array-valued \(name)= in np.random.\(a.function) is not supported; pass a number")
        }
        return try a.double(name)
    }
}
