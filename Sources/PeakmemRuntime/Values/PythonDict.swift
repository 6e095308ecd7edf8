/// A Python `dict`: keys in insertion order, shared by reference like a list.
public final class PythonDict: ContainerObject, @unchecked Sendable {
    /// The keys, in insertion order.
    public private(set) var keys: [Value] = []
    /// The values, parallel to ``keys``.
    public private(set) var values: [Value] = []
    private var positions: [HashKey: Int] = [:]

    /// An empty dict.
    public init() {}

    public var typeName: String { "dict" }
    public var methodNamespace: String { "dict" }
    public var iterationItems: [Value] { keys }
    public var count: Int { keys.count }

    /// The value for `key`, or nil.
    public func value(for key: Value) throws(RuntimeError) -> Value? {
        guard let position = positions[try HashKey(key)] else { return nil }
        return values[position]
    }

    public func contains(_ item: Value) throws(RuntimeError) -> Bool { positions[try HashKey(item)] != nil }

    public func item(_ key: Value) throws(RuntimeError) -> Value {
        guard let value = try value(for: key) else { throw RuntimeError("KeyError", key.pythonRepresentation) }
        return value
    }

    public func setItem(_ key: Value, _ value: Value) throws(RuntimeError) {
        let hash = try HashKey(key)
        if let position = positions[hash] {
            values[position] = value
        } else {
            positions[hash] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    public func deleteItem(_ key: Value) throws(RuntimeError) {
        _ = try remove(key)
    }

    /// Removes `key` and returns its value; `KeyError` when absent.
    public func remove(_ key: Value) throws(RuntimeError) -> Value {
        guard let position = positions[try HashKey(key)] else { throw RuntimeError("KeyError", key.pythonRepresentation) }
        let value = values[position]
        keys.remove(at: position)
        values.remove(at: position)
        positions = [:]
        for (index, key) in keys.enumerated() { positions[try HashKey(key)] = index }
        return value
    }

    /// Removes every item.
    public func removeAll() {
        keys = []
        values = []
        positions = [:]
    }

    public var representation: String {
        "{" + zip(keys, values).map { "\($0.pythonRepresentation): \($1.pythonRepresentation)" }.joined(separator: ", ") + "}"
    }
}

/// A Python `set`: elements in insertion order (CPython's order differs for some elements;
/// scenario code that prints a set should sort it).
public final class PythonSet: ContainerObject, @unchecked Sendable {
    /// The elements.
    public private(set) var elements: [Value] = []
    private var members: Set<HashKey> = []

    /// An empty set.
    public init() {}

    public var typeName: String { "set" }
    public var methodNamespace: String { "set" }
    public var iterationItems: [Value] { elements }
    public var count: Int { elements.count }

    public func contains(_ item: Value) throws(RuntimeError) -> Bool { members.contains(try HashKey(item)) }

    /// Adds `element` unless an equal one is there.
    public func insert(_ element: Value) throws(RuntimeError) {
        if members.insert(try HashKey(element)).inserted { elements.append(element) }
    }

    /// Removes `element`; false when it was not there.
    @discardableResult
    public func remove(_ element: Value) throws(RuntimeError) -> Bool {
        guard members.remove(try HashKey(element)) != nil else { return false }
        var kept: [Value] = []
        for candidate in elements where try HashKey(candidate) != HashKey(element) { kept.append(candidate) }
        elements = kept
        return true
    }

    public var representation: String {
        elements.isEmpty ? "set()" : "{" + elements.map(\.pythonRepresentation).joined(separator: ", ") + "}"
    }
}
