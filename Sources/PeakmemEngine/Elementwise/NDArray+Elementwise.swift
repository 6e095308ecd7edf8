extension NDArray {
    /// Applies a binary ufunc with broadcasting: `op(a, b)`, optionally into `out`.
    ///
    /// Memory: without `out`, exactly one result buffer of `size(broadcast shape) · itemsize`
    /// bytes is allocated (in Fortran order when every array input of more than one dimension
    /// is Fortran- and not C-contiguous, as NumPy's `order='K'` gives, else C order); inputs of
    /// another dtype are converted block by block, never copied whole. With `out`, nothing is
    /// allocated; `out` must have the broadcast shape, and the result must cast to its dtype
    /// under NumPy's `same_kind` rule.
    ///
    /// - Throws: broadcast mismatches, NumPy's refusals (boolean subtract, negative integer
    ///   powers, a Python int out of the array dtype's bounds), output casting errors.
    public static func apply(_ op: BinaryOperator, _ a: Operand, _ b: Operand, out: NDArray? = nil)
        throws(EngineError) -> NDArray
    {
        if isComplexOperation(a, b) { return try applyComplex(op, a, b, out: out) }
        let aType = try operandDType(a, other: b)
        let bType = try operandDType(b, other: a)
        let (compute, resultType) = try op.loop(aType, bType)
        var shapes = [a.shape, b.shape]
        if let out { shapes.append(out.shape) }
        let shape = try broadcastShape(shapes)
        let result = try ufuncResult(out: out, shape: shape, dtype: resultType, order: preferredOrder([a, b]), ufunc: op.rawValue)
        if op == .power, compute.isInteger {
            try checkNonNegativeExponent(b)
        }
        let execution = BinaryExecution(op: op, a: try a.separated(from: out), b: try b.separated(from: out), out: result)
        try compute.dispatch(execution)
        return result
    }

    /// Applies a unary ufunc elementwise: `op(a)`, optionally with `dtype=` (the loop to
    /// run, see ``UnaryOperator/loop(_:requested:)``) and into `out`.
    ///
    /// Memory: without `out`, exactly one result buffer of `a.size` elements of the loop's
    /// dtype (Fortran order for a Fortran- and not C-contiguous input, else C order); an
    /// input of another dtype is converted block by block, never copied whole (NumPy's
    /// iterator buffers, which the ledger does not count). With `out`, nothing is allocated
    /// (unless `a` overlaps `out` through another view: then `a` is copied first, as NumPy
    /// does); `out` must have the broadcast shape of `a` and `out`, and the result must cast
    /// to its dtype under NumPy's `same_kind` rule.
    public static func apply(_ op: UnaryOperator, _ a: NDArray, out: NDArray? = nil, dtype: DType? = nil) throws(EngineError) -> NDArray {
        if a.dtype.isComplex, dtype == nil { return try applyComplex(op, a, out: out) }
        let compute = try op.loop(a.dtype, requested: dtype)
        var shape = a.shape
        if let out { shape = try broadcastShape([a.shape, out.shape]) }
        let result = try ufuncResult(out: out, shape: shape, dtype: compute, order: preferredOrder([.array(a)]), ufunc: op.rawValue)
        let input = out.map { a.overlapsDifferently(with: $0) } == true ? try a.copy(order: .keep) : a
        try compute.dispatch(UnaryExecution(op: op, a: input, out: result))
        return result
    }

    /// The array a ufunc writes its result into: `out` after NumPy's checks (writable, of
    /// exactly the broadcast `shape`, `dtype` casting to it under the `same_kind` rule), else
    /// a new array of `shape` and `dtype` in `order` (the one allocation of a ufunc call).
    static func ufuncResult(out: NDArray?, shape: [Int], dtype: DType, order: @autoclosure () -> MemoryOrder,
                            ufunc: String) throws(EngineError) -> NDArray {
        guard let out else { return try NDArray(empty: shape, dtype: dtype, order: order()) }
        try out.checkWritable("output array is read-only")
        guard out.shape == shape else {
            throw .badOutput("non-broadcastable output operand with shape \(EngineError.shapeText(out.shape)) doesn't match the broadcast shape \(EngineError.shapeText(shape))")
        }
        guard dtype.canCastSameKind(to: out.dtype) else {
            throw .castingRefused("Cannot cast ufunc '\(ufunc)' output from dtype('\(dtype)') to dtype('\(out.dtype)') with casting rule 'same_kind'")
        }
        return out
    }

    /// The dtype an operand takes part with: an array's own, a Python scalar's adapted to
    /// the other operand (NEP 50) or its default when both are scalars.
    static func operandDType(_ operand: Operand, other: Operand) throws(EngineError) -> DType {
        switch (operand, other) {
        case (.array(let array), _):
            return array.dtype
        case (.scalar(let scalar), .array(let array)):
            let dtype = array.dtype.promoted(withScalar: scalar.kind)
            if case .int(let value) = scalar, dtype.isInteger, !dtype.contains(value) {
                throw .integerOutOfBounds(value: value, dtype: dtype)
            }
            return dtype
        case (.scalar(let scalar), .scalar):
            return scalar.defaultDType
        }
    }

    /// `order='K'` for new results: Fortran when every array input of more than one
    /// dimension is Fortran- and not C-contiguous.
    static func preferredOrder(_ operands: [Operand]) -> MemoryOrder {
        var sawFortran = false
        for case .array(let array) in operands where array.ndim > 1 {
            if array.isFContiguous && !array.isCContiguous {
                sawFortran = true
            } else {
                return .c
            }
        }
        return sawFortran ? .fortran : .c
    }

    static func checkNonNegativeExponent(_ exponent: Operand) throws(EngineError) {
        let message = "Integers to negative integer powers are not allowed."
        switch exponent {
        case .scalar(.int(let value)) where value < 0:
            throw .invalidArgument(message)
        case .array(let array) where array.dtype != .uint8 && array.dtype != .bool:
            if try array.anyNegative() { throw .invalidArgument(message) }
        default:
            break
        }
    }
}

extension NDArray {
    /// True when both arrays use one storage but not through the same view, so writing one
    /// while reading the other elementwise could read elements already written.
    func overlapsDifferently(with other: NDArray) -> Bool {
        storage === other.storage && !(offset == other.offset && strides == other.strides && shape == other.shape)
    }
}

extension Operand {
    /// The operand itself, or a copy when it overlaps `out` through another view: NumPy
    /// copies such an input before writing the output (memory overlap resolution).
    func separated(from out: NDArray?) throws(EngineError) -> Operand {
        guard let out, case .array(let array) = self, array.overlapsDifferently(with: out) else { return self }
        return .array(try array.copy(order: .keep))
    }
}

extension DType {
    /// NumPy's `np.can_cast(self, to, casting='same_kind')`: a safe cast, or a cast within
    /// one kind or to a later kind in `bool → unsigned → signed → float`.
    public func canCastSameKind(to target: DType) -> Bool {
        func rank(_ d: DType) -> Int {
            switch d.kind {
            case "b": 0
            case "u": 1
            case "i": 2
            default: 3
            }
        }
        return rank(self) <= rank(target)
    }

    /// True when the integer `value` is representable in this integer dtype.
    func contains(_ value: Int64) -> Bool {
        switch self {
        case .uint8: (0...255).contains(value)
        case .int32: (Int64(Int32.min)...Int64(Int32.max)).contains(value)
        default: true
        }
    }
}
