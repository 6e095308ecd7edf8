import PeakmemEngine
import PeakmemResults

extension FunctionRegistry {
    /// `np.einsum` and `np.einsum_path`.
    ///
    /// `optimize=False` (the default) runs NumPy's C einsum: one pass, only the output
    /// allocated. `optimize=True`/`'greedy'`/`'optimal'`, peakmem's `'memory'`, a
    /// `(strategy, memory_limit)` tuple or an explicit `['einsum_path', (0, 1), ...]` plans a
    /// path (``EinsumPathPlanner``) and contracts it pair by pair as NumPy 2.4 does (`matmul`
    /// or `multiply`), each intermediate freed once consumed. Operands may be lazy einsum
    /// expressions (`peakmem.lazy.einsum`): the call is then expanded into products and
    /// evaluated term by term (see `LazyEinsum.swift`).
    func registerNumpyEinsum() {
        register("numpy.einsum", [.positional("subscripts"), .variadic("operands"), .keyword("out"),
                                  .keyword("optimize", .bool(false)), .keyword("dtype"),
                                  .keyword("order", .string("K")), .keyword("casting", .string("safe"))],
                 summary: "Einstein summation (C loop without intermediates, or a planned path of matmul/multiply steps)") { a, context throws(RuntimeError) in
            try EinsumCall(a, log: context.einsumPaths).einsum()
        }
        register("numpy.einsum_path", [.positional("subscripts"), .variadic("operands"), .keyword("optimize", .string("greedy")),
                                       .keyword("einsum_call", .bool(false))],
                 summary: "the contraction path einsum would follow and NumPy's report (plus peakmem's predicted peak)") { a, context throws(RuntimeError) in
            try EinsumCall(a, log: context.einsumPaths).path()
        }
    }
}

/// One call of `np.einsum` or `np.einsum_path`: its arguments, read as NumPy reads them.
struct EinsumCall {
    let subscripts: String
    let operands: [Value]
    let optimize: EinsumOptimization
    let dtype: DType?
    let out: NDArray?
    /// Where the planned paths are recorded, if anywhere.
    let log: EinsumPathLog?

    init(_ a: Arguments, log: EinsumPathLog? = nil) throws(RuntimeError) {
        self.log = log
        guard case .string(let text) = a["subscripts"] else {
            throw .unsupported("einsum: the subscripts must be a string; the interleaved operand/sublist form is not supported yet")
        }
        subscripts = text
        operands = a.variadic
        optimize = try Self.optimization(a["optimize"])
        dtype = try a.dtype("dtype")
        switch a["out"] {
        case .none: out = nil
        case .array(let array): out = array
        default: throw .typeError("keyword parameter out must be an array for einsum")
        }
        for (name, accepted) in [("order", "K"), ("casting", "safe")] where !a.isNone(name) {
            guard case .string(let value) = a[name], value == accepted else {
                throw .unsupported("einsum(\(name)=...) other than '\(accepted)' is not supported yet")
            }
        }
    }

    /// `np.einsum(...)`: a NumPy scalar for a 0-d result of the C einsum, as NumPy returns.
    func einsum() throws(RuntimeError) -> Value {
        try Ledger.current.withSiteDetail(subscripts) { () throws(RuntimeError) -> Value in try einsumWithSubscriptsNoted() }
    }

    /// ``einsum()`` once the ledger's site carries the subscripts.
    private func einsumWithSubscriptsNoted() throws(RuntimeError) -> Value {
        if operands.contains(where: { LazyEinsum.expression(of: $0) != nil }) {
            let expression = try LazyEinsum.build(subscripts, operands)
            let result = try einsumEngine { try expression.evaluate(optimize: optimize, dtype: dtype, onPlan: LazyEinsum.recorder(log, optimize)) }
            if let out {
                try engine { try result.assign(to: out) }
                return .array(out)
            }
            return try ArrayOperations.unwrap(result)
        }
        let arrays = try arrays()
        guard optimize != .none else {
            let result = try einsumEngine { try NDArray.einsum(subscripts, arrays, out: out, dtype: dtype) }
            return try ArrayOperations.unwrap(result, out: out)
        }
        let plan = try einsumEngine { try NDArray.einsumPlan(subscripts, arrays, optimize: optimize, dtype: dtype) }
        log?.record(EinsumPathRecord(function: "numpy.einsum", subscripts: subscripts, optimization: optimize, plan: plan))
        let steps = plan.steps.map { (operands: $0.operands, subscripts: $0.subscripts) }
        let result = try einsumEngine { try NDArray.einsum(arrays, steps: steps, out: out, dtype: dtype) }
        if let out { return .array(out) }
        // A path ending in a pairwise step returns matmul's 0-d array, not a scalar (as NumPy).
        return plan.steps.last?.operands.count == 2 ? .array(result) : try ArrayOperations.unwrap(result)
    }

    /// `np.einsum_path(...)`: `(['einsum_path', (0, 1), ...], report)`.
    func path() throws(RuntimeError) -> Value {
        let arrays = try arrays()
        let plan = try einsumEngine { try NDArray.einsumPlan(subscripts, arrays, optimize: optimize, dtype: dtype) }
        log?.record(EinsumPathRecord(function: "numpy.einsum_path", subscripts: subscripts, optimization: optimize, plan: plan))
        let steps = plan.path.map { Value.tuple($0.map { .int($0) }) }
        return .tuple([.list(ListStorage([.string("einsum_path")] + steps)), .string(plan.report)])
    }

    private func arrays() throws(RuntimeError) -> [NDArray] {
        var arrays: [NDArray] = []
        for (index, value) in operands.enumerated() { arrays.append(try value.asArray(for: "einsum() operand \(index)")) }
        return arrays
    }

    /// NumPy's `optimize=` values.
    static func optimization(_ value: Value) throws(RuntimeError) -> EinsumOptimization {
        func strategy(_ name: String) throws(RuntimeError) -> EinsumPathStrategy {
            switch name {
            case "greedy": return .greedy
            case "optimal": return .optimal
            case "memory": return .memory
            default: throw RuntimeError("KeyError", "('Path name %s not found', '\(name)')")
            }
        }
        switch value {
        case .bool(false), .none: return .none
        case .bool(true): return .strategy(.greedy)
        case .string(let name): return .strategy(try strategy(name))
        case .tuple(let items) where items.count == 2:
            if case .string(let name) = items[0] {
                let limit: Int
                switch items[1] {
                case .int(let n): limit = n
                case .float(let d): limit = Int(d)
                default: throw .typeError("Did not understand the path: \(value.pythonRepresentation)")
                }
                return .strategy(try strategy(name), memoryLimit: limit)
            }
        default: break
        }
        let items: [Value]
        switch value {
        case .list(let storage): items = storage.elements
        case .tuple(let elements): items = elements
        default: throw .typeError("Did not understand the path: \(value.pythonRepresentation)")
        }
        guard case .string("einsum_path")? = items.first else { throw .typeError("Did not understand the path: \(value.pythonRepresentation)") }
        var path: [[Int]] = []
        for step in items.dropFirst() {
            guard case .tuple(let positions) = step else { throw .typeError("einsum_path steps must be tuples of operand positions") }
            var list: [Int] = []
            for position in positions { list.append(try position.asInt(for: "einsum_path step")) }
            path.append(list)
        }
        return .explicit(path)
    }
}

/// Runs an einsum engine call: engine errors become NumPy's exceptions, planning errors
/// NumPy's (`RuntimeError` for a path that leaves operands, `ValueError` otherwise).
func einsumEngine<T>(_ body: () throws -> T) throws(RuntimeError) -> T {
    try engine {
        do {
            return try body()
        } catch let error as EinsumPathError {
            if case .incompletePath = error { throw RuntimeError("RuntimeError", error.description) }
            throw RuntimeError.valueError(error.description)
        }
    }
}
