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
/// | `complex64` | `np.complex64` (two float32: real, imaginary) | 8 | `c` |
/// | `complex128` | `np.complex128` (the default complex; two float64) | 16 | `c` |
///
/// The complex dtypes are stored as NumPy stores them: each element is the real part followed
/// by the imaginary part, interleaved. The generic element kernels (``DTypeVisitor``) do not
/// cover them; the complex operations live in `Sources/PeakmemEngine/Complex/`.
public enum DType: String, Sendable, CaseIterable, Codable, Hashable, CustomStringConvertible {
    case bool
    case uint8
    case int32
    case int64
    case float32
    case float64
    case complex64
    case complex128

    /// Bytes per element (NumPy's `itemsize`).
    public var itemSize: Int {
        switch self {
        case .bool, .uint8: 1
        case .int32, .float32: 4
        case .int64, .float64, .complex64: 8
        case .complex128: 16
        }
    }

    /// NumPy's kind character: `b`, `u`, `i`, `f` or `c`.
    public var kind: Character {
        switch self {
        case .bool: "b"
        case .uint8: "u"
        case .int32, .int64: "i"
        case .float32, .float64: "f"
        case .complex64, .complex128: "c"
        }
    }

    /// True for complex64 and complex128.
    public var isComplex: Bool {
        switch self {
        case .complex64, .complex128: true
        default: false
        }
    }

    /// The dtype of one part (real or imaginary) of a complex dtype (`complex128` → `float64`,
    /// `complex64` → `float32`); the dtype itself for the others. NumPy's `.real` and `abs`
    /// give this dtype.
    public var realPart: DType {
        switch self {
        case .complex64: .float32
        case .complex128: .float64
        default: self
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
        case .complex64: "<c8"
        case .complex128: "<c16"
        }
    }

    /// Parses a NumPy dtype name or type string: `float64`, `f8`, `<f8`, `float`, `double`,
    /// `float32`, `single`, `f4`, `int64`, `int`, `i8`, `int32`, `i4`, `uint8`, `u1`, `ubyte`,
    /// `bool`, `bool_`, `?`, `b1`, `complex128`, `complex`, `c16`, `cdouble`, `D`, `complex64`,
    /// `c8`, `csingle`, `F`.
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
        case "complex128", "complex", "c16", "cdouble", "D": self = .complex128
        case "complex64", "c8", "csingle", "F": self = .complex64
        default: return nil
        }
    }
}
