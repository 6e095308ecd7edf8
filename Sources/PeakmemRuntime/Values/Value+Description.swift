import PeakmemEngine
import PeakmemLanguage

extension Value {
    /// The value as Python's `str` gives it, which is what `print` writes: strings without
    /// quotes, floats as `repr` gives them, arrays as NumPy prints them (`[[1. 2.]\n [3. 4.]]`).
    public var pythonString: String {
        switch self {
        case .string(let s): return s
        case .array(let a): return ArrayFormatter.str(a)
        case .arrayScalar(let s):
            switch s.value {
            case .bool(let b): return b ? "True" : "False"
            case .int(let i): return String(i)
            case .float(let d): return s.dtype == .float32 ? PythonFormat.float(Float(d)) : PythonFormat.float(d)
            }
        case .dtype(let d): return d.rawValue
        case .object(let object): return object.text
        default: return pythonRepresentation
        }
    }

    /// The value as Python's `repr` gives it (NumPy 2's for NumPy objects: `np.float64(1.5)`,
    /// `array([1., 2.])`, `dtype('float32')`).
    public var pythonRepresentation: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PythonFormat.float(d)
        case .string(let s): return LiteralFormatting.string(s)
        case .tuple(let items):
            return items.count == 1 ? "(\(items[0].pythonRepresentation),)" : "(" + items.map(\.pythonRepresentation).joined(separator: ", ") + ")"
        case .list(let storage): return "[" + storage.elements.map(\.pythonRepresentation).joined(separator: ", ") + "]"
        case .slice(let a, let b, let c):
            return "slice(\(a.map(String.init) ?? "None"), \(b.map(String.init) ?? "None"), \(c.map(String.init) ?? "None"))"
        case .ellipsis: return "Ellipsis"
        case .dtype(let d): return "dtype('\(d)')"
        case .array(let a): return ArrayFormatter.repr(a)
        case .arrayScalar(let s):
            if case .bool(let b) = s.value { return b ? "np.True_" : "np.False_" }
            return "np.\(s.dtype)(\(pythonString))"
        case .range(let a, let b, let c): return c == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(c))"
        case .module(let name): return "<module '\(name)'>"
        case .function(let name) where Value.builtinTypes.contains(name):
            return "<class '\(name.dropFirst("builtins.".count))'>"
        case .function(let name): return "<function \(name)>"
        case .method(_, let name): return "<bound method \(name)>"
        case .flags(let f):
            return "  C_CONTIGUOUS : \(f.cContiguous ? "True" : "False")\n  F_CONTIGUOUS : \(f.fContiguous ? "True" : "False")"
        case .object(let object): return object.representation
        }
    }

    /// The builtins that are types in Python (`int`, `float`, ...).
    static let builtinTypes: Set<String> = ["builtins.int", "builtins.float", "builtins.bool", "builtins.str", "builtins.list",
                                            "builtins.tuple", "builtins.range"]
}
