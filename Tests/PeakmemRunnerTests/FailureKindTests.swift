import PeakmemEngine
import PeakmemLanguage
import PeakmemResults
import PeakmemRuntime
@testable import PeakmemRunner
import Testing

/// The worker tells a memory-limit failure from any other error by the engine's typed error
/// the interpreter's error carries, not by its text.
@Suite("Worker failure kinds come from typed causes")
struct FailureKindTests {
    /// The error the interpreter reports for `code` run with the ledger limited to `limit`.
    static func failure(_ code: String, limit: ByteSize? = nil) throws -> LanguageError {
        let ledger = Ledger()
        ledger.limit = limit
        let interpreter = Interpreter(context: RuntimeContext(output: { _ in }), environment: .standard(parameters: [:]))
        do {
            try Ledger.$current.withValue(ledger) { try interpreter.run(code) }
        } catch let error as LanguageError {
            return error
        }
        Issue.record("no error")
        throw CancellationError()
    }

    @Test("an allocation past the limit is a memory_limit failure, its cause the engine's error")
    func memoryLimit() throws {
        let error = try Self.failure("X = np.ones((1000, 1000))", limit: ByteSize(bytes: 1_000_000))
        #expect((error.cause as? RuntimeError)?.cause
                == .engine(.memoryLimitExceeded(limit: ByteSize(bytes: 1_000_000), requested: 8_000_000, live: 0)))
        #expect(ScenarioWorker.failureKind(of: error) == .memoryLimit)
    }

    @Test("an error whose text mentions the memory limit is still an error")
    func textIsNotACause() throws {
        let error = try Self.failure("x = float('exceeded the memory limit')")
        #expect(error.message.contains("exceeded the memory limit"))
        #expect(ScenarioWorker.failureKind(of: error) == .error)
    }
}
