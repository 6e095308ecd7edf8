import Testing
import PeakmemEngine
import PeakmemResults
import PeakmemScenario
@testable import PeakmemRunner

@Suite("Agreement of results")
struct ResultComparisonTests {
    let reference = try! NDArray.arange(.int(1), .int(101), dtype: .float64)

    func scaled(_ factor: Double, dtype: DType = .float64) throws -> NDArray {
        try (reference * .float(factor)).astype(dtype)
    }

    @Test("float64: last-digit differences agree, a relative 1e-6 does not unless declared")
    func float64() throws {
        let comparison = ResultComparison(reference: "ref", declared: nil)
        #expect(comparison.compare(try scaled(1 + 1e-12), reference).agrees)
        let off = comparison.compare(try scaled(1 + 1e-6), reference)
        #expect(!off.agrees && off.rtol == 1e-7 && off.atol == 1e-9 * 100)
        let declared = ResultComparison(reference: "ref", declared: ResultTolerance(rtol: 1e-5, atol: nil))
        #expect(declared.compare(try scaled(1 + 1e-6), reference).agrees)
    }

    @Test("float32 defaults are looser; integers must be equal; shapes must match")
    func others() throws {
        let comparison = ResultComparison(reference: "ref", declared: nil)
        #expect(comparison.compare(try scaled(1 + 1e-5, dtype: .float32), try reference.astype(.float32)).agrees)
        let ints = try reference.astype(.int64)
        #expect(comparison.compare(ints, ints).agrees)
        #expect(!comparison.compare(try ints + .int(1), ints).agrees)
        let shape = comparison.compare(try reference.reshape([10, 10]), reference)
        #expect(!shape.agrees && shape.detail == "shape (10, 10) differs from (100,)")
    }
}
