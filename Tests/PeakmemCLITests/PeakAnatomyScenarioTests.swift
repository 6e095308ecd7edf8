import Foundation
import PeakmemResults
import Testing

/// `peak_anatomy` of the shipped scenarios' acceptance variants (issue 18) at quick scale, end
/// to end: the built executable runs the variant, and the results list each buffer live at the
/// exact high-water mark with its bytes, role, operation and line.
@Suite("Peak anatomy of shipped variants (end to end, quick scale)")
struct PeakAnatomyScenarioTests {
    /// The anatomy of `variant` of `scenarios/<scenario>.yaml` run at quick scale.
    func anatomy(_ scenario: String, _ variant: String) throws -> PeakAnatomy {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("anatomy-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let file = ShippedScenarioRun.scenarios.appendingPathComponent("\(scenario).yaml").path
        let outcome = try PeakmemProcess.run(["run", file, "--filter", variant, "--scale", "quick", "--repeat", "1", "--json", json.path, "--no-report"])
        #expect(outcome.status == 0, "\(outcome.standardError)\(outcome.standardOutput)")
        let results = try JSONDecoder().decode(RunResults.self, from: Data(contentsOf: json))
        let result = try #require(results.scenarios.first?.variants.first { $0.name == variant })
        let anatomy = try #require(result.peakAnatomy)
        #expect(anatomy.liveBytes - (result.runs.first?.baseline.ledgerLive ?? 0) == Int(result.figures["peak_increment"] ?? -1))
        return anatomy
    }

    @Test("xxt-order x-fortran: np.dot's C-order copy of X (nbytes(X)) at line 32 and the result S, beside the setup's X and Y")
    func xxtOrder() throws {
        // quick scale: X 100×5000 float64 (4 000 000 B), Y 5000×100, S 100×100 (80 000 B).
        let anatomy = try anatomy("xxt-order", "x-fortran")
        let run = anatomy.runAllocations
        #expect(run.map(\.bytes) == [4_000_000, 80_000])
        #expect(run[0].role == .layoutCopy(operand: 0, order: "C"))
        #expect(run[0].site.operation == "numpy.dot" && run[0].site.line == 32 && run[0].site.callColumn == 14)
        #expect(run[0].shape == [100, 5000] && run[0].dtype == "float64")
        #expect(run[0].reason == "np.dot copied operand 0 to C order (float64 (100, 5000), 4,000,000 B) at line 32, col 14")
        #expect(run[1].role == .result && run[1].name == "S" && run[1].shape == [100, 100])
        #expect(anatomy.allocations.filter(\.setup).map(\.bytes) == [4_000_000, 4_000_000])
        #expect(anatomy.biggestAvoidable?.bytes == 4_000_000)
    }

    @Test("dgemm-trans dgemm-c-operands: f2py's two Fortran-order copies of X and the result S")
    func dgemmCOperands() throws {
        let anatomy = try anatomy("dgemm-trans", "dgemm-c-operands")
        let run = anatomy.runAllocations
        #expect(run.map(\.bytes) == [4_000_000, 4_000_000, 80_000])
        #expect(run[0].role == .layoutCopy(operand: 0, order: "F") && run[1].role == .layoutCopy(operand: 1, order: "F"))
        #expect(run.allSatisfy { $0.site.operation == "scipy.linalg.blas.dgemm" && $0.site.line == 47 })
        #expect(run[2].name == "S")
    }

    @Test("large-array-techniques naive: a**2 (kept as S, reused in place twice by +) and the temporary b**2")
    func naiveTemporaries() throws {
        // quick scale: n = 300 000 float64 (2 400 000 B each).
        let anatomy = try anatomy("large-array-techniques", "naive")
        let run = anatomy.runAllocations
        #expect(run.map(\.bytes) == [2_400_000, 2_400_000])
        #expect(run[0].name == "S" && run[0].site.operation == "**" && run[0].site.callColumn == 14)
        #expect(run[0].reuses == 2 && run[0].reusedBy?.operation == "+")
        #expect(run[1].name == nil && run[1].role == .result && run[1].site.operation == "**" && run[1].site.callColumn == 21)
        #expect(run[1].reason == "temporary of ** (float64 (300000,), 2,400,000 B) at line 28, col 21")
    }

    @Test("einsum-paths e-via-c-plus-c2: the 3-D arrays C and C2 with their subscripts and the two temporaries C+C2")
    func einsumIntermediates() throws {
        // quick scale: n = 20, q = 22: each 3-D array is 22·20·20 float64 = 70 400 B.
        let anatomy = try anatomy("einsum-paths", "e-via-c-plus-c2")
        let threeD = anatomy.runAllocations.filter { $0.shape?.count == 3 }
        #expect(threeD.map(\.bytes) == [70_400, 70_400, 70_400, 70_400])
        #expect(threeD.map(\.name) == ["C", "C2", nil, nil])
        #expect(threeD.map(\.site.detail) == ["i, jk -> ijk", "j, ik -> ijk", "", ""])
        #expect(threeD.map(\.site.operation) == ["numpy.einsum", "numpy.einsum", "+", "+"])
        #expect(threeD[0].reason == "C = result of np.einsum('i, jk -> ijk') (float64 (22, 20, 20), 70,400 B) at line 50, col 11")
    }
}
