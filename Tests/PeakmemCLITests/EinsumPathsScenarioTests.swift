import Foundation
import Testing

/// `scenarios/einsum-paths.yaml` at quick scale (n = 20, q = 22): every variant agrees and
/// meets its exact expectation, and the paths that avoid the 3-D arrays stay below one of them.
@Suite("Shipped scenario einsum-paths (end to end, quick scale)")
struct EinsumPathsScenarioTests {
    @Test("D1, the four-term E and the lazy E stay below nbytes of one q·n·n array; C/D and direct E exceed it")
    func einsumPaths() throws {
        let run = try ShippedScenarioRun("einsum-paths")
        for name in run.variants.keys { #expect(run.expectationCount(name) > 0, "\(name)") }
        let peaks = run.variants.keys.reduce(into: [String: Double]()) { $0[$1] = run.figure($1) }
        // quick scale: C is 22·20·20 float64 (70 400 bytes); D, E are 160 bytes, R 320.
        let (cube, vector, r) = (70_400.0, 160.0, 320.0)
        #expect(peaks["d-via-c"] == cube + vector + r)
        #expect(peaks["d1-optimal"] == vector + r)
        #expect(peaks["e-via-c-plus-c2"] == 4 * cube + vector)
        #expect(peaks["e-four-terms"] == 5 * vector + r)
        #expect(peaks["e-lazy"] == 4 * vector)
        for name in ["d1-optimal", "e-four-terms", "e-lazy"] { #expect(peaks[name]! < cube, "\(name)") }
        for name in ["d-via-c", "e-via-c-plus-c2"] { #expect(peaks[name]! > cube, "\(name)") }
    }
}
