import PeakmemEngine
@testable import PeakmemRuntime
import Testing
import PeakmemResults

/// The einsum paths a run records (``RuntimeContext/einsumPaths``), which the worker carries to
/// the results and the report shows.
@Suite("einsum path log")
struct EinsumPathLogTests {
    private func harness() throws -> (Harness, EinsumPathLog) {
        let h = Harness()
        try h.run("""
            import peakmem
            n = 100
            q = 102
            np.random.seed(0)
            A = np.random.normal(size=(n, n))
            B = np.random.normal(size=(q,))
            Y2 = np.random.normal(size=(n,))
            Z2 = np.random.normal(size=(q, n))
            """)
        let log = EinsumPathLog()
        h.interpreter.context.einsumPaths = log
        return (h, log)
    }

    @Test("seed 002's D1: NumPy's paths for optimal and greedy, identical calls counted, C einsum not recorded")
    func seedD1() throws {
        let (h, log) = try harness()
        try h.run("""
            D0 = np.einsum('i, jk, i, kj -> k', B, A, B, A)
            for _ in range(3):
                D1 = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize='optimal')
            D2 = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize=True)
            p = np.einsum_path('i, jk, i, kj -> k', B, A, B, A, optimize=('greedy', 50))
            """)
        // NumPy 2.4.6 (and the planner's fixtures "seed 002 D1 / E_CC n=100 q=102 optimal|greedy"):
        // np.einsum_path(..., optimize='optimal')[0] == ['einsum_path', (0, 2), (0, 1), (0, 1)],
        // greedy ['einsum_path', (1, 3), (0, 1), (0, 1)], largest intermediate 1.000e+02 elements.
        // With ('greedy', 50) NumPy 2.4.6 gives ['einsum_path', (0, 2), (0, 1, 2)] (checked with python3).
        // The predicted peaks are the planner's (EinsumPlan.predictedPeakBytes): two k-vectors and
        // the 0-d i,i-> (1608 B); with the limit, the 0-d and the final k-vector (808 B).
        #expect(log.records == [
            EinsumPathRecord(function: "numpy.einsum", subscripts: "i, jk, i, kj -> k", strategy: "optimal",
                             path: [[0, 2], [0, 1], [0, 1]], largestIntermediate: 100, itemSize: 8,
                             predictedPeakBytes: 1608, count: 3),
            EinsumPathRecord(function: "numpy.einsum", subscripts: "i, jk, i, kj -> k", strategy: "greedy",
                             path: [[1, 3], [0, 1], [0, 1]], largestIntermediate: 100, itemSize: 8,
                             predictedPeakBytes: 1608),
            EinsumPathRecord(function: "numpy.einsum_path", subscripts: "i, jk, i, kj -> k", strategy: "greedy (limit 50)",
                             path: [[0, 2], [0, 1, 2]], largestIntermediate: 100, itemSize: 8,
                             predictedPeakBytes: 808),
        ])
        #expect(log.records.map(\.numpyPath) == ["['einsum_path', (0, 2), (0, 1), (0, 1)]",
                                                  "['einsum_path', (1, 3), (0, 1), (0, 1)]",
                                                  "['einsum_path', (0, 2), (0, 1, 2)]"])
    }

    @Test("a lazy einsum records one path per product term")
    func lazyTerms() throws {
        let (h, log) = try harness()
        try h.run("""
            C = peakmem.lazy.einsum("i, jk -> ijk", B, A)
            C2 = peakmem.lazy.einsum("j, ik -> ijk", Y2, Z2)
            E = np.einsum('ijk, ikj -> k', C+C2, C+C2, optimize='optimal')
            """)
        #expect(log.records.count == 4)
        #expect(log.records.allSatisfy { $0.function == "peakmem.lazy.einsum" && $0.strategy == "optimal" && $0.count == 1 })
    }

    @Test("no log, nothing recorded; identical records collapse")
    func collapse() {
        let a = EinsumPathRecord(function: "numpy.einsum", subscripts: "ij,jk->ik", strategy: "greedy", path: [[0, 1]],
                                 largestIntermediate: 4, itemSize: 8, predictedPeakBytes: 32)
        var b = a
        b.path = [[1, 0]]
        #expect(EinsumPathRecord.collapsed([a, b, a]).map(\.count) == [2, 1])
    }
}
