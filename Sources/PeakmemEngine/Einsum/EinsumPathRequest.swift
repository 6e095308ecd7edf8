/// How `EinsumPathPlanner` chooses the order of pairwise contractions.
///
/// - `greedy`: NumPy's `optimize='greedy'` (also `optimize=True`): at each step contract the pair
///   that removes the most elements (sum of the two operands' sizes minus the result's size),
///   ties broken by the step's FLOP count; outer products only when no pair shares an index.
/// - `optimal`: NumPy's `optimize='optimal'`: every sequence of pairwise contractions is tried and
///   the one with the smallest total FLOP count wins (the first found on ties, in NumPy's order).
/// - `memory`: peakmem only: the pairwise sequence with the smallest predicted peak of live
///   intermediate bytes (`EinsumPlan.predictedPeakBytes`), ties broken by total FLOP count;
///   exhaustive up to `EinsumPathPlanner.exhaustiveMemorySearchLimit` operands, greedy beyond.
public enum EinsumPathStrategy: Sendable, Hashable {
    case greedy, optimal, memory
}

/// A contraction to plan: the subscripts of each operand, of the output, and the size of each label.
///
/// Operands are already parsed by the caller: an ellipsis is expanded to labels as NumPy does,
/// and `sizes` holds each label's broadcast size (the largest size seen for that label).
public struct EinsumPathRequest: Sendable, Hashable {
    /// The labels of each operand, in axis order (repeated labels allowed: traces, diagonals).
    public var inputs: [[Character]]
    /// The labels of the output, in axis order.
    public var output: [Character]
    /// The size of every label that appears in `inputs`.
    public var sizes: [Character: Int]
    /// The bytes of one element of every intermediate (the result dtype's itemsize).
    public var itemSize: Int
    /// NumPy's `memory_limit`: the largest intermediate allowed, in elements. `nil` means NumPy's
    /// default: the size of the largest operand or of the output (`max_size` in `einsum_path`).
    public var memoryLimit: Int?

    public init(inputs: [[Character]], output: [Character], sizes: [Character: Int],
                itemSize: Int, memoryLimit: Int? = nil) {
        self.inputs = inputs
        self.output = output
        self.sizes = sizes
        self.itemSize = itemSize
        self.memoryLimit = memoryLimit
    }
}
