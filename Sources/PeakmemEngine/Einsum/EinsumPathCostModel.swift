/// The cost model of NumPy's contraction-path search (`numpy/_core/einsumfunc.py`), over label sets.
///
/// - The *size* of a set of labels is the product of their sizes (elements of an array with
///   those labels as axes; a repeated label counts once per occurrence when sizing a term).
///   Sets are bit masks over the request's distinct labels.
/// - Contracting the operands at `positions` of the current list gives a result whose labels are
///   the involved labels that still appear in another operand or in the output; the other
///   involved labels are *removed* (summed away). The result goes to the END of the list.
/// - The FLOP count of a step involving labels `L` with `t` operands is
///   `size(L) · (max(1, t − 1) + (1 if any label is removed else 0))`:
///   one multiply per extra operand, plus one add when the step sums.
struct EinsumPathCostModel: Sendable {
    /// A set of labels as bits: bit `i` stands for `labels[i]`.
    typealias LabelMask = UInt128

    /// One contraction of some operands of the current list.
    struct Contraction {
        /// The labels of the new operand.
        var result: LabelMask
        /// The operand list after the step: the untouched operands in order, then `result`.
        var remaining: [LabelMask]
        /// Labels summed away in this step.
        var removed: LabelMask
        /// All labels of the contracted operands.
        var involved: LabelMask
    }

    /// The distinct labels, in the order of their bits.
    let labels: [Character]
    /// The size of each label, by bit.
    let labelSizes: [Int]
    let bits: [Character: Int]
    /// The labels of the output.
    let output: LabelMask

    /// A model of the labels in `sizes` (at most `LabelMask.bitWidth` of them).
    init(sizes: [Character: Int], output: [Character]) throws {
        let labels = sizes.keys.sorted { String($0).unicodeScalars.lexicographicallyPrecedes(String($1).unicodeScalars) }
        guard labels.count <= LabelMask.bitWidth else { throw EinsumPathError.tooManyLabels(labels.count) }
        self.labels = labels
        self.labelSizes = labels.map { sizes[$0]! }
        self.bits = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($0.element, $0.offset) })
        var mask: LabelMask = 0
        for label in output { mask |= 1 << bits[label]! }
        self.output = mask
    }

    /// The set of `labels` (each must have a size).
    func mask<S: Sequence<Character>>(_ labels: S) -> LabelMask {
        labels.reduce(0) { $0 | (1 << bits[$1]!) }
    }

    /// The labels of `mask`.
    func characters(_ mask: LabelMask) -> Set<Character> {
        var result = Set<Character>()
        var rest = mask
        while rest != 0 {
            result.insert(labels[rest.trailingZeroBitCount])
            rest &= rest - 1
        }
        return result
    }

    /// Product of the sizes of the labels in `mask` (NumPy's `_compute_size_by_dict` of a set).
    func size(_ mask: LabelMask) -> Int {
        var product = 1
        var rest = mask
        while rest != 0 {
            product *= labelSizes[rest.trailingZeroBitCount]
            rest &= rest - 1
        }
        return product
    }

    /// Product of the sizes of a term's labels, a repeated label counted each time: the elements of
    /// an operand with those axes.
    func termSize(_ term: [Character]) -> Int {
        term.reduce(1) { $0 * labelSizes[bits[$1]!] }
    }

    /// NumPy's `_flop_count`.
    func flops(_ involved: LabelMask, summing: Bool, terms: Int) -> Int {
        size(involved) * (max(1, terms - 1) + (summing ? 1 : 0))
    }

    /// NumPy's `_find_contraction`: contracts the operands at `positions` of `sets`.
    func contraction<C: Collection<Int>>(_ positions: C, of sets: [LabelMask]) -> Contraction {
        var involved: LabelMask = 0
        var kept = output
        var remaining: [LabelMask] = []
        remaining.reserveCapacity(sets.count - positions.count + 1)
        for (index, labels) in sets.enumerated() {
            if positions.contains(index) {
                involved |= labels
            } else {
                remaining.append(labels)
                kept |= labels
            }
        }
        let result = kept & involved
        remaining.append(result)
        return Contraction(result: result, remaining: remaining, removed: involved & ~result, involved: involved)
    }

    /// The FLOP count of contracting all `sets` at once (the bound greedy's steps must stay under).
    func naiveFlops(_ sets: [LabelMask]) -> Int {
        let all = contraction(sets.indices, of: sets)
        return flops(all.involved, summing: all.removed != 0, terms: sets.count)
    }

    /// The labels of an intermediate in the order NumPy gives them: by size, then by label.
    func intermediateOrder(_ mask: LabelMask) -> [Character] {
        var order: [(size: Int, bit: Int)] = []
        var rest = mask
        while rest != 0 {
            let bit = rest.trailingZeroBitCount
            order.append((labelSizes[bit], bit))
            rest &= rest - 1
        }
        // Bits follow the labels' code-point order, so (size, bit) sorts as NumPy's (size, label).
        return order.sorted { $0 < $1 }.map { labels[$0.bit] }
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
