import PeakmemEngine

/// `np.random.default_rng(seed)` in scenario code: an engine ``RandomGenerator`` (PCG64) seen
/// as NumPy's `Generator` object, whose methods are registered under `Generator.`.
final class RandomGeneratorObject: RuntimeObject, @unchecked Sendable {
    let generator: RandomGenerator

    init(_ generator: RandomGenerator) { self.generator = generator }

    var typeName: String { "Generator" }
    var methodNamespace: String { "Generator" }
    var representation: String { "Generator(PCG64)" }
}

extension FunctionRegistry {
    /// `np.random.default_rng` and the `Generator` methods `random`, `integers`, `uniform`,
    /// `normal`, `standard_normal`, `exponential`, `standard_exponential`, `choice`,
    /// `permutation`, `shuffle`, `permuted`: NumPy's numbers for the same seed, bit for bit,
    /// and NumPy's buffers (see ``PeakmemEngine/RandomGenerator``). Scalar parameters only;
    /// `choice(replace=False, p=...)`, `out=` and dtypes other than float64 (int64/int32 for `integers`, float32
    /// too for `random`) are refused.
    func registerNumpyRandomGenerator() {
        declare(objectType: "Generator", attributes: [])
        declare("numpy.random.default_rng", returns: "Generator")
        register("numpy.random.default_rng", [.optional("seed")],
                 summary: "a new Generator on PCG64, seeded by SeedSequence(seed) (OS entropy for None)") { a, _ throws(RuntimeError) in
            switch a["seed"] {
            case .none:
                return .object(RandomGeneratorObject(RandomGenerator()))
            case .object(let object as RandomGeneratorObject):
                return .object(object)
            case .list, .tuple:
                let seed = try a.shape("seed")
                return .object(RandomGeneratorObject(try engine { try RandomGenerator(seed: seed) }))
            default:
                let seed = try a.int("seed")
                return .object(RandomGeneratorObject(try engine { try RandomGenerator(seed: [seed]) }))
            }
        }
        registerGeneratorSampling()
        registerGeneratorPermutations()
    }

    private func registerGeneratorSampling() {
        let floatOnly: [ParameterSpec] = [.optional("size"), .optional("dtype", .dtype(.float64)), .optional("out")]
        register("Generator.random", floatOnly, summary: "uniform samples on [0, 1) (float64, or float32 with dtype=np.float32)") { a, _ throws(RuntimeError) in
            let single = try a.dtype("dtype") == .float32
            let g = try a.generator(floatOnly: true, allowingFloat32: true)
            guard let size = try Random.size(a) else { return .float(single ? Double(g.randomFloat32()) : g.random()) }
            return .array(try engine { single ? try g.randomFloat32(size: size) : try g.random(size: size) })
        }
        register("Generator.standard_normal", floatOnly, summary: "standard normal samples (NumPy's ziggurat)") { a, _ throws(RuntimeError) in
            let g = try a.generator(floatOnly: true)
            guard let size = try Random.size(a) else { return .float(g.standardNormal()) }
            return .array(try engine { try g.standardNormal(size: size) })
        }
        register("Generator.standard_exponential", floatOnly + [.optional("method", .string("zig"))],
                 summary: "standard exponential samples (NumPy's ziggurat)") { a, _ throws(RuntimeError) in
            let g = try a.generator(floatOnly: true)
            guard try a.string("method") == "zig" else {
                throw .unsupported("Generator.standard_exponential(method='inv') is not supported yet")
            }
            guard let size = try Random.size(a) else { return .float(g.standardExponential()) }
            return .array(try engine { try g.standardExponential(size: size) })
        }
        register("Generator.normal", [.optional("loc", .float(0)), .optional("scale", .float(1)), .optional("size")],
                 summary: "normal samples loc + scale * Z") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            let loc = try Random.parameter(a, "loc"), scale = try Random.parameter(a, "scale")
            guard let size = try Random.size(a) else { return .float(try engine { try g.normal(loc: loc, scale: scale) }) }
            return .array(try engine { try g.normal(loc: loc, scale: scale, size: size) })
        }
        register("Generator.uniform", [.optional("low", .float(0)), .optional("high", .float(1)), .optional("size")],
                 summary: "uniform samples on [low, high)") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            let low = try Random.parameter(a, "low"), high = try Random.parameter(a, "high")
            guard let size = try Random.size(a) else { return .float(try engine { try g.uniform(low: low, high: high) }) }
            return .array(try engine { try g.uniform(low: low, high: high, size: size) })
        }
        register("Generator.exponential", [.optional("scale", .float(1)), .optional("size")],
                 summary: "exponential samples scale * E") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            let scale = try Random.parameter(a, "scale")
            guard let size = try Random.size(a) else { return .float(try engine { try g.exponential(scale: scale) }) }
            return .array(try engine { try g.exponential(scale: scale, size: size) })
        }
        register("Generator.integers", [.required("low"), .optional("high"), .optional("size"), .optional("dtype", .dtype(.int64)),
                                        .optional("endpoint", .bool(false))],
                 summary: "integers uniform on [low, high) ([low, high] with endpoint=True; [0, low) without high), by Lemire's method") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            if case .array = a["low"] { throw .unsupported("array-valued low= in Generator.integers is not supported; pass an integer") }
            if case .array = a["high"] { throw .unsupported("array-valued high= in Generator.integers is not supported; pass an integer") }
            let low = Int64(try a.int("low")), high = try a.optionalInt("high").map(Int64.init)
            let dtype = try a.dtype("dtype") ?? .int64, endpoint = try a.bool("endpoint")
            guard let size = try Random.size(a) else {
                let value = try engine { try g.integers(low, high, dtype: dtype, endpoint: endpoint) }
                return .arrayScalar(ArrayScalar(.int(value), dtype: dtype))
            }
            return .array(try engine { try g.integers(low, high, size: size, dtype: dtype, endpoint: endpoint) })
        }
    }

    private func registerGeneratorPermutations() {
        register("Generator.choice", [.required("a"), .optional("size"), .optional("replace", .bool(true)), .optional("p"),
                                      .optional("axis", .int(0)), .optional("shuffle", .bool(true))],
                 summary: "a random sample of range(a) or of a's entries along axis (NumPy's draws and temporaries; p= with replace=True)") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            let replace = try a.bool("replace"), shuffle = try a.bool("shuffle")
            if !replace && !a.isNone("p") { throw .unsupported("Generator.choice(replace=False, p=...) is not supported yet") }
            let size = try Random.size(a)
            let population: NDArray?
            let count: Int
            switch a["a"] {
            case .int, .bool, .arrayScalar:
                population = nil
                count = try a.int("a")
            default:
                let array = try a.array("a")
                if array.ndim == 0 {
                    population = nil
                    count = try a.int("a")
                } else {
                    population = array
                    count = array.shape[try engine { try NDArray.normalize(axis: try a.int("axis"), ndim: array.ndim) }]
                }
            }
            let picked: (indices: NDArray, hashSet: NDArray?)
            var held: [NDArray] = []
            if !a.isNone("p") {
                // NumPy's PyArray_FROM_OTF(p, NPY_DOUBLE, aligned | C-contiguous), and its tolerance:
                // sqrt(eps) of float64, or of p's own float dtype when wider.
                let given = try a.array("p")
                let weights = given.dtype == .float64 && given.isCContiguous ? given : try engine { try given.astype(.float64, order: .c) }
                let tolerance = given.dtype == .float32 && a["p"].isNumpy ? Double(Float.ulpOfOne).squareRoot() : Double.ulpOfOne.squareRoot()
                guard weights.ndim != 1 || weights.shape[0] == count else { throw .valueError("a and p must have same size") }
                let drawn = try engine { try g.choiceIndices(weights: weights, size: size ?? [], tolerance: tolerance) }
                picked = (drawn.indices, nil)
                held = drawn.held + [weights]
            } else {
                picked = try engine {
                    try g.choiceIndices(population: count, size: size ?? [], replace: replace, shuffle: shuffle, fromArray: population != nil)
                }
            }
            guard let population else {
                if size == nil { return .int(Int(try engine { try picked.indices.element([], as: Int64.self) })) }
                return .array(picked.indices)
            }
            // NumPy frees the hash set of a selection without replacement only when choice
            // returns, after the take.
            defer { withExtendedLifetime(held) {} }
            let taken = try withExtendedLifetime(picked.hashSet) { () throws(RuntimeError) -> NDArray in
                try engine { try NDArray.take(population, picked.indices, axis: try a.int("axis")) }
            }
            return size == nil ? try ArrayOperations.unwrap(taken) : .array(taken)
        }
        register("Generator.permutation", [.required("x"), .optional("axis", .int(0))],
                 summary: "a shuffled arange(x), or a shuffled copy of x along axis") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            switch a["x"] {
            case .int, .bool, .arrayScalar:
                let n = try a.int("x")
                return .array(try engine { try g.permutation(n) })
            case .array(let x):
                return .array(try engine { try g.permutation(x, axis: try a.int("axis")) })
            default:
                // np.asarray of a list is new already: NumPy shuffles it without copying.
                let x = try a.array("x")
                guard x.ndim == 1 else { return .array(try engine { try g.permutation(x, axis: try a.int("axis")) }) }
                _ = try engine { try NDArray.normalize(axis: try a.int("axis"), ndim: 1) }
                try engine { try g.shuffle(x) }
                return .array(x)
            }
        }
        register("Generator.shuffle", [.required("x"), .optional("axis", .int(0))],
                 summary: "shuffles the array x in place along axis (returns None)") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            guard case .array(let x) = a["x"] else {
                throw .unsupported("Generator.shuffle of a \(a["x"].typeName) is not supported yet; pass an array")
            }
            try engine { try g.shuffle(x, axis: try a.int("axis")) }
            return .none
        }
        register("Generator.permuted", [.required("x"), .keyword("axis"), .keyword("out")],
                 summary: "a copy of x (or out) shuffled along axis independently for each other index (flat for axis=None)") { a, _ throws(RuntimeError) in
            let g = try a.generator()
            let x = try a.array("x"), axis = try a.optionalInt("axis"), out = try a.optionalArray("out")
            return .array(try engine { try g.permuted(x, axis: axis, out: out) })
        }
    }
}

extension Arguments {
    /// The receiver as a `Generator` (for `Generator.` methods); with `floatOnly`, `dtype=`
    /// other than float64 (and float32, when `allowingFloat32`) and `out=` are refused.
    func generator(floatOnly: Bool = false, allowingFloat32: Bool = false) throws(RuntimeError) -> RandomGenerator {
        guard case .object(let object) = receiver, let generator = object as? RandomGeneratorObject else {
            throw .typeError("\(function)() needs a Generator receiver, not \(receiver.typeName)")
        }
        if floatOnly {
            if let dtype = try dtype("dtype"), dtype != .float64, !(allowingFloat32 && dtype == .float32) {
                throw .unsupported("Generator.\(function)(dtype=\(dtype)) is not supported yet; only float64")
            }
            if !isNone("out") { throw .unsupported("Generator.\(function)(out=...) is not supported yet") }
        }
        return generator.generator
    }
}
