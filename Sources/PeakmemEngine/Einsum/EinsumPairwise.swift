/// One two-operand contraction of an einsum path, done as NumPy 2.4's `bmm_einsum` does it
/// (`numpy/_core/einsumfunc.py`): with `matmul`, or with `multiply` when nothing is summed
/// between the two operands.
///
/// The labels of size > 1 are classified as *batch* (in both operands and the output),
/// *contracted* (in both, not in the output), *kept* (in one operand and the output); a label
/// of one operand only and not in the output is summed away beforehand. Then:
/// 1. each operand is brought to the order (batch, kept, contracted) — left — or (batch,
///    contracted, kept) — right — by a one-operand C einsum, which is a view when it only
///    permutes (or takes a diagonal) and a new array when it sums;
/// 2. each is reshaped to 3-D (2-D without batch labels), fusing each group of labels: a view
///    when NumPy's reshape rule allows, else a copy;
/// 3. one `matmul` (its result, and `out` directly when no reshape or transpose follows);
/// 4. the product is reshaped to the separate output labels (plus the size-1 labels the output
///    keeps) and transposed to the output order: views.
///
/// So the buffers are exactly NumPy's: the prepared operands that are not views, the matmul
/// result (or the multiply result), all freed when the caller drops them.
struct EinsumPairwise {
    let left: [Character]
    let right: [Character]
    let output: [Character]

    /// Parses `"ab,bc->ac"`.
    init(_ subscripts: String) throws(EngineError) {
        let sides = subscripts.components(separatedBy: "->")
        let terms = sides[0].split(separator: ",", omittingEmptySubsequences: false)
        guard sides.count == 2, terms.count == 2 else {
            throw .invalidArgument("a pairwise contraction needs the form 'ab,bc->ac', got '\(subscripts)'")
        }
        left = Array(terms[0]); right = Array(terms[1]); output = Array(sides[1])
    }

    func run(_ a: NDArray, _ b: NDArray, out: NDArray?, dtype: DType?) throws(EngineError) -> NDArray {
        guard left.count == a.ndim else { throw .invalidArgument("Term '\(String(left))' does not match shape \(EngineError.shapeText(a.shape)).") }
        guard right.count == b.ndim else { throw .invalidArgument("Term '\(String(right))' does not match shape \(EngineError.shapeText(b.shape)).") }
        var sizes: [Character: Int] = [:]
        var singletons = Set<Character>()
        var leftLabels: [Character] = [], rightLabels: [Character] = []
        for (label, length) in zip(left, a.shape) {
            if length == 1 { singletons.insert(label); continue }
            if sizes[label, default: length] != length { throw mismatch(label, sizes[label]!, length) }
            sizes[label] = length
            if !leftLabels.contains(label) { leftLabels.append(label) }
        }
        for (label, length) in zip(right, b.shape) {
            if length == 1 {
                if !leftLabels.contains(label) { singletons.insert(label) }
                continue
            }
            singletons.remove(label)
            if sizes[label, default: length] != length { throw mismatch(label, sizes[label]!, length) }
            sizes[label] = length
            if !rightLabels.contains(label) { rightLabels.append(label) }
        }
        var batch: [Character] = [], contracted: [Character] = [], keptLeft: [Character] = [], keptRight: [Character] = []
        for label in leftLabels {
            if rightLabels.contains(label) {
                if output.contains(label) { batch.append(label) } else { contracted.append(label) }
            } else if output.contains(label) {
                keptLeft.append(label)
            }
        }
        keptRight = rightLabels.filter { !leftLabels.contains($0) && output.contains($0) }

        if contracted.isEmpty {
            return try multiply(a, b, out: out, dtype: dtype)
        }
        let outputSingletons = output.filter { singletons.contains($0) }
        let groupsLeft = batch.isEmpty ? [keptLeft, contracted] : [batch, keptLeft, contracted]
        let groupsRight = batch.isEmpty ? [contracted, keptRight] : [batch, contracted, keptRight]
        let groupsOut = batch.isEmpty ? [keptLeft, keptRight] : [batch, keptLeft, keptRight]
        func fused(_ groups: [[Character]]) -> [Int] { groups.map { $0.map { sizes[$0]! }.reduce(1, *) } }

        var x = try prepare(a, left, batch + keptLeft + contracted, dtype: dtype)
        if groupsLeft.contains(where: { $0.count != 1 }) { x = try x.reshape(fused(groupsLeft)) }
        var y = try prepare(b, right, batch + contracted + keptRight, dtype: dtype)
        if groupsRight.contains(where: { $0.count != 1 }) { y = try y.reshape(fused(groupsRight)) }

        let needsReshape = groupsOut.contains(where: { $0.count != 1 }) || !outputSingletons.isEmpty
        let produced = outputSingletons + batch + keptLeft + keptRight
        let needsPermutation = produced != output
        var product = try NDArray.einsumMatmul(x, y, out: needsReshape || needsPermutation ? nil : out, dtype: dtype)
        if needsReshape {
            product = try product.reshape([Int](repeating: 1, count: outputSingletons.count) + groupsOut.flatMap { $0.map { sizes[$0]! } })
        }
        if needsPermutation {
            product = try product.transpose(output.map { produced.firstIndex(of: $0)! })
        }
        if let out, needsReshape || needsPermutation {
            try product.assign(to: out)
            return out
        }
        return product
    }

    /// The contraction without summed labels: each operand brought to the output's label order
    /// (size-1 dimensions where it lacks a label) and one broadcasting `multiply`.
    private func multiply(_ a: NDArray, _ b: NDArray, out: NDArray?, dtype: DType?) throws(EngineError) -> NDArray {
        func arranged(_ array: NDArray, _ labels: [Character]) throws(EngineError) -> NDArray {
            let desired = output.filter { labels.contains($0) }
            let prepared = try prepare(array, labels, desired, dtype: dtype)
            let shape = output.map { label in labels.firstIndex(of: label).map { array.shape[$0] } ?? 1 }
            return try prepared.reshape(shape)
        }
        let x = try arranged(a, left), y = try arranged(b, right)
        if let dtype {
            let type = try NDArray.einsumResultType([x, y], dtype: dtype)
            return try NDArray.apply(.multiply, .array(x.dtype == type ? x : x.astype(type)), .array(y.dtype == type ? y : y.astype(type)), out: out)
        }
        return try NDArray.apply(.multiply, .array(x), .array(y), out: out)
    }

    /// `c_einsum("labels->desired", array)` when the two differ, else the array itself.
    private func prepare(_ array: NDArray, _ labels: [Character], _ desired: [Character], dtype: DType?) throws(EngineError) -> NDArray {
        guard labels != desired else { return array }
        return try NDArray.einsum(EinsumSubscripts(inputs: [labels], output: desired), [array], dtype: dtype)
    }

    private func mismatch(_ label: Character, _ first: Int, _ second: Int) -> EngineError {
        .invalidArgument("Index \(label) has mismatched sizes \(first) and \(second).")
    }
}

extension NDArray {
    /// `np.matmul(a, b, out=out, dtype=dtype)` as a contraction step calls it: operands of
    /// another dtype than `dtype` converted first (a copy each, as the gufunc's casting makes),
    /// then ``matmul(_:_:out:)`` — which writes into `out` directly when it can (no allocation)
    /// and through a temporary of the result's size otherwise.
    static func einsumMatmul(_ a: NDArray, _ b: NDArray, out: NDArray?, dtype: DType?) throws(EngineError) -> NDArray {
        var x = a, y = b
        if let dtype {
            let type = try einsumResultType([a, b], dtype: dtype)
            if x.dtype != type { x = try x.astype(type, order: .c) }
            if y.dtype != type { y = try y.astype(type, order: .c) }
        }
        return try matmul(x, y, out: out)
    }
}
