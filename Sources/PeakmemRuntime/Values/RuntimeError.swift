import PeakmemEngine

/// An error raised while scenario code runs, with the Python exception type it stands for
/// (`TypeError`, `ValueError`, `NameError`, ...). The interpreter attaches the location of the
/// statement or expression that raised it (see ``LanguageError/init(_:at:in:)``).
///
/// The type ``unsupportedType`` marks valid Python that peakmem does not run (yet): it is
/// reported as a ``LanguageError`` of kind ``LanguageError/Kind/unsupported``, like the
/// constructs the parser rejects.
public struct RuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception type, e.g. `ValueError`, or ``unsupportedType``.
    public var type: String
    /// The exception's message, as Python would show it after the type.
    public var message: String
    /// What raised it, when a typed error below the interpreter did: code that must tell
    /// failures apart (the worker's memory-limit failure) switches on this, never on the text.
    public var cause: Cause?

    /// The typed error a ``RuntimeError`` stands for.
    public enum Cause: Sendable, Equatable {
        /// An array operation failed (``RuntimeError/init(_:)-(EngineError)``).
        case engine(EngineError)
    }

    /// Creates an error of a Python exception type.
    public init(_ type: String, _ message: String, cause: Cause? = nil) {
        self.type = type
        self.message = message
        self.cause = cause
    }

    /// The pseudo exception type of ``unsupported(_:)``.
    public static let unsupportedType = "unsupported"

    /// `TypeError`.
    public static func typeError(_ message: String) -> RuntimeError { RuntimeError("TypeError", message) }
    /// `ValueError`.
    public static func valueError(_ message: String) -> RuntimeError { RuntimeError("ValueError", message) }
    /// `NameError`.
    public static func nameError(_ message: String) -> RuntimeError { RuntimeError("NameError", message) }
    /// `IndexError`.
    public static func indexError(_ message: String) -> RuntimeError { RuntimeError("IndexError", message) }
    /// `AttributeError`.
    public static func attributeError(_ message: String) -> RuntimeError { RuntimeError("AttributeError", message) }
    /// `ZeroDivisionError`.
    public static func zeroDivisionError(_ message: String) -> RuntimeError { RuntimeError("ZeroDivisionError", message) }
    /// `OverflowError`.
    public static func overflowError(_ message: String) -> RuntimeError { RuntimeError("OverflowError", message) }
    /// `PermissionError`.
    public static func permissionError(_ message: String) -> RuntimeError { RuntimeError("PermissionError", message) }
    /// `ImportError`.
    public static func importError(_ message: String) -> RuntimeError { RuntimeError("ImportError", message) }
    /// Valid Python that peakmem does not run (yet); the message says what to do instead.
    public static func unsupported(_ message: String) -> RuntimeError { RuntimeError(unsupportedType, message) }

    /// Equal when type and message are: two errors Python would show alike (the cause is not
    /// compared).
    public static func == (lhs: RuntimeError, rhs: RuntimeError) -> Bool {
        lhs.type == rhs.type && lhs.message == rhs.message
    }

    /// `ValueError: message`, or the message alone for an unsupported feature.
    public var description: String { type == Self.unsupportedType ? message : "\(type): \(message)" }
}

extension RuntimeError {
    /// `NameError: name 'x' is not defined`, with the closest of `candidates` suggested.
    static func undefinedName(_ name: String, candidates: [String]) -> RuntimeError {
        .nameError("name '\(name)' is not defined" + Suggestions.didYouMean(name, among: candidates))
    }

    /// `a @ b` with a registry that has no `numpy.matmul`.
    static let matmulUnavailable = RuntimeError.unsupported(
        "the `@` operator (numpy.matmul) is not supported yet; matrix products come with a later version")
}
