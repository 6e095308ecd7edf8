/// The cost model of NumPy's contraction-path search (`numpy/_core/einsumfunc.py`), over label sets.
///
/// - The *size* of a set of labels is the product of their sizes (elements of an array with
///   those labels as axes; a repeated label counts once per occurrence when sizing a term).
/// - Contracting the operands at `positions` of the current list gives a result whose labels are
///   the involved labels that still appear in another operand or in the output; the other
///   involved labels are *removed* (summed away). The result goes to the END of the list.
/// - The FLOP count of a step involving labels `L` with `t` operands is
///   `size(L) · (max(1, t − 1) + (1 if any label is removed else 0))`:
///   one multiply per extra operand, plus one add when the step sums.
struct EinsumPathCostModel: Sendable {
    /// One contraction of some operands of the current list.
    struct Contraction {
        /// The labels of the new operand.
        var result: Set<Character>
        /// The operand list after the step: the untouched operands in order, then `result`.
        var remaining: [Set<Character>]
        /// Labels summed away in this step.
        var removed: Set<Character>
        /// All labels of the contracted operands.
        var involved: Set<Character>
    }

    let sizes: [Character: Int]
    let output: Set<Character>

    /// Product of the sizes of `labels` (NumPy's `_compute_size_by_dict`).
    func size<S: Sequence<Character>>(_ labels: S) -> Int {
        labels.reduce(1) { $0 * sizes[$1, default: 1] }
    }

    /// NumPy's `_flop_count`.
    func flops(_ involved: Set<Character>, summing: Bool, terms: Int) -> Int {
        size(involved) * (max(1, terms - 1) + (summing ? 1 : 0))
    }

    /// NumPy's `_find_contraction`: contracts the operands at `positions` of `sets`.
    func contraction<C: Collection<Int>>(_ positions: C, of sets: [Set<Character>]) -> Contraction {
        var involved = Set<Character>()
        var kept = output
        var remaining: [Set<Character>] = []
        remaining.reserveCapacity(sets.count - positions.count + 1)
        for (index, labels) in sets.enumerated() {
            if positions.contains(index) {
                involved.formUnion(labels)
            } else {
                remaining.append(labels)
                kept.formUnion(labels)
            }
        }
        let result = kept.intersection(involved)
        remaining.append(result)
        return Contraction(result: result, remaining: remaining,
                           removed: involved.subtracting(result), involved: involved)
    }

    /// The FLOP count of contracting all `sets` at once (the bound greedy's steps must stay under).
    func naiveFlops(_ sets: [Set<Character>]) -> Int {
        let all = contraction(sets.indices, of: sets)
        return flops(all.involved, summing: !all.removed.isEmpty, terms: sets.count)
    }

    /// The labels of an intermediate in the order NumPy gives them: by size, then by label.
    func intermediateOrder(_ labels: Set<Character>) -> [Character] {
        labels.sorted { a, b in
            let (sa, sb) = (sizes[a, default: 1], sizes[b, default: 1])
            return sa != sb ? sa < sb : String(a).unicodeScalars.lexicographicallyPrecedes(String(b).unicodeScalars)
        }
    }

    /// NumPy's `_can_dot` (NumPy ≤ 2.3, where it chose tensordot): whether the pairwise step
    /// `inputs → result` summing `removed` is a DOT, GEMV or GEMM that BLAS does without copying
    /// (or a GEMM worth a copy). False for single operands, repeated labels, labels summed
    /// within one operand, or diagonals.
    static func canDot(_ inputs: [[Character]], result: [Character], removed: Set<Character>) -> Bool {
        guard !removed.isEmpty, inputs.count == 2 else { return false }
        let (left, right) = (inputs[0], inputs[1])
        for label in Set(left + right) {
            let nl = left.count(where: { $0 == label }), nr = right.count(where: { $0 == label })
            if nl > 1 || nr > 1 || nl + nr > 2 { return false }
            if nl + nr - 1 == (result.contains(label) ? 1 : 0) { return false }
        }
        let (setLeft, setRight) = (Set(left), Set(right))
        let rs = removed.count
        if left == right { return true }
        if setLeft == setRight { return false }
        if Array(left.suffix(rs)) == Array(right.prefix(rs)) { return true }
        if Array(left.prefix(rs)) == Array(right.suffix(rs)) { return true }
        if Array(left.suffix(rs)) == Array(right.suffix(rs)) { return true }
        if Array(left.prefix(rs)) == Array(right.prefix(rs)) { return true }
        if setLeft.subtracting(removed).isEmpty || setRight.subtracting(removed).isEmpty { return false }
        return true
    }
}

/// All pairs `(i, j)`, `i < j < count`, in `itertools.combinations` order.
func einsumPathPairs(_ count: Int) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    pairs.reserveCapacity(count * (count - 1) / 2)
    for i in 0..<max(count, 0) { for j in (i + 1)..<max(count, i + 1) { pairs.append((i, j)) } }
    return pairs
}
