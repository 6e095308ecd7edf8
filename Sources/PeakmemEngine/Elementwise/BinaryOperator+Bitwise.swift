extension BinaryOperator {
    /// True for `&`, `|`, `^`, `<<`, `>>`.
    public var isBitwise: Bool {
        switch self {
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift: true
        default: false
        }
    }

    /// NumPy's loops for the bitwise ufuncs: the common dtype of integer (or, for `&`, `|`,
    /// `^`, boolean) operands, computed and returned in that dtype. Floats have no loop
    /// (NumPy's "ufunc 'bitwise_and' not supported for the input types" TypeError); boolean
    /// shifts compute in int8 in NumPy, a dtype the engine does not have.
    func bitwiseLoop(_ common: DType, _ a: DType, _ b: DType) throws(EngineError) -> (compute: DType, result: DType) {
        if common.isFloatingPoint { throw .unsupportedTypes(operation: rawValue, a, b) }
        if common == .bool, self == .leftShift || self == .rightShift { throw .unsupportedTypes(operation: rawValue, a, b) }
        return (common, common)
    }
}
