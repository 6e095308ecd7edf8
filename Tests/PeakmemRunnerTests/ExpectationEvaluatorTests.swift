import Testing
import PeakmemEngine
import PeakmemRuntime
@testable import PeakmemRunner

@Suite("Expectation expressions")
struct ExpectationEvaluatorTests {
    let evaluator: ExpectationEvaluator = {
        let environment = Environment.standard()
        environment.bind("X", .array(try! NDArray.zeros([100, 50])))
        return ExpectationEvaluator(environment: environment)
    }()

    @Test("nbytes, size and units become numbers")
    func values() throws {
        #expect(try evaluator.evaluate("nbytes(X)") == 40_000)
        #expect(try evaluator.evaluate("size( X )") == 5_000)
        #expect(try evaluator.evaluate("2 * nbytes(X) + 1 MiB") == 80_000 + 1_048_576)
        #expect(try evaluator.evaluate("1.5 KiB + 400 MB + 3 B") == 1_536 + 400_000_000 + 3)
        #expect(try evaluator.evaluate("8 MiB") == 8_388_608)
    }

    @Test("a name that is not an array bound after the run is an error")
    func unknownName() {
        #expect(throws: RuntimeError.nameError("nbytes(Q): 'Q' is not an array bound after the run")) {
            try evaluator.evaluate("nbytes(Q)")
        }
    }

    @Test("comparisons")
    func comparisons() {
        #expect(ExpectationEvaluator.compare(1, "<=", 1))
        #expect(!ExpectationEvaluator.compare(2, "<", 1))
        #expect(ExpectationEvaluator.compare(3, "==", 3))
        #expect(!ExpectationEvaluator.compare(3, "!=", 3))
        #expect(ExpectationEvaluator.compare(4, ">", 3))
    }
}
