/// A lazy iterator that scenario code made: a generator expression `(x * 2 for x in a)`, or
/// what `map`, `filter`, `zip`-like builtins return. Each call of ``next()`` computes one
/// element, so no element outlives its use (the lifetimes of CPython's generators).
public final class GeneratorObject: RuntimeObject, @unchecked Sendable {
    private let produce: () throws(RuntimeError) -> Value?
    private var finished = false
    public let typeName: String

    /// A generator of type `typeName` (`generator`, `map`, `filter`) whose elements `produce`
    /// computes one at a time, nil at the end.
    public init(typeName: String = "generator", _ produce: @escaping () throws(RuntimeError) -> Value?) {
        self.typeName = typeName
        self.produce = produce
    }

    public var methodNamespace: String { typeName }

    /// The next element, or nil once exhausted (and every time after).
    public func next() throws(RuntimeError) -> Value? {
        guard !finished else { return nil }
        guard let value = try produce() else {
            finished = true
            return nil
        }
        return value
    }

    public var representation: String { "<\(typeName) object>" }
}
