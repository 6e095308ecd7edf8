import PeakmemEngine

/// Every function and method scenario code may call, with its Python signature.
///
/// One registration adds a function: its qualified name (`numpy.zeros`, `ndarray.reshape`,
/// `builtins.len`), its parameters and a one-line summary, and the Swift body that runs it.
/// Calls are bound against the signature before the body runs, so an unknown function or
/// keyword is reported with what is supported; `peakmem list --functions` prints the registry.
public final class FunctionRegistry: @unchecked Sendable {
    /// A registered callable.
    public struct Entry: Sendable {
        public var signature: Signature
        public var summary: String
        /// True for functions NumPy does not have (the NumPy engine skips code using them).
        public var peakmemOnly: Bool
        public var body: @Sendable (Arguments, RuntimeContext) throws(RuntimeError) -> Value
    }

    private(set) var entries: [String: Entry] = [:]
    /// Names of the namespaces (modules and sub-modules) that have registered members.
    private(set) var namespaces: Set<String> = []
    /// Attributes of modules that are values, not functions (`numpy.float32`, `numpy.newaxis`).
    private(set) var constants: [String: Value] = [:]

    public init() {}

    /// Registers `name` with its parameters and body. Registering a name twice is a
    /// programming error.
    public func register(_ name: String, _ parameters: [ParameterSpec], summary: String, peakmemOnly: Bool = false,
                         _ body: @escaping @Sendable (Arguments, RuntimeContext) throws(RuntimeError) -> Value) {
        precondition(entries[name] == nil, "\(name) is registered twice")
        entries[name] = Entry(signature: Signature(name, parameters), summary: summary, peakmemOnly: peakmemOnly, body: body)
        addNamespaces(of: name)
    }

    /// Registers a module attribute that is a value (`numpy.float64`, `numpy.pi`).
    public func register(constant name: String, _ value: Value) {
        constants[name] = value
        addNamespaces(of: name)
    }

    private func addNamespaces(of name: String) {
        var parts = name.split(separator: ".").dropLast()
        while !parts.isEmpty {
            namespaces.insert(parts.joined(separator: "."))
            parts = parts.dropLast()
        }
    }

    /// The entry called `name`, if registered.
    public func entry(_ name: String) -> Entry? { entries[name] }

    /// The value of `namespace.attribute`: a constant, a function, a sub-namespace, or nil.
    public func member(of namespace: String, _ attribute: String) -> Value? {
        let name = "\(namespace).\(attribute)"
        if let constant = constants[name] { return constant }
        if entries[name] != nil { return .function(name) }
        if namespaces.contains(name) { return .module(name) }
        return nil
    }

    /// The members of a namespace, sorted, for "has no attribute" messages.
    public func members(of namespace: String) -> [String] {
        let prefix = namespace + "."
        let names = Array(entries.keys) + Array(constants.keys) + Array(namespaces)
        return Set(names.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).split(separator: ".")[0]) }).sorted()
    }

    /// Every entry, sorted by name.
    public var allEntries: [Entry] {
        entries.values.sorted { $0.signature.name < $1.signature.name }
    }

    /// Calls `name` with Python-style arguments.
    public func call(_ name: String, positional: [Value], keywords: [(name: String, value: Value)],
                     context: RuntimeContext) throws(RuntimeError) -> Value {
        guard let entry = entries[name] else {
            throw .nameError("the function '\(name)' is not supported; `peakmem list --functions` lists those that are")
        }
        let arguments = try entry.signature.bind(positional: positional, keywords: keywords)
        return try entry.body(arguments, context)
    }
}
