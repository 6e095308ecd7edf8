/// numexpr's value kinds and its typing rules, on the engine's dtypes.
///
/// numexpr computes in five kinds, ranked `bool < int < long < float < double`, and an
/// operation computes in the highest kind of its operands (`commonKind`), so unlike NumPy an
/// int64 with a float32 gives float32. Arrays map to kinds by dtype (numexpr's `getType`):
/// `uint8` and `int32` are `int` (so uint8 arithmetic computes and returns int32), `int64` is
/// `long`, `float32` is `float`, `float64` is `double`. Literals: Python ints are `int` when
/// they fit in 32 bits, else `long`; Python floats are `double`.
enum FusedKind: Int, Comparable, Sendable {
    case bool, int, long, float, double

    static func < (a: FusedKind, b: FusedKind) -> Bool { a.rawValue < b.rawValue }

    /// The kind numexpr gives an array of `dtype`.
    init(_ dtype: DType) {
        switch dtype {
        case .bool: self = .bool
        case .uint8, .int32: self = .int
        case .int64: self = .long
        case .float32: self = .float
        // Complex arrays never reach a fused program (``FusedProgram`` refuses them first).
        case .float64, .complex64, .complex128: self = .double
        }
    }

    /// The kind numexpr gives a literal.
    init(_ scalar: Scalar) {
        switch scalar {
        case .bool: self = .bool
        case .int(let i): self = Int64(Int32.min)...Int64(Int32.max) ~= i ? .int : .long
        case .float: self = .double
        }
    }

    /// The dtype values of this kind are stored in.
    var dtype: DType {
        switch self {
        case .bool: .bool
        case .int: .int32
        case .long: .int64
        case .float: .float32
        case .double: .float64
        }
    }

    /// True for `int` and `long`.
    var isInteger: Bool { self == .int || self == .long }

    /// The kind a function or a true division computes in for an argument of this kind:
    /// `double` for booleans and integers, the float kinds themselves.
    var floating: FusedKind { self == .float ? .float : .double }
}
