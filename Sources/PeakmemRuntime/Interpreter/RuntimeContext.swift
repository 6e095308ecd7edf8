import PeakmemEngine
import PeakmemResults

/// What a run of scenario code shares between its statements and the library functions:
/// the registry, the NumPy behaviour to reproduce, the random state and where `print` writes.
public final class RuntimeContext: @unchecked Sendable {
    /// The functions scenario code can call.
    public let registry: FunctionRegistry
    /// The NumPy behaviour reproduced.
    public var semantics: Semantics
    /// The generator behind `np.random.*` (``RandomState/global`` unless a test gives its own).
    public var random: RandomState
    /// Where `print(...)` writes: each call receives exactly the text Python would write,
    /// the `end` string (a newline by default) included.
    public var output: (String) -> Void
    /// The value a name has where the running code calls a function (comprehension scopes,
    /// then the globals), for functions that read their caller's names as `numexpr.evaluate`
    /// does; set by the ``Interpreter`` that runs with this context.
    public internal(set) var callerName: (String) -> Value? = { _ in nil }
    /// Calls a callable value of scenario code (a registered function, a method, a `def` or a
    /// `lambda`), for builtins that take functions (`sorted(key=)`, `map`, `functools.reduce`);
    /// set by the ``Interpreter`` that runs with this context.
    public internal(set) var invoke: (Value, [Value], [(name: String, value: Value)]) throws(RuntimeError) -> Value = { callee, _, _ throws(RuntimeError) in
        throw .typeError("'\(callee.typeName)' object cannot be called here")
    }
    /// When set, every einsum call that plans a contraction path (`np.einsum` with `optimize=`,
    /// `np.einsum_path`, a lazy einsum's evaluation) is recorded here; the worker sets it for
    /// the measured run only.
    public var einsumPaths: EinsumPathLog?
    /// The files `np.save`, `np.load` and `np.memmap` may open (``FileAccessPolicy``); a worker
    /// confines them to its directory and the scenario's `data:` directories.
    public var files: FileAccessPolicy = .unrestricted

    /// Creates a context; by default the standard registry, NumPy 2 semantics, NumPy's global
    /// random state, and standard output.
    public init(registry: FunctionRegistry = .standard, semantics: Semantics = .numpy2, random: RandomState = .global,
                output: @escaping (String) -> Void = { print($0, terminator: "") }) {
        self.registry = registry
        self.semantics = semantics
        self.random = random
        self.output = output
    }
}

/// The einsum paths planned during a run, identical calls collapsed with a count.
public final class EinsumPathLog: @unchecked Sendable {
    public private(set) var records: [EinsumPathRecord] = []

    public init() {}

    /// Adds `record`, or counts it on the identical call recorded before.
    public func record(_ record: EinsumPathRecord) {
        if let index = records.firstIndex(where: { $0.isSameCall(as: record) }) {
            records[index].count += record.count
        } else {
            records.append(record)
        }
    }
}
