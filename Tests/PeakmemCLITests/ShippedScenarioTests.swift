import Foundation
import Testing

/// The shipped scenarios at quick scale: they validate, run, agree, meet their expectations,
/// and give the exact figures their sources document.
@Suite("Shipped scenarios (end to end, quick scale)")
struct ShippedScenarioTests {
    @Test("peakmem check accepts every shipped scenario")
    func check() throws {
        let outcome = try PeakmemProcess.run(["check", ShippedScenarioRun.scenarios.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    @Test("xxt-order: under numpy-1.7 an F-ordered operand adds exactly its nbytes; under numpy-2 nothing is copied")
    func xxtOrder() throws {
        let run = try ShippedScenarioRun("xxt-order")
        // quick scale: X 100×5000, Y 5000×100, S 100×100 float64.
        let (x, y, s) = (4_000_000.0, 4_000_000.0, 80_000.0)
        #expect(run.figure("both-c") == s)
        #expect(run.figure("x-fortran") == x + s)
        #expect(run.figure("y-fortran") == y + s)
        #expect(run.figure("both-fortran") == x + y + s)
        for name in ["both-c-numpy2", "x-fortran-numpy2", "y-fortran-numpy2", "both-fortran-numpy2"] {
            #expect(run.figure(name) == s, "\(name)")
        }
    }

    @Test("reduce-accumulate: a reduction allocates only its result, an accumulation a full-size one")
    func reduceAccumulate() throws {
        let run = try ShippedScenarioRun("reduce-accumulate")
        #expect(run.variants.count == 6)
        // quick scale: x has 100 000 float64 (800 000 bytes); R holds [sum, product] (16 bytes).
        let (x, r) = (800_000.0, 16.0)
        for name in run.variants.keys {
            #expect(run.expectationCount(name) == 2, "\(name)")
            let full = name.contains("accumulate") || name.hasPrefix("cum")
            #expect(run.figure(name) == (full ? x + r : r), "\(name)")
            #expect(run.figure(name, "retained") == (full ? x + r : r), "\(name)")
        }
    }

    @Test("everyday-numpy: eight ways to the median; the order statistics copy the sample, counting does not")
    func everydayNumpy() throws {
        let run = try ShippedScenarioRun("everyday-numpy")
        #expect(run.variants.count == 8)
        // quick scale: k has 100 000 int64 (800 000 bytes); bincount makes 1000 counts (8000 bytes).
        let k = 800_000.0
        let expected: [String: Double] = [
            "median": k + 8, "percentile": k + 16, "quantile": k + 16, "sort": k, "partition": k,
            "bincount": 16_016, "unique": k + 2 * 100_000 - 1,
            // Two blocks (65 536 and 34 464 values): the first block's float64 copy, fractions,
            // indices, gathered edges and masks; NumPy's memray peak was 2 768 600 (equal).
            "histogram": 2_768_520,
        ]
        for (name, figure) in expected {
            #expect(run.expectationCount(name) == 2, "\(name)")
            #expect(run.figure(name) == figure, "\(name)")
        }
    }
}
