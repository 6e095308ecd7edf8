extension UnaryOperator {
    /// True for the functions NumPy defines on floats only (`sqrt`, `exp`, ..., `fabs`),
    /// whose loops are float16, float32 and float64.
    public var isFloatFunction: Bool {
        switch self {
        case .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .tanh, .fabs, .rint: true
        case .trunc: false
        default: floatFunction != nil
        }
    }

    /// NumPy's loop for an input of dtype `input`, or for `dtype=` (`requested`): the dtype
    /// the loop computes and returns in (the same for every unary ufunc here).
    ///
    /// Without `dtype=`: the float functions compute int32 and int64 in float64 and keep
    /// float32 and float64; the others keep the input's dtype. NumPy resolves booleans and
    /// uint8 for the float functions to float16, and booleans for `square` and `reciprocal`
    /// to int8: dtypes the engine does not have (``EngineError/unsupportedDType(_:)``).
    /// `sign` and `positive` have no boolean loop, `invert` no float loop.
    ///
    /// With `dtype=`: the loop of that dtype, when the ufunc has one, and the input must cast
    /// to it under the `same_kind` rule (NumPy's input casting check).
    public func loop(_ input: DType, requested: DType? = nil) throws(EngineError) -> DType {
        if let requested {
            guard hasLoop(requested) else {
                throw .noLoop("No loop matching the specified signature and casting was found for ufunc \(rawValue)")
            }
            guard input.canCastSameKind(to: requested) else {
                throw .castingRefused("Cannot cast ufunc '\(rawValue)' input from dtype('\(input)') to dtype('\(requested)') with casting rule 'same_kind'")
            }
            return requested
        }
        if isFloatFunction {
            switch input {
            case .float32, .float64: return input
            case .int32, .int64: return .float64
            case .complex64, .complex128:
                throw .unsupportedDType("np.\(rawValue) of a \(input) array is not supported yet")
            case .bool, .uint8:
                throw .unsupportedDType("np.\(rawValue) of a \(input) array computes in float16 in NumPy, a dtype peakmem does not have yet; convert the input first (e.g. a.astype(np.float32))")
            }
        }
        if input == .bool {
            switch self {
            case .negative:
                throw .unsupportedOperation("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
            case .square, .reciprocal:
                throw .unsupportedDType("np.\(rawValue) of a bool array computes in int8 in NumPy, a dtype peakmem does not have yet; convert the input first (e.g. a.astype(np.int32))")
            case .sign, .positive:
                throw .noLoop("ufunc '\(rawValue)' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None")
            default:
                break
            }
        }
        if self == .invert, input.isFloatingPoint { throw .unsupportedTypes(operation: rawValue, input, nil) }
        return input
    }

    /// True when NumPy has a loop of this ufunc for `dtype` (among the engine's dtypes).
    func hasLoop(_ dtype: DType) -> Bool {
        if isFloatFunction { return dtype.isFloatingPoint }
        switch self {
        case .invert: return !dtype.isFloatingPoint
        case .negative, .positive, .sign, .square, .reciprocal: return dtype != .bool
        default: return true
        }
    }
}
