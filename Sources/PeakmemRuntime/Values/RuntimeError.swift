/// An error raised while scenario code runs, with the Python exception type it stands for
/// (`TypeError`, `ValueError`, `NameError`, ...). The interpreter attaches the location of the
/// statement or expression that raised it.
public struct RuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception type, e.g. `ValueError`.
    public var type: String
    public var message: String

    public init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    public static func typeError(_ message: String) -> RuntimeError { RuntimeError("TypeError", message) }
    public static func valueError(_ message: String) -> RuntimeError { RuntimeError("ValueError", message) }
    public static func nameError(_ message: String) -> RuntimeError { RuntimeError("NameError", message) }
    public static func indexError(_ message: String) -> RuntimeError { RuntimeError("IndexError", message) }
    public static func attributeError(_ message: String) -> RuntimeError { RuntimeError("AttributeError", message) }

    public var description: String { "\(type): \(message)" }
}
