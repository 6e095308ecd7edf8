import PeakmemEngine

extension Value {
    /// The value as an array, as `np.asarray` makes one: arrays as they are; NumPy scalars,
    /// Python numbers and (nested) lists and tuples of them as new arrays (int64, float64 or
    /// bool for Python numbers), allocated in the current ledger as NumPy allocates them.
    public func asArray(for context: String) throws(RuntimeError) -> NDArray {
        switch self {
        case .array(let array):
            return array
        case .int, .float, .bool, .arrayScalar, .list, .tuple, .range:
            return try ArrayConstruction.array(from: self, dtype: nil)
        default:
            throw .typeError("\(context) must be an array, not \(typeName)")
        }
    }

    /// The value as a Python scalar operand of an array operation.
    public func asScalar(for context: String) throws(RuntimeError) -> Scalar {
        switch self {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .arrayScalar(let s): return s.value
        default: throw .typeError("\(context) must be a number, not \(typeName)")
        }
    }

    /// The value as an integer, as Python's `__index__` takes one: Python ints and bools,
    /// NumPy integer and bool scalars, 0-d integer arrays. A float is refused with Python's
    /// message (`'float' object cannot be interpreted as an integer`).
    public func asInt(for context: String) throws(RuntimeError) -> Int {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .arrayScalar(let s) where s.integerValue != nil:
            return s.integerValue!
        case .array(let a) where a.ndim == 0 && (a.dtype.isInteger || a.dtype == .bool):
            return Int((try? a.element([], as: Int64.self)) ?? 0)
        default:
            throw .typeError("'\(typeName)' object cannot be interpreted as an integer")
        }
    }

    /// The value as a float, as `float(x)` converts numbers: Python numbers and bools, NumPy
    /// scalars, arrays of one element.
    public func asDouble(for context: String) throws(RuntimeError) -> Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .arrayScalar(let s): return s.doubleValue
        case .array(let a) where a.size == 1:
            return (try? a.reshape([]).element([], as: Double.self)) ?? .nan
        case .array:
            throw .typeError("only length-1 arrays can be converted to Python scalars")
        default:
            throw .typeError("\(context) must be a real number, not \(typeName)")
        }
    }

    /// The value as a shape: an int, or a tuple or list of ints.
    public func asShape(for context: String) throws(RuntimeError) -> [Int] {
        switch self {
        case .tuple(let items):
            return try items.map { (item) throws(RuntimeError) in try item.asInt(for: context) }
        case .list(let storage):
            return try storage.elements.map { (item) throws(RuntimeError) in try item.asInt(for: context) }
        default:
            return [try asInt(for: context)]
        }
    }

    /// The value as a dtype: `np.float32`, a dtype name string, or the Python types
    /// `float`, `int` and `bool` (which NumPy maps to float64, int64 and bool).
    public func asDType(for context: String) throws(RuntimeError) -> DType {
        switch self {
        case .dtype(let d):
            return d
        case .string(let name):
            guard let d = DType(numpyName: name) else {
                throw .typeError("data type '\(name)' not understood (supported: \(DType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return d
        case .function("builtins.float"): return .float64
        case .function("builtins.int"): return .int64
        case .function("builtins.bool"): return .bool
        default:
            throw .typeError("\(context) must be a dtype, not \(typeName)")
        }
    }

    /// Python's truth value (`bool(x)`); an array of more than one element is ambiguous, and so
    /// is an empty one (NumPy 2).
    public func truthValue() throws(RuntimeError) -> Bool {
        switch self {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .list(let storage): return !storage.elements.isEmpty
        case .object(let container as ContainerObject): return container.count > 0
        case .range(let start, let stop, let step): return step > 0 ? start < stop : start > stop
        case .arrayScalar(let s): return s.doubleValue != 0
        case .array(let a):
            if a.size == 0 {
                throw .valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
            }
            guard a.size == 1 else {
                throw .valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            return ((try? a.reshape([]).element([], as: Double.self)) ?? 0) != 0
        default: return true
        }
    }

    /// True for arrays and NumPy scalars: operands that take NumPy's semantics.
    var isNumpy: Bool {
        switch self {
        case .array, .arrayScalar: true
        default: false
        }
    }

    /// True for Python's `bool`, `int` and `float`.
    var isPythonNumber: Bool {
        switch self {
        case .bool, .int, .float: true
        default: false
        }
    }
}
