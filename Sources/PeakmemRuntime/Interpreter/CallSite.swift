/// A compiled call site: its file position (for provenance, computed at compile time) and a
/// cache of the registered function it called last: the registry entry, found by name once
/// rather than at every call.
final class CallSite {
    /// The file line and column of the call expression.
    let line: Int
    let column: Int
    private var name: String?
    private var registry: FunctionRegistry?
    private var cached: FunctionRegistry.Entry?

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The entry of `name` in `registry` (a `NotImplementedError`-style error for a name not
    /// registered, as ``FunctionRegistry/call(_:receiver:positional:keywords:context:)``).
    func entry(_ name: String, in registry: FunctionRegistry) throws(RuntimeError) -> FunctionRegistry.Entry {
        if let cached, self.registry === registry, self.name == name { return cached }
        guard let entry = registry.entry(name) else { throw PlannedFeatures.notSupported(name) }
        self.name = name
        self.registry = registry
        cached = entry
        return entry
    }
}
