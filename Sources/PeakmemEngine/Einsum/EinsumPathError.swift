/// Why `EinsumPathPlanner` cannot plan a contraction.
public enum EinsumPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No operands.
    case noOperands
    /// A label of the inputs or output without a size, or with a negative size.
    case missingSize(Character)
    /// An output label that no input has.
    case outputLabelNotInInputs(Character)
    /// An explicit path step naming an operand that is not in the current list, naming one twice,
    /// or naming none.
    case invalidStep(step: Int, operands: [Int], available: Int)
    /// An explicit path that leaves more than one operand (NumPy's `RuntimeError`).
    case incompletePath(remaining: Int)
    /// Sizes so large that the FLOP count does not fit in an `Int`.
    case costOverflow
    /// An item size that is not positive.
    case invalidItemSize(Int)

    public var description: String {
        switch self {
        case .noOperands:
            return "No input operands"
        case .missingSize(let label):
            return "einsum_path: label '\(label)' has no valid size"
        case .outputLabelNotInInputs(let label):
            return "einstein sum subscripts string included output subscript '\(label)' which never appeared in an input"
        case .invalidStep(let step, let operands, let available):
            return "Invalid einsum_path is specified: step \(step) \(operands) does not name distinct operands among \(available)"
        case .incompletePath(let remaining):
            return "Invalid einsum_path is specified: \(remaining) more operands has to be contracted."
        case .costOverflow:
            return "einsum_path: the contraction's FLOP count does not fit in a 64-bit integer"
        case .invalidItemSize(let size):
            return "einsum_path: item size \(size) is not positive"
        }
    }
}
