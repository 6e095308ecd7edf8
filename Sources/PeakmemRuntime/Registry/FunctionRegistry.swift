import PeakmemEngine

/// Every function and method scenario code may call, with its Python signature.
///
/// One registration adds a function: its qualified name (`numpy.zeros`, `ndarray.reshape`,
/// `builtins.len`), its parameters and a one-line summary, and the Swift body that runs it.
/// Calls are bound against the signature before the body runs, so an unknown function or
/// keyword is reported with what is supported; `peakmem list --functions` prints the registry
/// (``listing()``). ``standard`` is the registry scenario code runs with.
///
/// Names are qualified by namespace: modules (`numpy`, `numpy.random`, `scipy.linalg.blas`),
/// `builtins` for Python's built-in functions, and the type names `ndarray` and `list` for
/// methods (whose body finds the object in ``Arguments/receiver``).
public final class FunctionRegistry: @unchecked Sendable {
    /// A registered callable.
    public struct Entry: Sendable {
        /// The Python signature (with the qualified name).
        public var signature: Signature
        /// One line saying what the function does.
        public var summary: String
        /// True for functions NumPy does not have (the NumPy engine skips code using them).
        public var peakmemOnly: Bool
        /// The implementation.
        public var body: @Sendable (Arguments, RuntimeContext) throws(RuntimeError) -> Value
    }

    private(set) var entries: [String: Entry] = [:]
    /// Names of the namespaces (modules and sub-modules) that have registered members.
    private(set) var namespaces: Set<String> = []
    /// Attributes of modules that are values, not functions (`numpy.float32`, `numpy.newaxis`).
    private(set) var constants: [String: Value] = [:]
    /// The namespaces declared as modules (``register(namespace:)``), as opposed to types
    /// whose methods are registered (`ndarray`, `list`).
    private(set) var modules: Set<String> = []

    /// An empty registry.
    public init() {}

    /// Registers `name` with its parameters and body. Registering a name twice is a
    /// programming error.
    public func register(_ name: String, _ parameters: [ParameterSpec], summary: String, peakmemOnly: Bool = false,
                         _ body: @escaping @Sendable (Arguments, RuntimeContext) throws(RuntimeError) -> Value) {
        precondition(entries[name] == nil, "\(name) is registered twice")
        entries[name] = Entry(signature: Signature(name, parameters), summary: summary, peakmemOnly: peakmemOnly, body: body)
        addNamespaces(of: name)
    }

    /// Registers the function `numpy.<name>(a, <parameters>)` and the method
    /// `ndarray.<name>(<parameters>)` with one body, given the array: `a` as `np.asarray`
    /// makes it, or the method's receiver.
    public func registerFunctionAndMethod(_ name: String, _ parameters: [ParameterSpec], summary: String,
                                          _ body: @escaping @Sendable (Arguments, NDArray) throws(RuntimeError) -> Value) {
        register("numpy.\(name)", [.required("a")] + parameters, summary: summary) { a, _ throws(RuntimeError) in
            try body(a, try a.array("a"))
        }
        register("ndarray.\(name)", parameters, summary: summary) { a, _ throws(RuntimeError) in
            try body(a, try a.receiverArray())
        }
    }

    /// Registers a module attribute that is a value (`numpy.float64`, `numpy.pi`).
    public func register(constant name: String, _ value: Value) {
        constants[name] = value
        addNamespaces(of: name)
    }

    /// Declares a module (and its parents) even before it has members (`peakmem`,
    /// `scipy.sparse`), so that importing it and reaching it as an attribute work.
    public func register(namespace name: String) {
        namespaces.insert(name)
        modules.insert(name)
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

    /// The constant called `name`, if registered.
    public func constant(_ name: String) -> Value? { constants[name] }

    /// True when `name` is a declared namespace (module).
    public func isNamespace(_ name: String) -> Bool { namespaces.contains(name) }

    /// The value of `namespace.attribute`: a constant, a function, a sub-namespace, or nil.
    public func member(of namespace: String, _ attribute: String) -> Value? {
        let name = "\(namespace).\(attribute)"
        if let constant = constants[name] { return constant }
        if entries[name] != nil { return .function(name) }
        if namespaces.contains(name) { return .module(name) }
        return nil
    }

    /// True when some registered type (not a module) has a method called `name`
    /// (`ndarray.reshape`, `list.append`).
    public func hasMethod(named name: String) -> Bool {
        entries.keys.contains { key in
            guard let dot = key.lastIndex(of: "."), key[key.index(after: dot)...] == name else { return false }
            let owner = String(key[..<dot])
            return !modules.contains(owner)
        }
    }

    /// The data attributes of each object type (``RuntimeObject``) by its method namespace
    /// (`csr_matrix`: `data`, `nnz`, ...), declared for the static checker.
    private(set) var objectAttributes: [String: Set<String>] = [:]
    /// The object type (method namespace) each function returns, when the checker should know it.
    private(set) var resultTypes: [String: String] = [:]

    /// Declares an object type and the data attributes its ``RuntimeObject/attribute(_:)`` answers
    /// (its methods are the entries registered under `type.`).
    public func declare(objectType type: String, attributes: [String]) {
        objectAttributes[type, default: []].formUnion(attributes)
    }

    /// Declares that `function` always returns an object of `type` (a declared object type).
    public func declare(_ function: String, returns type: String) {
        precondition(objectAttributes[type] != nil, "\(type) is not a declared object type")
        resultTypes[function] = type
    }

    /// The object type `function` returns, when declared.
    public func resultType(of function: String) -> String? { resultTypes[function] }

    /// The data attributes of a declared object type (nil when `type` is not declared).
    public func attributes(ofObjectType type: String) -> Set<String>? { objectAttributes[type] }

    /// True when some declared object type has a data attribute called `name`.
    public func hasObjectAttribute(named name: String) -> Bool {
        objectAttributes.values.contains { $0.contains(name) }
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

    /// Every constant, sorted by name.
    public var allConstants: [(name: String, value: Value)] {
        constants.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Calls `name` with Python-style arguments (and, for a method, its receiver).
    public func call(_ name: String, receiver: Value? = nil, positional: [Value], keywords: [(name: String, value: Value)],
                     context: RuntimeContext) throws(RuntimeError) -> Value {
        guard let entry = entries[name] else {
            throw PlannedFeatures.notSupported(name)
        }
        let arguments = try entry.signature.bind(positional: positional, keywords: keywords, receiver: receiver)
        return try entry.body(arguments, context)
    }
}
