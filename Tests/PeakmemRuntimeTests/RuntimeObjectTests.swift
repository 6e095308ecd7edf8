import PeakmemEngine
import PeakmemLanguage
import Testing
@testable import PeakmemRuntime

/// A counter object as a library file would define one: a data attribute, a registered
/// method, `+` with ints on either side and unary minus.
private final class Counter: RuntimeObject, @unchecked Sendable {
    let count: Int
    init(_ count: Int) { self.count = count }
    var typeName: String { "Counter" }
    var methodNamespace: String { "Counter" }
    var attributeNames: [String] { ["count"] }
    func attribute(_ name: String) throws(RuntimeError) -> Value? { name == "count" ? .int(count) : nil }
    func binaryOperation(_ op: PeakmemLanguage.BinaryOperator, other: Value, reflected: Bool,
                         context: RuntimeContext) throws(RuntimeError) -> Value? {
        guard op == .add, case .int(let n) = other else { return nil }
        return .object(Counter(count + n))
    }
    func unaryOperation(_ op: PeakmemLanguage.UnaryOperator) throws(RuntimeError) -> Value? {
        op == .minus ? .object(Counter(-count)) : nil
    }
    var representation: String { "Counter(\(count))" }
}

@Suite("Objects defined by library files")
struct RuntimeObjectTests {
    private func harness() -> Harness {
        let registry = FunctionRegistry.makeStandard()
        registry.register("Counter.doubled", [], summary: "twice the count") { a, _ throws(RuntimeError) in
            guard case .object(let object) = a.receiver, let counter = object as? Counter else { throw .typeError("not a Counter") }
            return .object(Counter(counter.count * 2))
        }
        let harness = Harness(registry: registry)
        harness.interpreter.environment.bind("c", .object(Counter(3)))
        return harness
    }

    @Test func attributesMethodsAndOperatorsReachTheObject() throws {
        let h = harness()
        #expect(try h.repr("c") == "Counter(3)")
        #expect(try h.repr("c.count") == "3")
        #expect(try h.repr("c.doubled()") == "Counter(6)")
        #expect(try h.repr("c + 1") == "Counter(4)")
        #expect(try h.repr("1 + c") == "Counter(4)")
        #expect(try h.repr("-c") == "Counter(-3)")
    }

    @Test func unsupportedUsesRaisePythonErrors() throws {
        let h = harness()
        #expect(h.error("c.cont")?.description.contains("'Counter' object has no attribute 'cont'. Did you mean: 'count'?") == true)
        #expect(h.error("c * 2")?.description.contains("unsupported operand type(s) for *: 'Counter' and 'int'") == true)
        #expect(h.error("~c")?.description.contains("bad operand type for unary ~: 'Counter'") == true)
    }
}
