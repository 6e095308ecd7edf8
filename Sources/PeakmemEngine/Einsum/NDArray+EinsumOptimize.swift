/// NumPy's `optimize=` argument of `np.einsum` and `np.einsum_path`.
public enum EinsumOptimization: Sendable, Hashable {
    /// `optimize=False`: the C einsum, one pass, no intermediates.
    case none
    /// `optimize=True` (greedy), `'greedy'`, `'optimal'`, peakmem's `'memory'`, or a
    /// `(strategy, memory_limit)` tuple (the limit in elements).
    case strategy(EinsumPathStrategy, memoryLimit: Int? = nil)
    /// `optimize=['einsum_path', (0, 1), ...]`, without the marker.
    case explicit([[Int]])
}

extension NDArray {
    /// `np.einsum(subscripts, *operands, optimize=, out=, dtype=)`.
    ///
    /// With ``EinsumOptimization/none`` this is the C einsum (``einsum(_:_:out:dtype:)``).
    /// Otherwise the subscripts are parsed as NumPy's `einsum_path` parses them, the path is
    /// planned by ``EinsumPathPlanner`` and its steps are contracted in order
    /// (``einsum(_:steps:out:dtype:)``): the intermediates are exactly those NumPy 2.4 allocates.
    public static func einsum(_ subscripts: String, _ operands: [NDArray], optimize: EinsumOptimization,
                              out: NDArray? = nil, dtype: DType? = nil) throws -> NDArray {
        let dialect: EinsumSubscripts.Dialect = optimize == .none ? .c : .python
        let parsed = try EinsumSubscripts.parse(subscripts, ndims: operands.map(\.ndim), dialect: dialect)
        return try einsum(parsed, operands, optimize: optimize, out: out, dtype: dtype)
    }

    /// ``einsum(_:_:optimize:out:dtype:)`` of parsed subscripts.
    public static func einsum(_ parsed: EinsumSubscripts, _ operands: [NDArray], optimize: EinsumOptimization,
                              out: NDArray? = nil, dtype: DType? = nil) throws -> NDArray {
        if optimize == .none { return try einsum(parsed, operands, out: out, dtype: dtype) }
        let plan = try einsumPlan(parsed, operands, optimize: optimize, dtype: dtype)
        return try einsum(operands, steps: plan.steps.map { ($0.operands, $0.subscripts) }, out: out, dtype: dtype)
    }

    /// `np.einsum_path(subscripts, *operands, optimize=)`: the planned path and its report.
    /// `optimize=False` plans the single step that contracts every operand at once, as NumPy does.
    public static func einsumPlan(_ subscripts: String, _ operands: [NDArray], optimize: EinsumOptimization,
                                  dtype: DType? = nil) throws -> EinsumPlan {
        let parsed = try EinsumSubscripts.parse(subscripts, ndims: operands.map(\.ndim), dialect: .python)
        return try einsumPlan(parsed, operands, optimize: optimize, dtype: dtype)
    }

    /// ``einsumPlan(_:_:optimize:dtype:)`` of parsed subscripts.
    public static func einsumPlan(_ parsed: EinsumSubscripts, _ operands: [NDArray], optimize: EinsumOptimization,
                                  dtype: DType? = nil) throws -> EinsumPlan {
        let sizes = try parsed.sizes(for: operands.map(\.shape), dialect: .python)
        let type = try einsumResultType(operands, dtype: dtype)
        let request = EinsumPathRequest(inputs: parsed.inputs, output: parsed.output, sizes: sizes, itemSize: type.itemSize)
        switch optimize {
        case .none:
            return try EinsumPathPlanner.plan(request, explicitPath: [Array(operands.indices)])
        case .strategy(let strategy, let limit):
            var limited = request
            limited.memoryLimit = limit
            return try EinsumPathPlanner.plan(limited, strategy: strategy)
        case .explicit(let path):
            return try EinsumPathPlanner.plan(request, explicitPath: path)
        }
    }
}
