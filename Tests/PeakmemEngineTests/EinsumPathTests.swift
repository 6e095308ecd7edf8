import Foundation
import Testing
@testable import PeakmemEngine

/// One `np.einsum_path` call recorded from NumPy (see docs/research/einsum-path-fixtures.py).
struct EinsumPathFixture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let inputs: [String]
    let output: String
    let sizes: [String: Int]
    /// greedy, optimal, or explicit.
    let strategy: String
    let memoryLimit: Int?
    let explicitPath: [[Int]]?
    let path: [[Int]]
    let report: String

    var testDescription: String { name }

    var request: EinsumPathRequest {
        EinsumPathRequest(inputs: inputs.map(Array.init), output: Array(output),
                          sizes: Dictionary(uniqueKeysWithValues: sizes.map { (Character($0.key), $0.value) }),
                          itemSize: 8, memoryLimit: memoryLimit)
    }

    static let all: [EinsumPathFixture] = {
        struct Document: Decodable { let numpy: String; let cases: [EinsumPathFixture] }
        // swiftlint:disable:next force_try
        return try! JSONDecoder().decode(Document.self, from: Data(einsumPathFixtureJSON.utf8)).cases
    }()
}

@Suite("einsum_path: NumPy's greedy and optimal paths and report, peakmem's memory path")
struct EinsumPathTests {
    @Test("the fixtures cover the seed, 40 random contractions of 3–6 operands, limits and explicit paths")
    func coverage() {
        let cases = EinsumPathFixture.all
        #expect(cases.count >= 100)
        let random = cases.filter { $0.name.hasPrefix("random") && $0.memoryLimit == nil }
        #expect(random.count == 80)
        #expect(random.allSatisfy { (3...6).contains($0.inputs.count) })
        #expect(cases.contains { $0.name.hasPrefix("seed 002 D1") && $0.strategy == "optimal" })
        // Greedy and optimal disagree on many random cases, so both searches are really exercised.
        let byName = Dictionary(uniqueKeysWithValues: cases.map { ($0.name, $0.path) })
        let differing = (0..<40).filter { byName["random \($0) greedy"] != byName["random \($0) optimal"] }
        #expect(differing.count >= 10)
    }

    @Test("path and report text are NumPy 2.4.6's", arguments: EinsumPathFixture.all)
    func matchesNumPy(_ fixture: EinsumPathFixture) throws {
        let plan: EinsumPlan
        switch fixture.strategy {
        case "greedy": plan = try EinsumPathPlanner.plan(fixture.request, strategy: .greedy)
        case "optimal": plan = try EinsumPathPlanner.plan(fixture.request, strategy: .optimal)
        default: plan = try EinsumPathPlanner.plan(fixture.request, explicitPath: try #require(fixture.explicitPath))
        }
        #expect(plan.path == fixture.path)
        #expect(plan.numpyReport == fixture.report)
        #expect(plan.report.hasPrefix(fixture.report + "\n  peakmem predicted peak:  \(plan.predictedPeakBytes) bytes"))
    }

    @Test("seed 002: D1's optimal path never builds more than n·n elements, and its steps")
    func seedD1() throws {
        let request = EinsumPathRequest(inputs: ["i", "jk", "i", "kj"].map(Array.init), output: ["k"],
                                        sizes: ["i": 102, "j": 100, "k": 100], itemSize: 8, memoryLimit: nil)
        let plan = try EinsumPathPlanner.plan(request, strategy: .optimal)
        #expect(plan.path == [[0, 2], [0, 1], [0, 1]])
        #expect(plan.steps.map(\.subscripts) == ["i,i->", "kj,jk->k", "k,->k"])
        #expect(plan.steps.map(\.operands) == [[2, 0], [1, 0], [1, 0]])
        #expect(plan.steps.map(\.removed) == [["i"], ["j"], []])
        // Step 1 makes a scalar (1); step 2 makes k (100) with the scalar alive; step 3 makes the
        // output k (100) while both are alive: 201 elements of 8 bytes.
        #expect(plan.steps.map(\.liveBytes) == [8, 808, 1608])
        #expect(plan.predictedPeakBytes == 1608)
        #expect(plan.peakStep == 2)
        // No path does better: the memory strategy finds the same peak (and the same FLOPs).
        let memory = try EinsumPathPlanner.plan(request, strategy: .memory)
        #expect(memory.predictedPeakBytes == 1608)
        #expect(memory.optimizedFlops == plan.optimizedFlops)
    }

    @Test("memory strategy: 'cde,ec,edc,c->' keeps 18 elements live where optimal's path keeps 25")
    func memoryBeatsOptimal() throws {
        // Sizes c=6, d=4, e=2; operands cde (48), ec (12), edc (48), c (6); NumPy's default limit 48.
        // Optimal (132 FLOPs, first found): cde·edc → ce (12 live); ec·c → ce (12 + 12 = 24 live);
        //   ce·ce → scalar (24 + 1 = 25).
        // Memory (132 FLOPs too): cde·edc → ce (12); ec·ce → c (12 + 6 = 18, then 6 live);
        //   c·c → scalar (6 + 1 = 7). Peak 18 elements · 8 bytes = 144 bytes.
        let request = EinsumPathRequest(inputs: ["cde", "ec", "edc", "c"].map(Array.init), output: [],
                                        sizes: ["c": 6, "d": 4, "e": 2], itemSize: 8, memoryLimit: nil)
        let optimal = try EinsumPathPlanner.plan(request, strategy: .optimal)
        #expect(optimal.path == [[0, 2], [0, 1], [0, 1]])
        #expect(optimal.predictedPeakBytes == 25 * 8)
        #expect(optimal.steps.map(\.liveBytes) == [12 * 8, 24 * 8, 25 * 8])
        let memory = try EinsumPathPlanner.plan(request, strategy: .memory)
        #expect(memory.path == [[0, 2], [0, 2], [0, 1]])
        #expect(memory.steps.map(\.liveBytes) == [12 * 8, 18 * 8, 7 * 8])
        #expect(memory.predictedPeakBytes == 144)
        #expect(memory.peakStep == 1)
        #expect(memory.optimizedFlops == optimal.optimizedFlops)
        #expect(memory.report.hasSuffix("peakmem predicted peak:  144 bytes (144 B) of live intermediates and result at step 2 of 3, itemsize 8"))
    }

    @Test("memory strategy: a chain keeps the smaller intermediate; itemSize scales the bytes")
    func memoryChain() throws {
        // ij,jk,kl->il with i=2, j=3, k=4, l=5: (ij·jk) → ik (8), then il (10) with ik alive: 18;
        // (jk·kl) → jl (15), then il with jl alive: 25. float32: 18 · 4 = 72 bytes.
        let request = EinsumPathRequest(inputs: ["ij", "jk", "kl"].map(Array.init), output: Array("il"),
                                        sizes: ["i": 2, "j": 3, "k": 4, "l": 5], itemSize: 4, memoryLimit: nil)
        let memory = try EinsumPathPlanner.plan(request, strategy: .memory)
        #expect(memory.path == [[0, 1], [0, 1]])
        #expect(memory.predictedPeakBytes == 72)
        let other = try EinsumPathPlanner.plan(request, explicitPath: [[1, 2], [0, 1]])
        #expect(other.predictedPeakBytes == 100)
        #expect(other.steps.map(\.subscripts) == ["kl,jk->jl", "jl,ij->il"])
    }

    @Test("memory strategy: no intermediate fits the limit, so all operands go in one step")
    func memoryFallback() throws {
        let request = EinsumPathRequest(inputs: ["ij", "jk", "kl"].map(Array.init), output: Array("il"),
                                        sizes: ["i": 2, "j": 3, "k": 4, "l": 5], itemSize: 8, memoryLimit: 1)
        let plan = try EinsumPathPlanner.plan(request, strategy: .memory)
        #expect(plan.path == [[0, 1, 2]])
        #expect(plan.steps.map(\.subscripts) == ["kl,jk,ij->il"])
        #expect(plan.predictedPeakBytes == 10 * 8)
    }

    @Test("memory strategy beyond the exhaustive limit: greedy on peak, a complete path")
    func memoryGreedy() throws {
        // A chain of 9 matrices a0..a9 of sizes 2,3,...: exhaustive search is skipped.
        let labels = Array("abcdefghij")
        let inputs = (0..<9).map { [labels[$0], labels[$0 + 1]] }
        let sizes = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($0.element, $0.offset + 2) })
        let request = EinsumPathRequest(inputs: inputs, output: ["a", "j"], sizes: sizes, itemSize: 8, memoryLimit: nil)
        let plan = try EinsumPathPlanner.plan(request, strategy: .memory)
        #expect(plan.steps.count == 8)
        #expect(plan.steps.last?.result == ["a", "j"])
        // Every step contracts a neighbouring pair into a 2-D matrix; at most two are alive plus the
        // new one, each at most 11·11 elements here.
        #expect(plan.steps.allSatisfy { $0.result.count == 2 })
        #expect(plan.predictedPeakBytes <= 3 * 11 * 11 * 8)
    }

    @Test("step details: NumPy's _can_dot verdict and NumPy 2.4's matmul route")
    func stepDetails() throws {
        let request = EinsumPathRequest(inputs: ["ij", "jk", "kl"].map(Array.init), output: Array("il"),
                                        sizes: ["i": 2, "j": 3, "k": 4, "l": 5], itemSize: 8, memoryLimit: nil)
        let plan = try EinsumPathPlanner.plan(request, strategy: .greedy)
        #expect(plan.steps.map(\.blas) == [true, true])
        #expect(plan.steps.map(\.contractedByMatmul) == [true, true])
        #expect(EinsumPathCostModel.canDot([Array("ij"), Array("jk")], result: Array("ik"), removed: ["j"]))
        #expect(EinsumPathCostModel.canDot([Array("i"), Array("i")], result: [], removed: ["i"]))
        #expect(!EinsumPathCostModel.canDot([Array("ij"), Array("ji")], result: [], removed: ["i", "j"]))
        #expect(!EinsumPathCostModel.canDot([Array("ij"), Array("jk")], result: Array("ijk"), removed: []))
        #expect(!EinsumPathCostModel.canDot([Array("iij"), Array("jk")], result: Array("ik"), removed: ["j"]))
        #expect(EinsumPathCostModel.canDot([Array("ijk"), Array("jk")], result: Array("i"), removed: ["j", "k"]))
        #expect(!EinsumPathCostModel.canDot([Array("ij"), Array("j")], result: Array("i"), removed: []))
        // Outer product: a broadcast multiply in NumPy 2.4.
        let outer = try EinsumPathPlanner.plan(EinsumPathRequest(inputs: [["i"], ["j"]], output: ["i", "j"],
                                                                 sizes: ["i": 2, "j": 3], itemSize: 8, memoryLimit: nil),
                                               strategy: .optimal)
        #expect(outer.steps.map(\.contractedByMatmul) == [false])
        #expect(outer.steps.map(\.blas) == [false])
    }

    @Test("bad requests and paths are typed errors with NumPy's messages")
    func errors() {
        let request = EinsumPathRequest(inputs: ["ij", "jk", "kl"].map(Array.init), output: Array("il"),
                                        sizes: ["i": 2, "j": 3, "k": 4, "l": 5], itemSize: 8, memoryLimit: nil)
        #expect(throws: EinsumPathError.incompletePath(remaining: 1)) {
            try EinsumPathPlanner.plan(request, explicitPath: [[0, 1]])
        }
        #expect(EinsumPathError.incompletePath(remaining: 1).description
                == "Invalid einsum_path is specified: 1 more operands has to be contracted.")
        #expect(throws: EinsumPathError.invalidStep(step: 1, operands: [0, 2], available: 2)) {
            try EinsumPathPlanner.plan(request, explicitPath: [[0, 1], [0, 2]])
        }
        #expect(throws: EinsumPathError.invalidStep(step: 0, operands: [1, 1], available: 3)) {
            try EinsumPathPlanner.plan(request, explicitPath: [[1, 1], [0, 1]])
        }
        var missing = request
        missing.sizes["k"] = nil
        #expect(throws: EinsumPathError.missingSize("k")) { try EinsumPathPlanner.plan(missing, strategy: .greedy) }
        var badOutput = request
        badOutput.output = ["z"]
        #expect(throws: EinsumPathError.outputLabelNotInInputs("z")) { try EinsumPathPlanner.plan(badOutput, strategy: .optimal) }
        var huge = request
        huge.sizes = ["i": 1 << 20, "j": 1 << 20, "k": 1 << 20, "l": 1 << 20]
        #expect(throws: EinsumPathError.costOverflow) { try EinsumPathPlanner.plan(huge, strategy: .optimal) }
        #expect(throws: EinsumPathError.noOperands) {
            try EinsumPathPlanner.plan(EinsumPathRequest(inputs: [], output: [], sizes: [:], itemSize: 8, memoryLimit: nil),
                                       strategy: .greedy)
        }
    }
}
