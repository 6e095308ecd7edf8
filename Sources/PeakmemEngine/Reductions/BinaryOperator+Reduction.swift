extension BinaryOperator {
    /// The operators that have `reduce` and `accumulate` here.
    public static let reducible: [BinaryOperator] = [.add, .subtract, .multiply, .maximum, .minimum, .fmax, .fmin]

    /// The value a reduction starts from (NumPy's ufunc identity): 0 for `add`, 1 for
    /// `multiply`; nil for the operators without one, whose reductions start from the first
    /// element and refuse empty input.
    var reductionIdentity: Scalar? {
        switch self {
        case .add: .int(0)
        case .multiply: .int(1)
        default: nil
        }
    }

    /// True when the order of the operands may change (several axes at once): all but
    /// `subtract`, which NumPy reduces along one axis only.
    var isReorderable: Bool { self != .subtract }

    /// The dtype NumPy reduces and accumulates `input` in when no `dtype=` is given:
    /// `add` and `multiply` widen booleans and integers narrower than the platform integer to
    /// it (int64 here; NumPy gives uint64 for uint8, a dtype this engine does not have — the
    /// bytes are the same), every other operator keeps the input's dtype.
    public func accumulatorDType(for input: DType) -> DType {
        switch (self, input) {
        case (.add, .bool), (.add, .uint8), (.add, .int32), (.multiply, .bool), (.multiply, .uint8), (.multiply, .int32):
            .int64
        default:
            input
        }
    }

    /// Refuses operators without a reduction here.
    func checkReducible(_ method: String) throws(EngineError) {
        guard BinaryOperator.reducible.contains(self) else {
            throw .invalidArgument("\(rawValue).\(method) is not supported (only \(BinaryOperator.reducible.map(\.rawValue).joined(separator: ", ")))")
        }
    }
}
