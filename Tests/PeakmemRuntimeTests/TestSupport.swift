import Foundation
import PeakmemEngine
import Testing
import PeakmemLanguage
@testable import PeakmemRuntime

/// The origin used by tests: positions are reported as `test.py:line:column`.
let testOrigin = SourceOrigin(file: "test.py")

/// Swift Testing has its own `SourceLocation`; tests name the language's one through this alias.
typealias Location = PeakmemLanguage.SourceLocation

/// An interpreter with its own ledger (bound for every run, so figures are exact while
/// other tests allocate in parallel), its own random state, and a captured output.
final class Harness {
    let ledger = Ledger()
    let interpreter: Interpreter
    private let sink = OutputSink()

    init(parameters: [String: Value] = [:], registry: FunctionRegistry = .standard) {
        let sink = self.sink
        let context = RuntimeContext(registry: registry, random: RandomState(seed: 0), output: { sink.text += $0 })
        interpreter = Interpreter(context: context, environment: .standard(parameters: parameters))
    }

    /// What `print` wrote.
    var output: String { sink.text }

    /// Runs `code` with the harness's ledger.
    func run(_ code: String, origin: SourceOrigin = testOrigin) throws {
        let program = try Parser.parse(code, origin: origin)
        let result: Result<Void, LanguageError> = Ledger.$current.withValue(ledger) {
            Result { () throws(LanguageError) in try interpreter.run(program) }
        }
        try result.get()
    }

    /// The error running `code` raises (nil when it runs).
    func error(_ code: String) -> LanguageError? {
        do {
            try run(code)
            return nil
        } catch let error as LanguageError {
            return error
        } catch {
            return nil
        }
    }

    /// The value of an expression.
    func value(_ expression: String) throws -> Value {
        let parsed = try Parser.parseExpression(expression, origin: testOrigin)
        let block = CodeBlock(expression, origin: testOrigin)
        let result: Result<Value, LanguageError> = Ledger.$current.withValue(ledger) {
            Result { () throws(LanguageError) in try interpreter.evaluate(parsed, in: block) }
        }
        return try result.get()
    }

    /// `repr` of an expression's value.
    func repr(_ expression: String) throws -> String {
        try value(expression).pythonRepresentation
    }

    /// The bytes the measured code allocates at its peak beyond what was live before it,
    /// and what it leaves live.
    func measure(_ code: String) throws -> (peak: Int, retained: Int) {
        ledger.resetPeak()
        let before = ledger.snapshot()
        try run(code)
        let after = ledger.snapshot()
        return (after.peak - before.live, after.live - before.live)
    }

    /// The array bound to `name`.
    func array(_ name: String) throws -> NDArray {
        guard case .array(let array)? = interpreter.environment[name] else {
            throw TestFailure("\(name) is not an array")
        }
        return array
    }
}

extension Harness {
    /// A harness with the arrays of docs/research/scripts/numpy_reductions2_values.py bound,
    /// made as that script makes them: the script's printed values are the expected reprs of
    /// `StatisticsTests` and `RoundingTests`.
    static func numpyReductions2Script() throws -> Harness {
        let h = Harness()
        try h.run("""
        np.random.seed(0)
        x = np.random.rand(1000000)
        X = x.reshape(1000, 1000)
        XF = np.asfortranarray(X)
        xi = (x * 1000).astype(np.int64)
        x32 = x.astype(np.float32)
        b = x > 0.5
        n = np.array([1.0, np.nan, 3.0, np.nan, -np.inf])
        u = np.array([0, 7, 255, 3], dtype=np.uint8)
        """)
        return h
    }

    /// The `expression => repr` lines NumPy printed into docs/research/scripts/`name` (a
    /// repr's line breaks printed as blanks).
    static func numpyValues(_ name: String) throws -> [(expression: String, repr: String)] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/research/scripts/\(name)")
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
            let parts = line.components(separatedBy: " => ")
            return (parts[0], parts.dropFirst().joined(separator: " => "))
        }
    }

    /// Expects every expression of docs/research/scripts/`name` to have the repr NumPy printed
    /// (line breaks compared as blanks), and more than `count` of them.
    func expectNumpyValues(_ name: String, moreThan count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try Harness.numpyValues(name)
        #expect(expected.count > count, sourceLocation: sourceLocation)
        for (expression, repr) in expected {
            let actual = try self.repr(expression).replacingOccurrences(of: "\n", with: " ")
            #expect(actual == repr, "\(expression)", sourceLocation: sourceLocation)
        }
    }

    /// Expects `repr` of each expression to be the text paired with it (what NumPy printed).
    func expectReprs(_ expected: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for (code, repr) in expected {
            #expect(try self.repr(code) == repr, "\(code)", sourceLocation: sourceLocation)
        }
    }
}

/// A mutable text buffer for `print`.
final class OutputSink: @unchecked Sendable {
    var text = ""
}

/// A test precondition that failed.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
