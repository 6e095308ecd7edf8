import Synchronization

/// The global names of a scenario run: what `X = ...` binds, `del X` removes, and every
/// statement of the setup and run code sees.
///
/// A name holds a reference to its value, exactly as a CPython module global does: an array
/// buffer lives while some name, list, or view still refers to it, and is freed the moment
/// the last reference goes (rebinding the name, `del`, or ``removeAll()``).
///
/// ``standard(parameters:)`` binds `np` to the `numpy` module before any code runs, as if
/// every code block began with `import numpy as np`, so that one-line `run:` snippets need no
/// import.
///
/// **Slots.** Each name ever used gets a fixed slot (an index into an array of optional
/// values), so that compiled scenario code (``CompiledCode``) reads and writes a global by
/// its index, hashing the name once when the code is compiled rather than at every access.
/// An unbound name is a slot holding nil; slots are never removed, only emptied.
public final class Environment {
    /// A number no other environment of this process has (what compiled function bodies are
    /// keyed by: their global slots are this environment's).
    let serial = Environment.serials.add(1, ordering: .relaxed).newValue
    private static let serials = Atomic<Int>(0)
    /// The slot of each name used so far.
    private var slotOfName: [String: Int] = [:]
    /// The names of the slots, by index.
    private var slotNames: [String] = []
    /// The values, by slot (nil: unbound).
    private var values: [Value?] = []

    /// An environment holding `names`.
    public init(_ names: [String: Value] = [:]) {
        for (name, value) in names.sorted(by: { $0.key < $1.key }) { bind(name, value) }
    }

    /// The environment scenario code starts with: `np` bound to `numpy`, and the scenario's
    /// parameters (`n`, `p`, ...) bound to their values.
    public static func standard(parameters: [String: Value] = [:]) -> Environment {
        var names = parameters
        names["np"] = .module("numpy")
        return Environment(names)
    }

    /// The value bound to `name`, if any.
    public subscript(name: String) -> Value? {
        guard let slot = slotOfName[name] else { return nil }
        return values[slot]
    }

    /// Binds `name` to `value`; the previous value is released after the new one is bound.
    public func bind(_ name: String, _ value: Value) {
        values[slot(of: name)] = value
    }

    /// Removes `name` (Python's `del name`), releasing its value at once; false when unbound.
    @discardableResult
    public func remove(_ name: String) -> Bool {
        guard let slot = slotOfName[name], values[slot] != nil else { return false }
        values[slot] = nil
        return true
    }

    /// Removes every name, releasing every value only these names held.
    public func removeAll() {
        for slot in values.indices { values[slot] = nil }
    }

    /// The bound names, sorted.
    public var boundNames: [String] {
        values.indices.filter { values[$0] != nil }.map { slotNames[$0] }.sorted()
    }

    /// The slot of `name`, made (empty) when the name has none yet.
    func slot(of name: String) -> Int {
        if let slot = slotOfName[name] { return slot }
        let slot = values.count
        slotOfName[name] = slot
        slotNames.append(name)
        values.append(nil)
        return slot
    }

    /// The value in `slot` (nil: unbound).
    @inline(__always)
    func value(at slot: Int) -> Value? {
        values[slot]
    }

    /// Binds the name of `slot` to `value` (the previous value released after).
    @inline(__always)
    func bind(slot: Int, _ value: Value) {
        values[slot] = value
    }
}
