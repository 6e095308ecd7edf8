import PeakmemEngine

/// A value of scenario code: the Python objects the supported subset has.
///
/// Arrays are held by reference to their storage (``NDArray``), so binding a value to a
/// second name or putting it in a list shares the buffer, and the buffer is freed when the
/// last value holding it goes — CPython's lifetimes, by ARC.
public enum Value: @unchecked Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case tuple([Value])
    /// A Python list: mutable and shared by reference.
    case list(ListStorage)
    case slice(start: Int?, stop: Int?, step: Int?)
    case ellipsis
    case dtype(DType)
    case array(NDArray)
    /// `range(start, stop, step)`.
    case range(start: Int, stop: Int, step: Int)
    /// A module or namespace, by its qualified name (`numpy`, `numpy.random`, `scipy.linalg.blas`).
    case module(String)
    /// A registered function, by its qualified name (`numpy.zeros`).
    case function(String)
    /// A method bound to its receiver (`X.dot`, `np.add.reduce`).
    case method(receiver: Box, name: String)
    /// `a.flags`.
    case flags(ArrayFlags)

    /// A value in a reference cell (for bound methods' receivers).
    public final class Box: @unchecked Sendable {
        public let value: Value
        public init(_ value: Value) { self.value = value }
    }

    /// The Python type name, for messages (`ndarray`, `int`, `tuple`, ...).
    public var typeName: String {
        switch self {
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "str"
        case .tuple: "tuple"
        case .list: "list"
        case .slice: "slice"
        case .ellipsis: "ellipsis"
        case .dtype: "dtype"
        case .array: "numpy.ndarray"
        case .range: "range"
        case .module: "module"
        case .function: "function"
        case .method: "method"
        case .flags: "flagsobj"
        }
    }
}

/// The elements of a Python list, shared by every value that refers to the list.
public final class ListStorage: @unchecked Sendable {
    public var elements: [Value]
    public init(_ elements: [Value]) { self.elements = elements }
}
