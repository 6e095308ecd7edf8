/// Plans the order of an einsum's contractions as NumPy's `np.einsum_path` does (NumPy 2.4.6,
/// `numpy/_core/einsumfunc.py`), and peakmem's memory-minimising order.
///
/// The cost model (`EinsumPathCostModel`): a step over labels `L` with `t` operands costs
/// `Π_{l∈L} size(l) · (max(1, t−1) + [a label is summed])` FLOPs. With no explicit path,
/// a contraction of one or two operands, or one where every label is in the output, is done in a
/// single step whatever the strategy (NumPy's rule). Intermediates larger than the memory limit
/// (`EinsumPathRequest.memoryLimit`, by default the largest operand or output in elements) are
/// never planned.
public enum EinsumPathPlanner {
    /// Operand counts up to which the `memory` strategy searches every sequence of steps.
    public static let exhaustiveMemorySearchLimit = 7

    /// Chooses a path with `strategy`.
    public static func plan(_ request: EinsumPathRequest, strategy: EinsumPathStrategy) throws -> EinsumPlan {
        let context = try Context(request)
        let sets = request.inputs.map { Set($0) }
        let allLabels = sets.reduce(into: Set<Character>()) { $0.formUnion($1) }
        let path: [[Int]]
        if sets.count <= 2 || allLabels == context.model.output {
            path = [Array(sets.indices)]
        } else {
            let search = EinsumPathSearch(model: context.model, memoryLimit: context.memoryLimit)
            switch strategy {
            case .greedy: path = search.greedy(sets)
            case .optimal: path = search.optimal(sets)
            case .memory: path = search.memory(sets, exhaustiveLimit: exhaustiveMemorySearchLimit)
            }
        }
        return try context.plan(path)
    }

    /// Follows an explicit path (NumPy's `optimize=['einsum_path', ...]`, without the marker).
    public static func plan(_ request: EinsumPathRequest, explicitPath: [[Int]]) throws -> EinsumPlan {
        try Context(request).plan(explicitPath)
    }

    /// A validated request with its cost model.
    struct Context {
        let request: EinsumPathRequest
        let model: EinsumPathCostModel
        let memoryLimit: Int

        init(_ request: EinsumPathRequest) throws {
            guard !request.inputs.isEmpty else { throw EinsumPathError.noOperands }
            guard request.itemSize > 0 else { throw EinsumPathError.invalidItemSize(request.itemSize) }
            var labels = Set<Character>()
            for term in request.inputs {
                for label in term {
                    guard let size = request.sizes[label], size >= 0 else { throw EinsumPathError.missingSize(label) }
                    labels.insert(label)
                }
            }
            for label in request.output where !labels.contains(label) {
                throw EinsumPathError.outputLabelNotInInputs(label)
            }
            // Every FLOP count and byte count is at most this bound; check it fits once.
            var bound = 2 * (request.inputs.count + 2) * request.itemSize
            for label in labels {
                let (product, overflow) = bound.multipliedReportingOverflow(by: max(request.sizes[label]!, 1))
                if overflow { throw EinsumPathError.costOverflow }
                bound = product
            }
            for term in request.inputs where term.count > labels.count {
                // Repeated labels size an operand beyond the bound: check those products too.
                var product = 1
                for label in term {
                    let (next, overflow) = product.multipliedReportingOverflow(by: request.sizes[label]!)
                    if overflow { throw EinsumPathError.costOverflow }
                    product = next
                }
            }
            let model = EinsumPathCostModel(sizes: request.sizes, output: Set(request.output))
            let largestTerm = (request.inputs + [request.output]).map { model.size($0) }.max()!
            self.request = request
            self.model = model
            self.memoryLimit = request.memoryLimit ?? largestTerm
        }

        /// NumPy's contraction list for `path`, its report, and peakmem's peak prediction.
        func plan(_ path: [[Int]]) throws -> EinsumPlan {
            var terms = request.inputs
            var sets = terms.map { Set($0) }
            var owned = Array(repeating: 0, count: terms.count)
            var live = 0, peak = 0, peakStep = 0
            var steps: [EinsumContractionStep] = []
            for (number, chosen) in path.enumerated() {
                let positions = chosen.sorted(by: >)
                guard !positions.isEmpty, Set(positions).count == positions.count,
                      positions.allSatisfy({ sets.indices.contains($0) }) else {
                    throw EinsumPathError.invalidStep(step: number, operands: chosen, available: sets.count)
                }
                let step = model.contraction(positions, of: sets)
                sets = step.remaining
                let inputs = positions.map { terms.remove(at: $0) }
                let freed = positions.reduce(0) { $0 + owned.remove(at: $1) }
                let result = number == path.count - 1 ? request.output : model.intermediateOrder(step.result)
                terms.append(result)
                let elements = model.size(step.result)
                owned.append(elements)
                let during = live + elements
                if during > peak || number == 0 { peak = during; peakStep = number }
                live = during - freed
                let subscripts = inputs.map { String($0) }.joined(separator: ",") + "->" + String(result)
                steps.append(EinsumContractionStep(
                    operands: positions, subscripts: subscripts, removed: step.removed,
                    blas: EinsumPathCostModel.canDot(inputs, result: result, removed: step.removed),
                    inputs: inputs, result: result, remaining: terms, scaling: step.involved.count,
                    flops: model.flops(step.involved, summing: !step.removed.isEmpty, terms: positions.count),
                    resultElements: elements, liveBytes: during * request.itemSize,
                    contractedByMatmul: contractedByMatmul(inputs, result: result)))
            }
            if terms.count != 1 { throw EinsumPathError.incompletePath(remaining: terms.count - 1) }
            return EinsumPathReport.plan(request: request, path: path, steps: steps,
                                         predictedPeakBytes: peak * request.itemSize, peakStep: peakStep)
        }

        /// NumPy 2.4's `bmm_einsum` choice: a pair with a label of size > 1 in both operands that
        /// is not in the result goes through `matmul`.
        private func contractedByMatmul(_ inputs: [[Character]], result: [Character]) -> Bool {
            guard inputs.count == 2 else { return false }
            let shared = Set(inputs[0]).intersection(inputs[1]).subtracting(result)
            return shared.contains { request.sizes[$0, default: 1] != 1 }
        }
    }
}
