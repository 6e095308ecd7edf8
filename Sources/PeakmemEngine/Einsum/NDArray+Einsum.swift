import PeakmemResults
extension NDArray {
    /// `np.einsum(subscripts, *operands, optimize=False, out=, dtype=)`: NumPy's C einsum.
    ///
    /// The result is `Σ ∏ₖ operandₖ[labelsₖ]` over every label not in the output, computed in one
    /// pass (``EinsumLoop``) with no intermediate arrays. Memory: the output only,
    /// `∏ output lengths · itemsize` bytes in C order, zeroed (none when `out` is given). A
    /// single operand whose output keeps every label (a transpose, a diagonal `ii->i`) is
    /// returned as a view, as NumPy does, and allocates nothing.
    ///
    /// - Parameters:
    ///   - dtype: the computation and result type (NumPy's `dtype=`, cast under the `safe` rule);
    ///     by default the promotion of the operands' types.
    ///   - out: receives the result; its shape must be the output's, and the computation runs
    ///     in its dtype when that differs (allowed when the result type casts safely to it).
    public static func einsum(_ subscripts: String, _ operands: [NDArray], out: NDArray? = nil, dtype: DType? = nil) throws(EngineError) -> NDArray {
        let parsed = try EinsumSubscripts.parse(subscripts, ndims: operands.map(\.ndim), dialect: .c)
        return try einsum(parsed, operands, out: out, dtype: dtype)
    }

    /// The C einsum of already parsed subscripts (see ``einsum(_:_:out:dtype:)``).
    public static func einsum(_ subscripts: EinsumSubscripts, _ operands: [NDArray], out: NDArray? = nil, dtype: DType? = nil) throws(EngineError) -> NDArray {
        let sizes = try subscripts.sizes(for: operands.map(\.shape), dialect: .c)
        let type = try einsumResultType(operands, dtype: dtype)
        let shape = subscripts.output.map { sizes[$0]! }
        if operands.count == 1, out == nil, dtype == nil || dtype == operands[0].dtype,
           Set(subscripts.inputs[0]) == Set(subscripts.output) {
            return operands[0].einsumView(labels: subscripts.inputs[0], output: subscripts.output, shape: shape)
        }
        // Labels summed away (of length > 1): the output is zeroed and added into.
        let summing = subscripts.inputs.joined().contains { !subscripts.output.contains($0) && sizes[$0]! > 1 }
        let result: NDArray
        if let out {
            guard out.shape == shape else {
                throw .badOutput("non-broadcastable output operand with shape \(EngineError.shapeText(out.shape)) doesn't match the broadcast shape \(EngineError.shapeText(shape))")
            }
            guard type.canCastSafely(to: out.dtype) else {
                throw .castingRefused("Cannot cast array data from dtype('\(type)') to dtype('\(out.dtype)') according to the rule 'safe'")
            }
            try out.fill(.int(0))
            result = out
        } else {
            result = try NDArray(empty: shape, dtype: type, zeroed: summing)
        }
        try result.dtype.dispatch(EinsumLoop(subscripts: subscripts, sizes: sizes, operands: operands, output: result,
                                             accumulate: summing || out != nil))
        return result
    }

    /// The type einsum computes in: `dtype` when given (operands must cast to it under the
    /// `safe` rule), else the promotion of all operands' types.
    static func einsumResultType(_ operands: [NDArray], dtype: DType?) throws(EngineError) -> DType {
        guard let first = operands.first else { throw .invalidArgument("No input operands") }
        guard let dtype else { return operands.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) } }
        for operand in operands where !operand.dtype.canCastSafely(to: dtype) {
            throw .castingRefused("Cannot cast array data from dtype('\(operand.dtype)') to dtype('\(dtype)') according to the rule 'safe'")
        }
        return dtype
    }

    /// The view `einsum` returns for one operand whose labels all survive: each output
    /// dimension strides by the sum of the strides of the axes carrying its label (a diagonal
    /// for a repeated label).
    func einsumView(labels: [Character], output: [Character], shape: [Int]) -> NDArray {
        let strides = output.map { label in
            labels.indices.filter { labels[$0] == label }.reduce(0) { $0 + self.strides[$1] }
        }
        return NDArray(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset)
    }
}

extension DType {
    /// NumPy's `can_cast(self, other, 'safe')` for the engine's dtypes: every value of `self`
    /// is represented exactly (bool to anything; uint8 to wider integers and floats; int32 to
    /// int64 and float64; int64 and float32 to float64).
    public func canCastSafely(to other: DType) -> Bool {
        if self == other { return true }
        switch self {
        case .bool: return true
        case .uint8: return other != .bool
        case .int32: return other == .int64 || other == .float64
        case .int64: return other == .float64 || other == .complex128
        case .float32: return other == .float64 || other.isComplex
        case .float64, .complex64: return other == .complex128
        case .complex128: return false
        }
    }
}

extension NDArray {
    /// `np.einsum(..., optimize=path)`: the contractions of a path done in order, as NumPy's
    /// `einsumfunc.einsum` does them.
    ///
    /// Each step takes the operands at `operands` (positions in the current list, removed from
    /// the highest position down, as NumPy pops them) and appends its result to the list:
    /// two operands are contracted by ``EinsumPairwise`` (NumPy 2.4's `bmm_einsum`: `matmul`
    /// or `multiply`), one or more than two by the C einsum. `out` is used by the last step
    /// only and `dtype` by every step. The operands a step consumed are released when the step
    /// is done, so an intermediate lives exactly until the step that uses it has made its
    /// result — the buffers NumPy's loop holds (`del tmp_operands, new_view`).
    public static func einsum(_ operands: [NDArray], steps: [(operands: [Int], subscripts: String)],
                              out: NDArray? = nil, dtype: DType? = nil) throws(EngineError) -> NDArray {
        var list = operands
        for (number, step) in steps.enumerated() {
            let last = number == steps.count - 1
            var taken: [NDArray] = []
            for position in step.operands.sorted(by: >) {
                guard list.indices.contains(position) else {
                    throw .invalidArgument("einsum path step \(number) names operand \(position), but only \(list.count) remain")
                }
                taken.append(list.remove(at: position))
            }
            let contract = { () throws(EngineError) -> NDArray in
                if taken.count == 2 {
                    return try EinsumPairwise(step.subscripts).run(taken[0], taken[1], out: last ? out : nil, dtype: dtype)
                }
                let parsed = try EinsumSubscripts.parse(step.subscripts, ndims: taken.map(\.ndim), dialect: .python)
                return try einsum(parsed, taken, out: last ? out : nil, dtype: dtype)
            }
            // Every step but the last makes an intermediate (the last one the result).
            let result = last ? try contract()
                : try Ledger.current.withRole(.einsumIntermediate(step: number + 1, steps: steps.count, subscripts: step.subscripts), contract)
            taken.removeAll()
            list.append(result)
        }
        guard list.count == 1 else {
            throw .invalidArgument("Invalid einsum_path is specified: \(list.count - 1) more operands has to be contracted.")
        }
        return list[0]
    }
}
