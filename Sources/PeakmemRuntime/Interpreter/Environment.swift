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
public final class Environment {
    private var names: [String: Value]

    /// An environment holding `names`.
    public init(_ names: [String: Value] = [:]) {
        self.names = names
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
        names[name]
    }

    /// Binds `name` to `value`; the previous value is released after the new one is bound.
    public func bind(_ name: String, _ value: Value) {
        names[name] = value
    }

    /// Removes `name` (Python's `del name`), releasing its value at once; false when unbound.
    @discardableResult
    public func remove(_ name: String) -> Bool {
        names.removeValue(forKey: name) != nil
    }

    /// Removes every name, releasing every value only these names held.
    public func removeAll() {
        names.removeAll()
    }

    /// The bound names, sorted.
    public var boundNames: [String] {
        names.keys.sorted()
    }
}
