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
        let paths = run.variants.mapValues { $0["einsum_paths"] as? [[String: Any]] }.compactMapValues { $0 }
        // quick scale: C is 22·20·20 float64 (70 400 bytes); D, E are 160 bytes, R 320.
        let (cube, vector, r) = (70_400.0, 160.0, 320.0)
        #expect(peaks["d-via-c"] == cube + vector + r)
        #expect(peaks["d1-optimal"] == vector + r)
        #expect(peaks["e-via-c-plus-c2"] == 4 * cube + vector)
        #expect(peaks["e-four-terms"] == 5 * vector + r)
        #expect(peaks["e-lazy"] == 4 * vector)
        // The recorded paths: NumPy 2.4.6's einsum_path(..., optimize='optimal') at n = 20, q = 22 is
        // ['einsum_path', (0, 2), (0, 1), (0, 1)], largest intermediate 2.000e+01 elements; the
        // C einsum plans none; the lazy E records one path per product term.
        let d1 = try #require(paths["d1-optimal"])
        #expect(d1.count == 1)
        #expect(d1.first?["subscripts"] as? String == "i, jk, i, kj -> k")
        #expect(d1.first?["strategy"] as? String == "optimal")
        #expect(d1.first?["path"] as? [[Int]] == [[0, 2], [0, 1], [0, 1]])
        #expect(d1.first?["largest_intermediate"] as? Int == 20)
        #expect(d1.first?["count"] as? Int == 1)
        #expect(paths["d-via-c"] == nil && paths["e-via-c-plus-c2"] == nil)
        #expect(paths["e-four-terms"]?.map { $0["path"] as? [[Int]] ?? [] } == [[[0, 2], [0, 1], [0, 1]], [[0, 3], [0, 2], [0, 1]],
                                                                                [[0, 3], [0, 2], [0, 1]], [[0, 3], [0, 1], [0, 1]]])
        #expect(paths["e-lazy"]?.count == 4)
        for name in ["d1-optimal", "e-four-terms", "e-lazy"] { #expect(peaks[name]! < cube, "\(name)") }
        for name in ["d-via-c", "e-via-c-plus-c2"] { #expect(peaks[name]! > cube, "\(name)") }
    }
}
