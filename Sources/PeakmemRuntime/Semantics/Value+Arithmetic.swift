import PeakmemEngine
import PeakmemLanguage

extension Value {
    /// `lhs op rhs` with Python's semantics: NumPy's when an operand is an array or a NumPy
    /// scalar, Python's for numbers, strings, tuples and lists.
    ///
    /// The operands are consumed (see ``ArrayOperations``); the result is allocated while
    /// both are alive, as in CPython, and they are released when this returns.
    static func binaryOperation(_ op: PeakmemLanguage.BinaryOperator, _ lhs: consuming Value, _ rhs: consuming Value,
                                context: RuntimeContext) throws(RuntimeError) -> Value {
        if op == .modulo, case .string(let format) = lhs {
            return .string(try PercentFormat.apply(format, rhs))
        }
        if lhs.isArray || rhs.isArray, !lhs.isObject, !rhs.isObject, let engineOp = ArrayOperations.engineOperator(op) {
            // First, before anything copies an operand (even a copy released later hides a
            // temporary): NumPy's temporary elision may reuse an array operand nothing else
            // refers to.
            return try ArrayOperations.binaryEliding(engineOp, consume lhs, consume rhs, symbol: op.rawValue)
        }
        if case .object(let object) = lhs, let result = try object.binaryOperation(op, other: rhs, reflected: false, context: context) {
            return result
        }
        if case .object(let object) = rhs, let result = try object.binaryOperation(op, other: lhs, reflected: true, context: context) {
            return result
        }
        if op == .matrixMultiply {
            return try matrixMultiply(lhs, rhs, context: context)
        }
        if case .arrayScalar(let s) = rhs, s.integerValue != nil, op == .multiply, lhs.isSequence {
            return try repeated(lhs, try rhs.asInt(for: "*"))
        }
        if lhs.isNumpy || rhs.isNumpy {
            guard let engineOp = ArrayOperations.engineOperator(op) else {
                throw .unsupported("the `\(op.rawValue)` operator on arrays is not supported yet; `peakmem list --functions` lists the array operations scenario code can use")
            }
            return try ArrayOperations.binary(engineOp, lhs, rhs, symbol: op.rawValue)
        }
        if lhs.isPythonNumber && rhs.isPythonNumber {
            return try PythonArithmetic.binary(op, lhs, rhs)
        }
        return try sequenceOperation(op, lhs, rhs)
    }

    /// True for a library-defined object (``RuntimeObject``), whose own operators come first.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// `target op= value`: in place for arrays (NumPy's `__iadd__`: the ufunc with
    /// `out=target`, allocating nothing) and lists (`+=` extends, `*=` repeats); for other
    /// values the same as `target op value` (the name is then rebound).
    static func inPlaceOperation(_ op: PeakmemLanguage.BinaryOperator, _ target: consuming Value, _ value: consuming Value,
                                 context: RuntimeContext) throws(RuntimeError) -> Value {
        switch target {
        case .array(let array):
            if op == .matrixMultiply {
                throw .unsupported("in-place matrix multiplication `@=` is not supported yet; write `a = a @ b`")
            }
            guard let engineOp = ArrayOperations.engineOperator(op) else {
                throw .unsupported("the `\(op.rawValue)=` operator on arrays is not supported yet")
            }
            return try ArrayOperations.inPlace(engineOp, array, value, symbol: op.rawValue + "=")
        case .list(let storage) where op == .add:
            var iterator = try ValueIterator(value)
            storage.elements += try iterator.collect()
            return target
        case .list(let storage) where op == .multiply:
            let count = try value.asIntForRepetition()
            let original = storage.elements
            storage.elements = count > 0 ? Array([[Value]](repeating: original, count: count).joined()) : []
            return target
        default:
            return try binaryOperation(op, target, value, context: context)
        }
    }

    /// `-x`, `+x`, `~x` (`not x` is the interpreter's: it needs no operation).
    static func unaryOperation(_ op: PeakmemLanguage.UnaryOperator, _ operand: consuming Value) throws(RuntimeError) -> Value {
        let engineOp: PeakmemEngine.UnaryOperator? = switch op {
        case .minus: .negative
        case .plus: .positive
        case .invert: .invert
        case .not: nil
        }
        if let engineOp, operand.isArray {
            return try ArrayOperations.unaryEliding(engineOp, consume operand, symbol: op.rawValue)
        }
        switch (op, operand) {
        case (.not, _):
            return .bool(!(try operand.truthValue()))
        case (_, .object(let object)):
            if let result = try object.unaryOperation(op) { return result }
            throw .typeError("bad operand type for unary \(op.rawValue): '\(object.typeName)'")
        case (_, .arrayScalar):
            guard let engineOp else { preconditionFailure("`not` is handled above") }
            return try ArrayOperations.unary(engineOp, operand, symbol: op.rawValue)
        case (.minus, .int(let i)):
            guard i != .min else { throw .overflowError("integer result does not fit in 64 bits (scenario code's ints are 64-bit)") }
            return .int(-i)
        case (.minus, .bool(let b)): return .int(b ? -1 : 0)
        case (.minus, .float(let d)): return .float(-d)
        case (.plus, .int), (.plus, .float): return operand
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
        default:
            throw .typeError("bad operand type for unary \(op.rawValue): '\(operand.typeName)'")
        }
    }

    /// `a @ b`: the registry's `numpy.matmul`, when this build has it.
    static func matrixMultiply(_ lhs: consuming Value, _ rhs: consuming Value, context: RuntimeContext) throws(RuntimeError) -> Value {
        guard lhs.isNumpy || rhs.isNumpy || lhs.involvesArray || rhs.involvesArray else {
            throw .typeError("unsupported operand type(s) for @: '\(lhs.typeName)' and '\(rhs.typeName)'")
        }
        guard context.registry.entry("numpy.matmul") != nil else { throw .matmulUnavailable }
        return try context.registry.call("numpy.matmul", positional: [lhs, rhs], keywords: [], context: context)
    }

    /// True for `str`, `tuple` and `list`.
    var isSequence: Bool {
        switch self {
        case .string, .tuple, .list: true
        default: false
        }
    }

    /// A repetition count (`[0] * n`): an int, bool or NumPy integer.
    func asIntForRepetition() throws(RuntimeError) -> Int {
        switch self {
        case .int, .bool, .arrayScalar:
            if let i = try? asInt(for: "*") { return i }
        default: break
        }
        throw .typeError("can't multiply sequence by non-int of type '\(typeName)'")
    }

    /// `sequence * count`. A result CPython could not allocate is its bare `MemoryError`:
    /// a length past `PY_SSIZE_T_MAX`, or more item pointers (8 bytes each; a character
    /// for a string) than one allocation can get (``ArrayStorage/largestAllocation``), where
    /// CPython's `malloc` fails.
    static func repeated(_ sequence: Value, _ count: Int) throws(RuntimeError) -> Value {
        let n = max(0, count)
        let length: Int
        switch sequence {
        case .string(let s): length = s.utf8.count
        case .tuple(let items): length = items.count
        case .list(let storage): length = storage.elements.count
        default: length = 0
        }
        let (total, overflow) = length.multipliedReportingOverflow(by: n)
        let itemBytes = if case .string = sequence { 1 } else { 8 }
        if overflow || total > ArrayStorage.largestAllocation / itemBytes {
            throw RuntimeError("MemoryError", "")
        }
        switch sequence {
        case .string(let s): return .string(String(repeating: s, count: n))
        case .tuple(let items): return .tuple(Array([[Value]](repeating: items, count: n).joined()))
        case .list(let storage): return .list(ListStorage(Array([[Value]](repeating: storage.elements, count: n).joined())))
        default: throw .typeError("can't multiply sequence by non-int of type '\(sequence.typeName)'")
        }
    }

    /// `+` and `*` on strings, tuples and lists, and the errors Python gives for other pairs.
    private static func sequenceOperation(_ op: PeakmemLanguage.BinaryOperator, _ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        switch (op, lhs, rhs) {
        case (.add, .string(let a), .string(let b)): return .string(a + b)
        case (.add, .tuple(let a), .tuple(let b)): return .tuple(a + b)
        case (.add, .list(let a), .list(let b)): return .list(ListStorage(a.elements + b.elements))
        case (.add, .string, _): throw .typeError("can only concatenate str (not \"\(rhs.typeName)\") to str")
        case (.add, .tuple, _): throw .typeError("can only concatenate tuple (not \"\(rhs.typeName)\") to tuple")
        case (.add, .list, _): throw .typeError("can only concatenate list (not \"\(rhs.typeName)\") to list")
        case (.multiply, _, _) where lhs.isSequence:
            return try repeated(lhs, try rhs.asIntForRepetition())
        case (.multiply, _, _) where rhs.isSequence:
            return try repeated(rhs, try lhs.asIntForRepetition())
        case (.modulo, .string, _):
            throw .unsupported("`%` string formatting is not supported in scenario code")
        default:
            throw .typeError("unsupported operand type(s) for \(op.rawValue): '\(lhs.typeName)' and '\(rhs.typeName)'")
        }
    }
}
