/// The binary elementwise operations (NumPy ufuncs) of the engine.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case add, subtract, multiply
    /// True division (`/`, `np.true_divide`): integers divide in float64.
    case divide = "true_divide"
    case power, maximum, minimum
    case equal, notEqual = "not_equal", less, lessEqual = "less_equal", greater
    case greaterEqual = "greater_equal"
    /// The bitwise operations (`&`, `|`, `^`, `<<`, `>>`): integers and, but for the shifts,
    /// booleans only (see BinaryOperator+Bitwise.swift).
    case bitwiseAnd = "bitwise_and", bitwiseOr = "bitwise_or", bitwiseXor = "bitwise_xor"
    case leftShift = "left_shift", rightShift = "right_shift"
    /// `//` (`np.floor_divide`) and `%` (`np.remainder`, `np.mod`): Python's sign rules,
    /// NumPy's float `divmod`; integer division by zero gives 0 (see ``ElementArithmetic``).
    case floorDivide = "floor_divide", remainder
    /// `np.logical_and`, `np.logical_or`, `np.logical_xor`: the truth of each operand
    /// (nonzero, NaN included) combined, a boolean result.
    case logicalAnd = "logical_and", logicalOr = "logical_or", logicalXor = "logical_xor"
    /// The functions of ``FloatBinaryFunction``: `np.arctan2`, `np.hypot`, `np.copysign`,
    /// `np.logaddexp`, `np.heaviside` (float-only: integers in float64), `np.fmod`, `np.fmax`,
    /// `np.fmin` (every numeric dtype).
    case arctan2, hypot, copysign, logaddexp, heaviside, fmod, fmax, fmin
    /// `np.float_power`: `pow` in float64 whatever the operands (NumPy's only loop is `dd->d`).
    case floatPower = "float_power"

    /// The ``FloatBinaryFunction`` this operator computes, if it is one of them (the one of the
    /// same name; a switch, not a look-up by name: every ufunc call asks).
    public var floatBinaryFunction: FloatBinaryFunction? {
        switch self {
        case .arctan2: .arctan2
        case .hypot: .hypot
        case .copysign: .copysign
        case .logaddexp: .logaddexp
        case .heaviside: .heaviside
        case .fmod: .fmod
        case .fmax: .fmax
        case .fmin: .fmin
        default: nil
        }
    }

    /// True for the operators NumPy defines on floats only (float16, float32, float64 loops).
    var isFloatOnly: Bool {
        switch self {
        case .arctan2, .hypot, .copysign, .logaddexp, .heaviside: true
        default: false
        }
    }

    /// True for the comparisons, whose result is boolean.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    /// True for the logical operations, whose result is boolean.
    public var isLogical: Bool {
        switch self {
        case .logicalAnd, .logicalOr, .logicalXor: true
        default: false
        }
    }

    /// NumPy's loop selection for operand dtypes `a` and `b` (already promoted for weak
    /// scalars): the dtype the loop computes in and the dtype of its result.
    func loop(_ a: DType, _ b: DType) throws(EngineError) -> (compute: DType, result: DType) {
        let common = DType.promote(a, b)
        switch self {
        case .divide:
            let compute: DType = common.isFloatingPoint ? common : .float64
            return (compute, compute)
        case .subtract where common == .bool:
            throw .unsupportedOperation("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        case .power where common == .bool:
            // NumPy computes bool ** bool in int8, a dtype this engine does not have.
            throw .unsupportedTypes(operation: rawValue, a, b)
        case .floatPower:
            return (.float64, .float64)
        case _ where isFloatOnly:
            switch common {
            case .float32, .float64: return (common, common)
            case .int32, .int64: return (.float64, .float64)
            case .complex64, .complex128:
                throw .unsupportedDType("np.\(rawValue) of \(common) operands is not supported yet")
            case .bool, .uint8:
                throw .unsupportedDType("np.\(rawValue) of \(common) operands computes in float16 in NumPy, a dtype peakmem does not have yet; convert an operand first (e.g. a.astype(np.float32))")
            }
        case .floorDivide where common == .bool, .remainder where common == .bool, .fmod where common == .bool:
            throw .unsupportedDType("np.\(rawValue) of two bool operands computes in int8 in NumPy, a dtype peakmem does not have yet; convert an operand first (e.g. a.astype(np.int64))")
        case _ where isBitwise:
            return try bitwiseLoop(common, a, b)
        case _ where isComparison || isLogical:
            return (common, .bool)
        default:
            return (common, common)
        }
    }
}
