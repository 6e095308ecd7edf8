extension NDArray {
    /// `np.select(condlist, choicelist, default)`: for each element, the value of the first
    /// choice whose condition is true there, else `default`.
    ///
    /// As NumPy 2.4.6's `numpy/lib/_function_base_impl.py`: the result dtype is
    /// `np.result_type` of the choices and the default (Python numbers weak, NEP 50); the
    /// conditions are broadcast together, the choices and the default together; the result has
    /// the conditions' shape (broadcast with the first choice's when that is not 0-d), is filled
    /// with the default (`np.full`), then each choice is written where its condition holds, last
    /// choice first (`np.copyto(result, choice, where=cond)`).
    ///
    /// Memory: the result, and an 8-byte (1-byte for `bool`) 0-d array for every Python number
    /// among the choices and the default, live until the function returns (NumPy's
    /// `np.asarray` of each, from `np.broadcast_arrays`); nothing else.
    ///
    /// - Throws: `ValueError` for lists of different lengths or empty ones, `TypeError` "invalid
    ///   entry i in condlist: should be boolean ndarray", broadcasting errors.
    public static func select(_ conditions: [NDArray], _ choices: [Operand], default fallback: Operand) throws(EngineError) -> NDArray {
        guard conditions.count == choices.count else {
            throw .invalidArgument("list of cases must be same length as list of conditions")
        }
        guard !conditions.isEmpty else { throw .invalidArgument("select with an empty condition list is not possible") }
        let all = choices + [fallback]
        let dtype = resultType(all)
        let values = try all.map { (operand) throws(EngineError) -> NDArray in
            switch operand {
            case .array(let array): return array
            case .scalar(let scalar): return try NDArray.full([], scalar, dtype: scalar.defaultDType)
            }
        }
        let conditionShape = try broadcastShape(conditions.map(\.shape))
        let choiceShape = try broadcastShape(values.map(\.shape))
        for (index, condition) in conditions.enumerated() where condition.dtype != .bool {
            throw .unsupportedOperation("invalid entry \(index) in condlist: should be boolean ndarray")
        }
        let shape = choiceShape.isEmpty ? conditionShape : try broadcastShape([conditionShape, choiceShape])
        let result = try NDArray(empty: shape, dtype: dtype)
        try values[values.count - 1].broadcast(to: choiceShape).assign(to: result)
        for index in stride(from: choices.count - 1, through: 0, by: -1) {
            try result.copy(from: values[index].broadcast(to: choiceShape), where: conditions[index].broadcast(to: conditionShape))
        }
        withExtendedLifetime(values) {}
        return result
    }

    /// NumPy's `np.result_type` of arrays and weak Python numbers: the arrays' promoted dtype,
    /// raised to float64 by a Python float over integers or to int64 by a Python int over bool;
    /// with numbers only, the highest kind's default dtype.
    static func resultType(_ operands: [Operand]) -> DType {
        var arrays: DType?
        var kinds: [ScalarKind] = []
        for operand in operands {
            switch operand {
            case .array(let array): arrays = arrays.map { DType.promote($0, array.dtype) } ?? array.dtype
            case .scalar(let scalar): kinds.append(scalar.kind)
            }
        }
        guard var type = arrays else {
            if kinds.contains(.float) { return .float64 }
            return kinds.contains(.int) ? .int64 : .bool
        }
        for kind in kinds { type = type.promoted(withScalar: kind) }
        return type
    }

    /// `np.copyto(self, source, where=mask)` (casting as C casts): writes the elements of
    /// `source` (broadcast to this shape) where `mask` (broadcast) is true. Allocates nothing.
    public func copy(from source: NDArray, where mask: NDArray) throws(EngineError) {
        try checkWritable()
        guard mask.dtype == .bool else {
            throw .castingRefused("Cannot cast array data from dtype('\(mask.dtype)') to dtype('bool') according to the rule 'safe'")
        }
        guard try NDArray.broadcastShape([mask.shape, source.shape, shape]) == shape else {
            throw .broadcastMismatch([shape, source.shape, mask.shape])
        }
        try dtype.dispatch(MaskedCopy(target: self, source: source, mask: mask))
    }
}

/// Writes the converted elements of a source where a boolean mask is true.
private struct MaskedCopy: DTypeVisitor {
    let target: NDArray
    let source: NDArray
    let mask: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let plan = StridedLoop(shape: target.shape, strides: [target.strides, source.broadcastStrides(to: target.shape),
                                                              mask.broadcastStrides(to: target.shape)])
        let from = source.dtype
        try plan.forEachRun(bases: [target.baseAddress, source.baseAddress, mask.baseAddress]) { p, s, n throws(EngineError) in
            for i in 0 ..< n where (p[2] + i * s[2]).load(as: Bool.self) {
                (p[0] + i * s[0]).storeBytes(of: ElementReader<T>.read(p[1] + i * s[1], dtype: from), as: T.self)
            }
        }
        withExtendedLifetime((target, source, mask)) {}
    }
}
