import Testing
import PeakmemEngine
import PeakmemLanguage
@testable import PeakmemRuntime

/// The public entry points a scenario runner uses: parameters, setup then run, the result
/// expression, releasing everything.
@Suite("Interpreter API")
struct InterpreterAPITests {
    @Test func setupRunAndResultShareTheEnvironment() throws {
        let ledger = Ledger()
        try Ledger.$current.withValue(ledger) {
            let environment = Environment.standard(parameters: ["n": .int(4), "p": .int(3)])
            let interpreter = Interpreter(context: RuntimeContext(random: RandomState(seed: 1), output: { _ in }), environment: environment)
            try interpreter.run("X = np.random.randn(n, p)\n", origin: SourceOrigin(file: "s.yaml", firstLine: 5, columnOffset: 2))
            try interpreter.run("S = X.T * 2\n", origin: SourceOrigin(file: "s.yaml", firstLine: 9, columnOffset: 7))
            let result = try Parser.parseExpression("S", origin: SourceOrigin(file: "s.yaml", firstLine: 10, columnOffset: 8))
            let value = try interpreter.evaluate(result, in: CodeBlock("S", origin: SourceOrigin(file: "s.yaml")))
            guard case .array(let s) = value else { throw TestFailure("S is not an array") }
            #expect(s.shape == [3, 4])
            #expect(environment.boundNames == ["S", "X", "n", "np", "p"])
            #expect(ledger.snapshot().live == 2 * 96)
        }
        // Every buffer went with the environment and the values.
        #expect(ledger.snapshot().live == 0)
    }

    @Test func removeAllReleasesEveryBuffer() throws {
        let h = Harness()
        try h.run("A = np.ones(100)\nB = [A * 2, A.T]\n")
        #expect(h.ledger.snapshot().live == 1600)
        h.interpreter.environment.removeAll()
        #expect(h.ledger.snapshot().live == 0)
    }

    @Test func errorsInLaterBlocksAreLocatedInTheirBlock() throws {
        let h = Harness()
        try h.run("X = np.ones((2, 3))", origin: SourceOrigin(file: "s.yaml", firstLine: 3, columnOffset: 2))
        do {
            try h.run("Y = X.reshape(4)", origin: SourceOrigin(file: "s.yaml", firstLine: 12, columnOffset: 9))
            Issue.record("no error")
        } catch let error as LanguageError {
            #expect("\(error.file):\(error.location)" == "s.yaml:12:14")
            #expect(error.message == "ValueError: cannot reshape array of size 6 into shape (4,)")
        }
    }

    @Test func theCheckerAcceptsWhatTheInterpreterRuns() throws {
        let setup = try Parser.parse("X = np.random.randn(n, p)\nweights = [np.ones((k, k)) for k in range(1, 3)]\n", origin: testOrigin)
        let run = try Parser.parse("for w in weights:\n    S = w * 2\nT = X.T.copy(order='F')\n", origin: testOrigin)
        #expect(Checker().check([setup, run], predefined: ["n", "p"]).isEmpty)
        let h = Harness(parameters: ["n": .int(2), "p": .int(5)])
        let result: Result<Void, LanguageError> = Ledger.$current.withValue(h.ledger) {
            Result { () throws(LanguageError) in
                try h.interpreter.run(setup)
                try h.interpreter.run(run)
            }
        }
        try result.get()
        #expect(try h.repr("(S.shape, T.flags.f_contiguous)") == "((2, 2), True)")
    }
}
