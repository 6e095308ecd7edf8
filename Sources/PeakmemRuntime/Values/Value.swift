import PeakmemEngine

/// A value of scenario code: the Python objects the supported subset has.
///
/// Arrays are held by reference to their storage (``NDArray``), so binding a value to a
/// second name or putting it in a list shares the buffer, and the buffer is freed when the
/// last value holding it goes — CPython's lifetimes, by ARC.
///
/// Python's `int` is a 64-bit integer here: an operation whose result does not fit raises
/// `OverflowError` instead of growing the integer.
///
/// Sendable (unchecked), as are the runtime's objects (``RuntimeObject`` classes, lists, dicts,
/// sets, functions, exceptions, generators): a value belongs to the one ``Interpreter`` that
/// made it, which runs on one thread at a time (a ``DeepStack`` thread is joined before the
/// interpreter goes on), and no value is handed to another interpreter; the registry is filled
/// before the first statement and only read afterwards, and the runtime context (random
/// state, output, einsum log) is the interpreter's own.
public enum Value: @unchecked Sendable {
    /// `None`.
    case none
    /// `True` or `False`.
    case bool(Bool)
    /// A Python `int` (64-bit).
    case int(Int)
    /// A Python `float`.
    case float(Double)
    /// A Python `str`.
    case string(String)
    /// A Python tuple.
    case tuple([Value])
    /// A Python list: mutable and shared by reference.
    case list(ListStorage)
    /// A slice object `start:stop:step` (nil where omitted).
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `...` (`Ellipsis`).
    case ellipsis
    /// A dtype: `np.float64`, `a.dtype`. Calling one makes a NumPy scalar (`np.float32(2)`).
    case dtype(DType)
    /// An array (a view on a shared, reference-counted buffer).
    case array(NDArray)
    /// A NumPy scalar: `a[0, 0]`, `np.float32(2)`, an element of a 1-d array in a loop.
    case arrayScalar(ArrayScalar)
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
    /// Any other object, defined by a library file (see ``RuntimeObject``).
    case object(any RuntimeObject)

    /// A value in a reference cell (for bound methods' receivers).
    public final class Box: @unchecked Sendable {
        /// The boxed value.
        public let value: Value
        /// Boxes `value`.
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
        case .arrayScalar(let s): s.dtype == .bool ? "numpy.bool" : "numpy.\(s.dtype)"
        case .range: "range"
        case .module: "module"
        case .function: "function"
        case .method: "method"
        case .flags: "flagsobj"
        case .object(let object): object.typeName
        }
    }
}

/// The elements of a Python list, shared by every value that refers to the list.
public final class ListStorage: @unchecked Sendable {
    /// The elements, in order.
    public var elements: [Value]
    /// A list holding `elements`.
    public init(_ elements: [Value]) { self.elements = elements }
}
