/// The element types of the engine, NumPy's names and sizes.
///
/// | dtype | NumPy | bytes | kind |
/// |---|---|---|---|
/// | `bool` | `np.bool_` | 1 | `b` (stored as 0 or 1) |
/// | `uint8` | `np.uint8` | 1 | `u` |
/// | `int32` | `np.int32` | 4 | `i` |
/// | `int64` | `np.int64` (the default integer on Linux) | 8 | `i` |
/// | `float32` | `np.float32` | 4 | `f` |
/// | `float64` | `np.float64` (the default float) | 8 | `f` |
public enum DType: String, Sendable, CaseIterable, Codable, Hashable, CustomStringConvertible {
    case bool
    case uint8
    case int32
    case int64
    case float32
    case float64

    /// Bytes per element (NumPy's `itemsize`).
    public var itemSize: Int {
        switch self {
        case .bool, .uint8: 1
        case .int32, .float32: 4
        case .int64, .float64: 8
        }
    }

    /// NumPy's kind character: `b`, `u`, `i` or `f`.
    public var kind: Character {
        switch self {
        case .bool: "b"
        case .uint8: "u"
        case .int32, .int64: "i"
        case .float32, .float64: "f"
        }
    }

    /// True for float32 and float64 (a switch, not a `kind` comparison: element conversions
    /// ask it for every element).
    public var isFloatingPoint: Bool {
        switch self {
        case .float32, .float64: true
        default: false
        }
    }

    /// True for uint8, int32 and int64.
    public var isInteger: Bool {
        switch self {
        case .uint8, .int32, .int64: true
        default: false
        }
    }

    /// The name NumPy prints (`float64`, `bool`, ...).
    public var description: String { rawValue }

    /// The type string of the `.npy` header (`<f8`, `|b1`, `|u1`, ...), little-endian.
    public var npyDescriptor: String {
        switch self {
        case .bool: "|b1"
        case .uint8: "|u1"
        case .int32: "<i4"
        case .int64: "<i8"
        case .float32: "<f4"
        case .float64: "<f8"
        }
    }

    /// Parses a NumPy dtype name or type string: `float64`, `f8`, `<f8`, `float`, `double`,
    /// `float32`, `single`, `f4`, `int64`, `int`, `i8`, `int32`, `i4`, `uint8`, `u1`, `ubyte`,
    /// `bool`, `bool_`, `?`, `b1`.
    public init?(numpyName name: String) {
        var n = name
        if n.first == "<" || n.first == "|" || n.first == "=" { n.removeFirst() }
        switch n {
        case "float64", "f8", "float", "double", "d", "float_": self = .float64
        case "float32", "f4", "single", "f": self = .float32
        case "int64", "i8", "int", "int_", "long", "intp", "l", "q": self = .int64
        case "int32", "i4", "intc", "i": self = .int32
        case "uint8", "u1", "ubyte", "B": self = .uint8
        case "bool", "bool_", "?", "b1": self = .bool
        default: return nil
        }
    }
}
