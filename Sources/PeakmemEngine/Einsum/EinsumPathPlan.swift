/// One step of a contraction path: the operands it contracts (pairwise, or one or more at once).
public struct EinsumContractionStep: Sendable, Hashable {
    /// Positions in the CURRENT operand list (NumPy's path tuple), in the order the operands appear
    /// in `subscripts`: decreasing, as NumPy pops them. The result is appended at the end of the list.
    public let operands: [Int]
    /// This step's einsum string, e.g. `"kl,jk->jl"`; the last step's output is the requested output,
    /// an intermediate's labels are ordered by size, then by label, as NumPy orders them.
    public let subscripts: String
    /// Labels summed away in this step.
    public let removed: Set<Character>
    /// NumPy's `_can_dot` verdict (NumPy ≤ 2.3 chose tensordot on it; NumPy 2.4 contracts every
    /// pair through `bmm_einsum`, see `contractedByMatmul`).
    public let blas: Bool

    /// The labels of each contracted operand, in `subscripts` order.
    public let inputs: [[Character]]
    /// The labels of the step's result.
    public let result: [Character]
    /// The operand list after the step, as NumPy's table prints it ("remaining").
    public let remaining: [[Character]]
    /// The number of distinct labels involved (the table's "scaling").
    public let scaling: Int
    /// NumPy's FLOP count of the step.
    public let flops: Int
    /// Elements of the result.
    public let resultElements: Int
    /// Bytes of intermediates alive during the step: those alive before it (its own inputs
    /// included) plus its result.
    public let liveBytes: Int

    /// Whether NumPy 2.4's `bmm_einsum` does this step with `matmul` (two operands and at least one
    /// label of size > 1 present in both and summed away); otherwise a pair is a broadcast
    /// `multiply`, and a single operand is a `c_einsum` call.
    public let contractedByMatmul: Bool
}

/// A planned contraction path, with NumPy's report.
public struct EinsumPlan: Sendable, Hashable {
    /// The path as NumPy returns it, without the leading `'einsum_path'`: each step's positions as
    /// chosen (e.g. `[[1, 2], [0, 1]]`).
    public let path: [[Int]]
    public let steps: [EinsumContractionStep]
    /// `numpyReport`, then peakmem's line giving `predictedPeakBytes`.
    public let report: String
    /// Exactly the text `np.einsum_path(...)[1]` prints (NumPy 2.4.6).
    public let numpyReport: String

    /// The number of distinct labels.
    public let naiveScaling: Int
    /// The largest step scaling.
    public let optimizedScaling: Int
    /// NumPy's FLOP count of contracting all operands in one loop.
    public let naiveFlops: Int
    /// NumPy's optimized FLOP count: the sum of the steps' FLOPs plus one (as NumPy prints it).
    public let optimizedFlops: Int
    /// `naiveFlops / optimizedFlops`.
    public let speedup: Double
    /// The largest step result, in elements (NumPy's "Largest intermediate", the output included).
    public let largestIntermediate: Int
    /// The bytes of one element.
    public let itemSize: Int
    /// peakmem's predicted peak of live intermediate bytes: the largest, over the steps, of the
    /// bytes of every array the path has created and not yet consumed, plus the step's new result,
    /// counted while the step's inputs are still alive. Arrays are `elements · itemSize` bytes; the
    /// caller's operands, views, and the kernels' own scratch copies are not counted; the final
    /// output is (it is the last step's result).
    public let predictedPeakBytes: Int
    /// The 0-based index of the first step reaching `predictedPeakBytes`.
    public let peakStep: Int
}
