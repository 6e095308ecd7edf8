/// The three path searches over label sets. Each returns a path: for every step, the positions
/// in the current operand list of the operands it contracts (the result is appended at the end).
struct EinsumPathSearch: Sendable {
    let model: EinsumPathCostModel
    /// The largest intermediate allowed, in elements.
    let memoryLimit: Int

    // MARK: greedy (NumPy's `_greedy_path`)

    /// A candidate pairwise step of the greedy search (NumPy's `_parse_possible_contraction` result).
    private struct Candidate {
        /// Elements removed: the two operands' sizes minus the result's size. Larger is better.
        var removedSize: Int
        /// The step's FLOP count. Smaller is better among equal `removedSize`.
        var flops: Int
        var positions: (Int, Int)
        /// The operand list after this step (kept up to date as other steps are taken).
        var sets: [Set<Character>]

        func isBetter(than other: Candidate) -> Bool {
            removedSize != other.removedSize ? removedSize > other.removedSize : flops < other.flops
        }
    }

    /// NumPy's greedy search. At each step, among pairs that share a label (or, when none does,
    /// among all pairs), take the pair removing the most elements, then the fewest FLOPs; the first
    /// such pair found wins ties. A pair is not considered when its result exceeds `memoryLimit` or
    /// when the FLOPs so far plus its FLOPs exceed those of contracting everything at once. After
    /// the first step only pairs with the newest operand are evaluated afresh; the candidates found
    /// earlier are kept with their original scores. When no pair is allowed, the remaining operands
    /// are contracted in one step.
    func greedy(_ initial: [Set<Character>]) -> [[Int]] {
        if initial.count == 1 { return [[0]] }
        if initial.count == 2 { return [[0, 1]] }
        let naive = model.naiveFlops(initial)
        var sets = initial
        var pairs = einsumPathPairs(sets.count)
        var known: [Candidate] = []
        var pathFlops = 0
        var path: [[Int]] = []

        func candidate(_ pair: (Int, Int)) -> Candidate? {
            let step = model.contraction([pair.0, pair.1], of: sets)
            let newSize = model.size(step.result)
            if newSize > memoryLimit { return nil }
            let removedSize = model.size(sets[pair.0]) + model.size(sets[pair.1]) - newSize
            let flops = model.flops(step.involved, summing: !step.removed.isEmpty, terms: 2)
            if pathFlops + flops > naive { return nil }
            return Candidate(removedSize: removedSize, flops: flops, positions: pair, sets: step.remaining)
        }

        for _ in 0..<(initial.count - 1) {
            for pair in pairs where !sets[pair.0].isDisjoint(with: sets[pair.1]) {
                if let found = candidate(pair) { known.append(found) }
            }
            if known.isEmpty {
                for pair in einsumPathPairs(sets.count) {
                    if let found = candidate(pair) { known.append(found) }
                }
                if known.isEmpty {
                    path.append(Array(sets.indices))
                    break
                }
            }
            var best = known[0]
            for other in known.dropFirst() where other.isBetter(than: best) { best = other }
            known = Self.carriedOver(known, after: best)
            sets = best.sets
            let newest = sets.count - 1
            pairs = (0..<newest).map { ($0, newest) }
            path.append([best.positions.0, best.positions.1])
            pathFlops += best.flops
        }
        return path
    }

    /// NumPy's `_update_other_results`: the candidates not touching `best`'s operands, renumbered
    /// and with `best`'s result placed in their operand lists as it will be.
    private static func carriedOver(_ candidates: [Candidate], after best: Candidate) -> [Candidate] {
        let (bx, by) = best.positions
        let bestResult = best.sets[best.sets.count - 1]
        func shift(_ i: Int, _ a: Int, _ b: Int) -> Int { i - (i > a ? 1 : 0) - (i > b ? 1 : 0) }
        var kept: [Candidate] = []
        for var candidate in candidates {
            let (x, y) = candidate.positions
            if x == bx || x == by || y == bx || y == by { continue }
            candidate.sets.remove(at: shift(by, x, y))
            candidate.sets.remove(at: shift(bx, x, y))
            candidate.sets.insert(bestResult, at: candidate.sets.count - 1)
            candidate.positions = (shift(x, bx, by), shift(y, bx, by))
            kept.append(candidate)
        }
        return kept
    }

    // MARK: optimal (NumPy's `_optimal_path`)

    /// NumPy's optimal search: breadth-first over every sequence of pairwise steps whose results fit
    /// in `memoryLimit`, keeping the total FLOP count; the smallest total wins (the first in
    /// enumeration order on ties). When at some depth no sequence can continue, the cheapest
    /// sequence so far is completed by one step contracting all remaining operands.
    func optimal(_ initial: [Set<Character>]) -> [[Int]] {
        var level: [(flops: Int, path: [[Int]], sets: [Set<Character>])] = [(0, [], initial)]
        for iteration in 0..<(initial.count - 1) {
            var next: [(flops: Int, path: [[Int]], sets: [Set<Character>])] = []
            let pairs = einsumPathPairs(initial.count - iteration)
            for partial in level {
                for pair in pairs {
                    let step = model.contraction([pair.0, pair.1], of: partial.sets)
                    if model.size(step.result) > memoryLimit { continue }
                    let flops = model.flops(step.involved, summing: !step.removed.isEmpty, terms: 2)
                    next.append((partial.flops + flops, partial.path + [[pair.0, pair.1]], step.remaining))
                }
            }
            if next.isEmpty {
                return Self.cheapest(level).path + [Array(0..<(initial.count - iteration))]
            }
            level = next
        }
        return Self.cheapest(level).path
    }

    private static func cheapest(_ level: [(flops: Int, path: [[Int]], sets: [Set<Character>])])
        -> (flops: Int, path: [[Int]], sets: [Set<Character>]) {
        var best = level[0]
        for other in level.dropFirst() where other.flops < best.flops { best = other }
        return best
    }

    // MARK: memory (peakmem)

    /// The state of a partial path in the memory search. Sizes are in elements.
    private struct MemoryState {
        var sets: [Set<Character>]
        /// Elements of each current operand that the contraction created (0 for the caller's operands).
        var owned: [Int]
        /// Elements of intermediates alive between steps.
        var live: Int
        /// The largest `live + new result` seen at any step so far.
        var peak: Int
        var flops: Int
        var path: [[Int]]

        /// The state after contracting `positions` (the result appended at the end).
        func applying(_ positions: [Int], _ step: EinsumPathCostModel.Contraction, resultSize: Int,
                      flops stepFlops: Int) -> MemoryState {
            var next = self
            next.sets = step.remaining
            var freed = 0
            var owned: [Int] = []
            for (index, elements) in self.owned.enumerated() {
                if positions.contains(index) { freed += elements } else { owned.append(elements) }
            }
            owned.append(resultSize)
            next.owned = owned
            next.peak = max(peak, live + resultSize)
            next.live = live - freed + resultSize
            next.flops = flops + stepFlops
            next.path.append(positions)
            return next
        }

        func isBetter(than other: MemoryState) -> Bool {
            peak != other.peak ? peak < other.peak : flops < other.flops
        }
    }

    /// The steps from `state` that the memory search may take: every pair whose result fits in
    /// `memoryLimit`, or, when none fits, the single step contracting all operands.
    private func memorySteps(from state: MemoryState) -> [MemoryState] {
        var steps: [MemoryState] = []
        for pair in einsumPathPairs(state.sets.count) {
            let positions = [pair.0, pair.1]
            let step = model.contraction(positions, of: state.sets)
            let size = model.size(step.result)
            if size > memoryLimit { continue }
            let flops = model.flops(step.involved, summing: !step.removed.isEmpty, terms: 2)
            steps.append(state.applying(positions, step, resultSize: size, flops: flops))
        }
        if steps.isEmpty {
            let positions = Array(state.sets.indices)
            let step = model.contraction(positions, of: state.sets)
            let flops = model.flops(step.involved, summing: !step.removed.isEmpty, terms: positions.count)
            steps.append(state.applying(positions, step, resultSize: model.size(step.result), flops: flops))
        }
        return steps
    }

    /// peakmem's memory search: the sequence of steps with the smallest peak of live intermediate
    /// elements (each step's result counted while its inputs are still alive; the caller's operands
    /// not counted), ties broken by total FLOPs, then by enumeration order (pairs in
    /// `itertools.combinations` order, as the optimal search). Exhaustive (depth-first with
    /// pruning of partial paths already worse than the best complete one) up to
    /// `exhaustiveLimit` operands; beyond, greedy: each step takes the pair giving the smallest
    /// (peak so far, live elements after the step, FLOPs).
    func memory(_ initial: [Set<Character>], exhaustiveLimit: Int) -> [[Int]] {
        let start = MemoryState(sets: initial, owned: Array(repeating: 0, count: initial.count),
                                live: 0, peak: 0, flops: 0, path: [])
        if initial.count <= exhaustiveLimit {
            var best: MemoryState?
            func explore(_ state: MemoryState) {
                if let best, !state.isBetter(than: best) { return }
                if state.sets.count == 1 { best = state; return }
                for next in memorySteps(from: state) { explore(next) }
            }
            explore(start)
            return best?.path ?? []
        }
        var state = start
        while state.sets.count > 1 {
            let options = memorySteps(from: state)
            var chosen = options[0]
            for other in options.dropFirst() {
                let a = (other.peak, other.live, other.flops), b = (chosen.peak, chosen.live, chosen.flops)
                if a < b { chosen = other }
            }
            state = chosen
        }
        return state.path
    }
}
