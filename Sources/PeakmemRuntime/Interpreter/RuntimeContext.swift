import PeakmemEngine

/// What a run of scenario code shares between its statements and the library functions:
/// the registry, the NumPy behaviour to reproduce, the random state and where `print` writes.
public final class RuntimeContext: @unchecked Sendable {
    public let registry: FunctionRegistry
    /// The NumPy behaviour reproduced (`numpy-2` or `numpy-1.7`), by its scenario name.
    public var semantics: String
    /// Where `print(...)` writes its lines.
    public var output: (String) -> Void

    public init(registry: FunctionRegistry, semantics: String = "numpy-2", output: @escaping (String) -> Void = { print($0) }) {
        self.registry = registry
        self.semantics = semantics
        self.output = output
    }
}
