import PeakmemResults
/// NumPy's temporary elision (numpy/_core/src/multiarray/temp_elide.c): when an operator's
/// operand is a temporary — an array nothing else refers to, such as the result of `a * 2` in
/// `a * 2 + b` — NumPy computes the operation in place into that operand's buffer instead of
/// allocating a result (`a * 2 + b` runs as `t = a * 2; t += b`).
///
/// NumPy recognises a temporary by a reference count of 1; the engine by a uniquely referenced
/// ``ArrayStorage`` (`isKnownUniquelyReferenced`) of an array the caller has given up. The
/// conditions, NumPy's:
/// - the temporary is writeable and spans its whole buffer (NumPy: it owns its data and has
///   the `WRITEABLE` flag, so `np.broadcast_to(a * 2, a.shape) + b` allocates) and has at least
///   ``minimumBytes`` (256 KiB, `NPY_MIN_ELIDE_BYTES`);
/// - the other operand is a scalar or an array of exactly the temporary's shape (no
///   broadcasting either way), whose dtype — a Python `int` counting as int64, a `float` as
///   float64 — casts safely to the temporary's dtype (so `int32_temp + 1` and
///   `float32_temp * 2.0` do not elide, `float64_temp + 1` does);
/// - the operator has an in-place form that keeps the dtype: `+`, `-`, `*`, `//`, `&`, `|`, `^`,
///   `<<`, `>>`, and `/` on float temporaries (not `%`: NumPy's `array_remainder` does not
///   try); `**` only as `temp ** 2`, and `temp ** -1` and
///   `temp ** 0.5` on float temporaries (NumPy's fast scalar powers); for the
///   commutative `+`, `*`, `&`, `|`, `^` the right operand is tried when the left is not a
///   temporary (`b * (a * 2)`); unary `-`, `+` and `~` elide too;
/// - operators only: `np.add(a * 2, b)` (a function call) never elides, nor does `out=`.
public enum TemporaryElision {
    /// NumPy's `NPY_MIN_ELIDE_BYTES`.
    public static let minimumBytes = 256 * 1024

    /// `a op b` for an operator expression whose array operands the caller has given up:
    /// `a` (or `b`, for a commutative operator) is reused as the result when it is a temporary
    /// (see the type's conditions), else a result is allocated as ``NDArray/apply(_:_:_:out:)``
    /// does. `aIsTemporary`/`bIsTemporary` say whether each operand's buffer was referenced by
    /// nothing else when it was given up (see ``NDArray/isUniquelyReferencedBuffer()``).
    public static func apply(_ op: BinaryOperator, _ a: Operand, aIsTemporary: Bool, _ b: Operand, bIsTemporary: Bool)
        throws(EngineError) -> NDArray
    {
        if aIsTemporary, case .array(let target) = a, canElide(op, into: target, other: b, otherIsRight: true) {
            target.storage.recordReuse()
            return try NDArray.apply(op, a, b, out: target)
        }
        if bIsTemporary, op.isCommutativeForElision, case .array(let target) = b, canElide(op, into: target, other: a, otherIsRight: false) {
            target.storage.recordReuse()
            return try NDArray.apply(op, b, a, out: target)
        }
        return try NDArray.apply(op, a, b)
    }

    /// `-a` for an operand the caller has given up: in place into `a` when it is a temporary
    /// spanning its buffer of at least ``minimumBytes`` (NumPy's `can_elide_temp_unary`).
    public static func apply(_ op: UnaryOperator, _ a: NDArray, isTemporary: Bool) throws(EngineError) -> NDArray {
        if isTemporary, isReusable(a) {
            a.storage.recordReuse()
            return try NDArray.apply(op, a, out: a)
        }
        return try NDArray.apply(op, a)
    }

    /// True when a temporary's buffer may receive a result: the array is writeable and spans
    /// its whole buffer of at least ``minimumBytes`` (NumPy's `can_elide_temp_unary`; the first
    /// tests of `can_elide_temp`: `PyArray_CHKFLAGS(alhs, NPY_ARRAY_OWNDATA)`,
    /// `PyArray_ISWRITEABLE(alhs)`).
    static func isReusable(_ temporary: NDArray) -> Bool {
        !temporary.isReadOnly && temporary.isWholeBuffer && temporary.nbytes >= minimumBytes
    }

    /// True when `op` may write its result into `target` with `other` as the other operand.
    static func canElide(_ op: BinaryOperator, into target: NDArray, other: Operand, otherIsRight: Bool) -> Bool {
        guard isReusable(target) else { return false }
        switch op {
        case .add, .subtract, .multiply, .floorDivide, .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
            break
        case .divide:
            guard target.dtype.isFloatingPoint else { return false }
        case .power:
            // NumPy's fast scalar powers (number.c `fast_scalar_power`), in place: `temp ** 2`
            // (np.square), and on a float temporary `temp ** -1` (np.reciprocal) and
            // `temp ** 0.5` (np.sqrt); only Python scalars, no other power elides.
            guard otherIsRight, case .scalar(let exponent) = other else { return false }
            switch exponent {
            case .int(2): return true
            case .int(-1), .float(0.5): return target.dtype.isFloatingPoint
            default: return false
            }
        default:
            return false
        }
        let otherType: DType
        switch other {
        case .scalar(let scalar):
            otherType = scalar.defaultDType
        case .array(let array):
            guard array.ndim == 0 || array.shape == target.shape else { return false }
            otherType = array.dtype
        }
        return otherType.canCastSafely(to: target.dtype)
    }
}

extension BinaryOperator {
    /// True for the operators whose temporary may be the right operand (`+`, `*`).
    var isCommutativeForElision: Bool {
        switch self {
        case .add, .multiply, .bitwiseAnd, .bitwiseOr, .bitwiseXor: true
        default: false
        }
    }
}

extension NDArray {
    /// True when no other array, view or variable refers to this array's buffer: the
    /// engine's test for a temporary (NumPy's reference count of 1). Only meaningful on an
    /// array the caller owns and has taken out of every container.
    public mutating func isUniquelyReferencedBuffer() -> Bool {
        isKnownUniquelyReferenced(&storage)
    }

    /// True when the array is its buffer's contiguous whole (NumPy's `OWNDATA`, as near as a
    /// descriptor can tell). A file-backed (memmap) buffer is never owned data in NumPy.
    var isWholeBuffer: Bool {
        offset == 0 && nbytes == storage.byteCount && isContiguous && storage.mapping == nil
    }
}
