import Foundation
import PeakmemEngine

extension Value {
    /// The value as an array: arrays as they are, Python numbers and bools as new 0-d arrays
    /// (of int64, float64 or bool), as `np.asarray` gives.
    public func asArray(for context: String) throws(RuntimeError) -> NDArray {
        switch self {
        case .array(let array):
            return array
        case .int, .float, .bool:
            let scalar = try asScalar(for: context)
            do {
                return try NDArray.full([], scalar)
            } catch {
                throw RuntimeError.valueError(error.description)
            }
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
        default: throw .typeError("\(context) must be a number, not \(typeName)")
        }
    }

    /// The value as an integer: Python ints and bools, and 0-d integer arrays.
    public func asInt(for context: String) throws(RuntimeError) -> Int {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .array(let a) where a.ndim == 0 && (a.dtype.isInteger || a.dtype == .bool):
            return Int((try? a.element([], as: Int64.self)) ?? 0)
        default:
            throw .typeError("\(context) must be an integer, not \(typeName)")
        }
    }

    /// The value as a float: Python numbers and bools, and 0-d arrays.
    public func asDouble(for context: String) throws(RuntimeError) -> Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .array(let a) where a.ndim == 0:
            return (try? a.element([], as: Double.self)) ?? .nan
        default:
            throw .typeError("\(context) must be a number, not \(typeName)")
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

    /// Python's truth value (`bool(x)`); an array of more than one element is ambiguous.
    public func truthValue() throws(RuntimeError) -> Bool {
        switch self {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .list(let storage): return !storage.elements.isEmpty
        case .range(let start, let stop, let step): return step > 0 ? start < stop : start > stop
        case .array(let a):
            guard a.size == 1 else {
                throw .valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            return ((try? a.reshape([]).element([], as: Double.self)) ?? 0) != 0
        default: return true
        }
    }

    /// The value as Python's `repr` shows it (arrays abbreviated to their shape and dtype).
    public var pythonRepresentation: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return Value.floatText(d)
        case .string(let s): return "'\(s)'"
        case .tuple(let items):
            return items.count == 1 ? "(\(items[0].pythonRepresentation),)" : "(" + items.map(\.pythonRepresentation).joined(separator: ", ") + ")"
        case .list(let storage): return "[" + storage.elements.map(\.pythonRepresentation).joined(separator: ", ") + "]"
        case .slice(let a, let b, let c):
            return "slice(\(a.map(String.init) ?? "None"), \(b.map(String.init) ?? "None"), \(c.map(String.init) ?? "None"))"
        case .ellipsis: return "Ellipsis"
        case .dtype(let d): return "dtype('\(d)')"
        case .array(let a): return "array(shape=\(EngineError.shapeText(a.shape)), dtype=\(a.dtype))"
        case .range(let a, let b, let c): return c == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(c))"
        case .module(let name): return "<module '\(name)'>"
        case .function(let name): return "<function \(name)>"
        case .method(_, let name): return "<bound method \(name)>"
        case .flags(let f): return "C_CONTIGUOUS : \(f.cContiguous ? "True" : "False")\nF_CONTIGUOUS : \(f.fContiguous ? "True" : "False")"
        }
    }

    /// A float as Python prints it: `1.0`, `0.5`, `1e-05`, `inf`, `nan`.
    static func floatText(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        if d == d.rounded(), abs(d) < 1e16 { return String(format: "%.1f", d) }
        return "\(d)"
    }
}
