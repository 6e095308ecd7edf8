import PeakmemLanguage

/// A builtin exception class (`ValueError`, `IndexError`, ...): what `except` matches, what
/// `raise` instantiates, and what `isinstance` tests. The hierarchy is CPython's for the
/// classes scenario code can meet.
final class ExceptionClass: RuntimeObject, @unchecked Sendable {
    let name: String
    let base: ExceptionClass?

    private init(_ name: String, _ base: ExceptionClass?) {
        self.name = name
        self.base = base
    }

    var typeName: String { "type" }
    var methodNamespace: String { "type" }
    var representation: String { name == "LinAlgError" ? "<class 'numpy.linalg.LinAlgError'>" : "<class '\(name)'>" }

    func attribute(_ name: String) throws(RuntimeError) -> Value? {
        name == "__name__" ? .string(self.name) : nil
    }

    /// Whether this class is `other` or derives from it.
    func isSubclass(of other: ExceptionClass) -> Bool {
        var current: ExceptionClass? = self
        while let candidate = current {
            if candidate === other { return true }
            current = candidate.base
        }
        return false
    }

    /// The classes, by name.
    static let all: [String: ExceptionClass] = {
        var classes: [String: ExceptionClass] = [:]
        func add(_ name: String, _ base: String?) {
            classes[name] = ExceptionClass(name, base.map { classes[$0]! })
        }
        add("BaseException", nil)
        add("Exception", "BaseException")
        add("KeyboardInterrupt", "BaseException")
        add("ArithmeticError", "Exception")
        add("ZeroDivisionError", "ArithmeticError")
        add("OverflowError", "ArithmeticError")
        add("FloatingPointError", "ArithmeticError")
        add("LookupError", "Exception")
        add("IndexError", "LookupError")
        add("KeyError", "LookupError")
        add("ValueError", "Exception")
        add("UnicodeError", "ValueError")
        add("TypeError", "Exception")
        add("NameError", "Exception")
        add("UnboundLocalError", "NameError")
        add("AttributeError", "Exception")
        add("RuntimeError", "Exception")
        add("RecursionError", "RuntimeError")
        add("NotImplementedError", "RuntimeError")
        add("AssertionError", "Exception")
        add("MemoryError", "Exception")
        add("StopIteration", "Exception")
        add("ImportError", "Exception")
        add("ModuleNotFoundError", "ImportError")
        add("OSError", "Exception")
        add("FileNotFoundError", "OSError")
        add("LinAlgError", "ValueError")
        return classes
    }()

    /// The class of an error kind raised by running code (`Exception` for one it does not know).
    static func named(_ name: String) -> ExceptionClass {
        all[name] ?? all["Exception"]!
    }
}

/// An exception object: `ValueError('bad')`, what `except ... as error` binds.
final class ExceptionObject: RuntimeObject, @unchecked Sendable {
    let type: ExceptionClass
    /// The constructor's arguments.
    let arguments: [Value]

    init(_ type: ExceptionClass, arguments: [Value]) {
        self.type = type
        self.arguments = arguments
    }

    /// The text of an exception raised by the engine, which `str()` gives as is.
    private(set) var engineText: String?

    /// An exception of `type` whose message is `message` (one raised by the engine).
    convenience init(_ type: ExceptionClass, message: String) {
        self.init(type, arguments: message.isEmpty ? [] : [.string(message)])
        engineText = message
    }

    var typeName: String { type.name }
    var methodNamespace: String { "exception" }

    func attribute(_ name: String) throws(RuntimeError) -> Value? {
        name == "args" ? .tuple(arguments) : nil
    }

    /// `str(error)`: the single argument's `str`, or the arguments' tuple, or nothing.
    var text: String {
        if let engineText { return engineText }
        switch arguments.count {
        case 0: return ""
        case 1:
            if type.name == "KeyError" { return arguments[0].pythonRepresentation }
            return arguments[0].pythonString
        default: return Value.tuple(arguments).pythonRepresentation
        }
    }

    /// `repr(error)`: `ValueError('bad')`.
    var representation: String {
        if arguments.count == 1 { return "\(type.name)(\(arguments[0].pythonRepresentation))" }
        return "\(type.name)(" + arguments.map(\.pythonRepresentation).joined(separator: ", ") + ")"
    }

    /// The line Python prints last in a traceback: `ValueError: bad` (the class alone without a
    /// message).
    var message: String {
        let text = self.text
        return text.isEmpty ? type.name : "\(type.name): \(text)"
    }
}
