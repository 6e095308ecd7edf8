/// The unary elementwise operations (NumPy ufuncs of one operand) of the engine; the raw
/// value is the ufunc's NumPy name (`np.abs` is the ufunc `absolute`).
public enum UnaryOperator: String, Sendable, CaseIterable {
    /// `-a`, `np.negative`.
    case negative
    /// `+a`, `np.positive`: a copy.
    case positive
    /// `~a`, `np.invert`: bitwise not of integers, logical not of booleans.
    case invert
    /// `np.absolute` (`np.abs`, `abs(a)`): integers keep their dtype and wrap at the minimum.
    case absolute
    /// `np.fabs`: the absolute value computed as a float.
    case fabs
    /// `np.square`: `a * a` in the input's dtype.
    case square
    /// `np.reciprocal`: `1 / a` in the input's dtype (integers: `(type)(1.0 / a)`).
    case reciprocal
    /// `np.sign`: -1, 0 or 1 (NaN for NaN).
    case sign
    /// `np.floor`, `np.ceil`: integers and booleans are returned as they are.
    case floor, ceil
    /// The float functions: integers are computed in float64, float32 stays float32.
    case sqrt, exp, log, log2, log10, sin, cos, tan, tanh
    /// `np.rint`: the nearest integer, ties to even (a float function: integers in float64).
    case rint
    /// The float functions of ``FloatFunction`` (`np.log1p`, `np.arcsin`, …, `np.deg2rad`):
    /// integers in float64, float32 kept.
    case log1p, expm1, arcsin, arccos, arctan, sinh, cosh, arcsinh, arccosh, arctanh, exp2, cbrt, deg2rad, rad2deg
    /// `np.trunc`: toward zero; integers and booleans are returned as they are (as `floor`).
    case trunc

    /// The ``FloatFunction`` this operator computes, if it is one of them (the one of the same
    /// name; a switch, not a look-up by name: every ufunc call asks).
    public var floatFunction: FloatFunction? {
        switch self {
        case .log1p: .log1p
        case .expm1: .expm1
        case .arcsin: .arcsin
        case .arccos: .arccos
        case .arctan: .arctan
        case .sinh: .sinh
        case .cosh: .cosh
        case .arcsinh: .arcsinh
        case .arccosh: .arccosh
        case .arctanh: .arctanh
        case .exp2: .exp2
        case .cbrt: .cbrt
        case .deg2rad: .deg2rad
        case .rad2deg: .rad2deg
        case .trunc: .trunc
        default: nil
        }
    }
}
