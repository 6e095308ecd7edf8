import PeakmemEngine
import PeakmemLanguage

/// NumPy's operators and ufuncs on scenario values, through the engine.
///
/// Operands: arrays as they are; Python numbers as NumPy 2's *weak* scalars (they allocate no
/// buffer and adapt to the array's dtype); NumPy scalars as 0-d arrays of their *strong* dtype,
/// made on the scratch ledger (so that, like Python scalars, they cost no measured buffer);
/// lists and tuples as new arrays (as `np.asarray` would make them, allocating).
///
/// Results: without `out=`, a 0-d result becomes a NumPy scalar, as a ufunc returns one.
/// When no operand is an array (NumPy scalars and Python numbers only), the computation runs
/// on a private scratch ledger: NumPy's scalar arithmetic allocates no array buffer, so the
/// measured ledger must not see the 0-d arrays the engine computes with.
///
/// The operands are taken `consuming`: an operation owns the temporaries it is given. For an
/// operator expression (`elide: true`) an array operand that nothing else refers to — the
/// result of a sub-expression or a call, never a variable's array — is a temporary, and the
/// operation may reuse its buffer as NumPy's temporary elision does (``TemporaryElision``).
enum ArrayOperations {
    /// The ledger scalar-only arithmetic allocates in; nobody reads it.
    static let scratchLedger = Ledger()

    /// `op(a, b)`, or `op(a, b, out=out)`.
    static func binary(_ op: PeakmemEngine.BinaryOperator, _ a: consuming Value, _ b: consuming Value,
                       out: NDArray? = nil, symbol: String) throws(RuntimeError) -> Value {
        let left = a, right = b
        return try result(measured: left.involvesArray || right.involvesArray, out: out) { () throws(RuntimeError) in
            let x = try operand(left, op: symbol, other: right, isLeft: true)
            let y = try operand(right, op: symbol, other: left, isLeft: false)
            return try engine { try NDArray.apply(op, x, y, out: out) }
        }
    }

    /// `a op b` for an operator whose operands the interpreter gives up, one of them an array:
    /// the arrays are taken out of the consumed operands (so that nothing else holds a
    /// temporary) before anything else, and a temporary is reused as the result when NumPy
    /// would (``TemporaryElision``); the other operand is converted afterwards.
    static func binaryEliding(_ op: PeakmemEngine.BinaryOperator, _ a: consuming Value, _ b: consuming Value,
                              symbol: String) throws(RuntimeError) -> Value {
        var left = a.takeArray(), right = b.takeArray()
        let aTemporary = left?.isUniquelyReferencedBuffer() ?? false
        let bTemporary = right?.isUniquelyReferencedBuffer() ?? false
        let x: Operand, y: Operand
        if let left { x = .array(left) } else if let right {
            x = try operand(a, op: symbol, other: .array(right), isLeft: true)
        } else { preconditionFailure("one operand is an array") }
        if let right { y = .array(right) } else if let left {
            y = try operand(b, op: symbol, other: .array(left), isLeft: false)
        } else { preconditionFailure("one operand is an array") }
        return try unwrap(try engine { try TemporaryElision.apply(op, x, aIsTemporary: aTemporary, y, bIsTemporary: bTemporary) })
    }

    /// `-a`, `+a`, `~a` or `abs(a)` for an array operand given up by its only owner: in place
    /// into its buffer when NumPy would (``TemporaryElision``).
    static func unaryEliding(_ op: PeakmemEngine.UnaryOperator, _ a: consuming Value, symbol: String) throws(RuntimeError) -> Value {
        guard var array = a.takeArray() else { return try unary(op, a, symbol: symbol) }
        let temporary = array.isUniquelyReferencedBuffer()
        return try unwrap(try engine { try TemporaryElision.apply(op, array, isTemporary: temporary) })
    }

    /// `op(a)`, or `op(a, out=out, dtype=dtype)`: a unary ufunc (`np.negative`, `np.sqrt`, ...).
    static func unary(_ op: PeakmemEngine.UnaryOperator, _ a: consuming Value, out: NDArray? = nil, dtype: DType? = nil,
                      symbol: String) throws(RuntimeError) -> Value {
        let operandValue = a
        return try result(measured: operandValue.involvesArray, out: out) { () throws(RuntimeError) in
            let x: NDArray
            switch try operand(operandValue, op: symbol, other: nil, isLeft: true) {
            case .array(let array): x = array
            case .scalar(let scalar): x = try engine { try NDArray.full([], scalar) }
            }
            return try engine { try NDArray.apply(op, x, out: out, dtype: dtype) }
        }
    }

    /// Runs an operation's `compute` on the current ledger when NumPy would compute with an
    /// array buffer (`measured`, or an `out=` array), else on the scratch ledger; returns `out`
    /// itself, or the result with a 0-d one as a NumPy scalar.
    private static func result(measured: Bool, out: NDArray?,
                               _ compute: () throws(RuntimeError) -> NDArray) throws(RuntimeError) -> Value {
        if out != nil { return .array(try compute()) }
        return try unwrap(measured ? try compute() : try inScratch(compute))
    }

    /// `target op= b`: the ufunc with `out=target`; allocates nothing (unless `b` must be
    /// converted, or overlaps `target` through another view, as in NumPy). Returns `target`.
    static func inPlace(_ op: PeakmemEngine.BinaryOperator, _ target: NDArray, _ b: consuming Value,
                        symbol: String) throws(RuntimeError) -> Value {
        let y = try operand(b, op: symbol, other: .array(target), isLeft: false)
        _ = try engine { try NDArray.apply(op, .array(target), y, out: target) }
        return .array(target)
    }

    /// The engine operand for a value.
    static func operand(_ value: Value, op: String, other: Value?, isLeft: Bool) throws(RuntimeError) -> Operand {
        switch value {
        case .array(let array):
            return .array(array)
        case .arrayScalar(let scalar):
            // A strong-typed 0-d operand, made on the scratch ledger: like a Python scalar,
            // a NumPy scalar operand costs no measured buffer.
            return .array(try inScratch { () throws(RuntimeError) in try engine { try scalar.makeArray() } })
        case .int(let i):
            return .scalar(.int(Int64(i)))
        case .float(let d):
            return .scalar(.float(d))
        case .bool(let b):
            return .scalar(.bool(b))
        case .list, .tuple, .range:
            return .array(try ArrayConstruction.array(from: value, dtype: nil))
        default:
            let types = isLeft ? (value.typeName, other?.typeName ?? "") : (other?.typeName ?? "", value.typeName)
            if other == nil { throw .typeError("bad operand type for unary \(op): '\(value.typeName)'") }
            throw .typeError("unsupported operand type(s) for \(op): '\(types.0)' and '\(types.1)'")
        }
    }

    /// A NumPy scalar for a 0-d result, else the array.
    static func unwrap(_ result: NDArray) throws(RuntimeError) -> Value {
        guard result.ndim == 0 else { return .array(result) }
        return .arrayScalar(try engine { try ArrayScalar(element: result) })
    }

    /// What a function with `out=` returns: `out` itself when it was given (the engine wrote
    /// `result` into it), else `result`, a 0-d one as a NumPy scalar.
    static func unwrap(_ result: NDArray, out: NDArray?) throws(RuntimeError) -> Value {
        out != nil ? .array(result) : try unwrap(result)
    }

    /// Runs `body` with the scratch ledger as the current one.
    static func inScratch<T>(_ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        let result: Result<T, RuntimeError> = Ledger.$current.withValue(scratchLedger) {
            Result { () throws(RuntimeError) -> T in try body() }
        }
        return try result.get()
    }

    /// The engine ufunc for a Python operator, or nil when the engine has none yet.
    static func engineOperator(_ op: PeakmemLanguage.BinaryOperator) -> PeakmemEngine.BinaryOperator? {
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .floorDivide: .floorDivide
        case .modulo: .remainder
        case .power: .power
        case .bitwiseAnd: .bitwiseAnd
        case .bitwiseOr: .bitwiseOr
        case .bitwiseXor: .bitwiseXor
        case .leftShift: .leftShift
        case .rightShift: .rightShift
        default: nil
        }
    }

    /// The engine ufunc for a comparison operator.
    static func engineOperator(_ op: ComparisonOperator) -> PeakmemEngine.BinaryOperator? {
        switch op {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        default: nil
        }
    }
}

extension Value {
    /// True for an array.
    var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    /// The array this value holds, leaving `None` in its place (so that the caller holds the
    /// value's only reference to the array); nil, and nothing changed, for other values.
    mutating func takeArray() -> NDArray? {
        guard case .array(let array) = self else { return nil }
        self = .none
        return array
    }

    /// True when NumPy would compute with an array buffer for this operand: arrays, and the
    /// lists, tuples and ranges it converts to arrays.
    var involvesArray: Bool {
        switch self {
        case .array, .list, .tuple, .range: true
        default: false
        }
    }
}
