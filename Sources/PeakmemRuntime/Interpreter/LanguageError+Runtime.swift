import PeakmemLanguage

extension LanguageError.Kind {
    /// `NameError`: a name used before it is bound.
    public static let nameError = LanguageError.Kind(rawValue: "NameError")
    /// `TypeError`.
    public static let typeError = LanguageError.Kind(rawValue: "TypeError")
    /// `ValueError` (broadcasting and shape errors among them).
    public static let valueError = LanguageError.Kind(rawValue: "ValueError")
    /// `AttributeError`: an unknown module member, method or attribute.
    public static let attributeError = LanguageError.Kind(rawValue: "AttributeError")
    /// `IndexError`.
    public static let indexError = LanguageError.Kind(rawValue: "IndexError")

    /// The kinds the front end and static checks produce, which are not Python exceptions
    /// raised by running code.
    static let staticKinds: Set<LanguageError.Kind> = [.syntax, .indentation, .tab, .unsupported, .importError]

    /// True for an exception raised while running code (`ValueError`, `NameError`, ...).
    public var isRuntimeException: Bool { !Self.staticKinds.contains(self) }
}

extension LanguageError {
    /// A runtime error located at `range` of `block`. The kind is the Python exception type
    /// and the message starts with it (`ValueError: operands could not be broadcast ...`), as
    /// Python's last traceback line reads; an unsupported feature is reported with kind
    /// ``LanguageError/Kind/unsupported`` and an import error with kind
    /// ``LanguageError/Kind/importError``, as the front end and the checker report them.
    public init(_ error: RuntimeError, at range: SourceRange, in block: CodeBlock) {
        switch error.type {
        case RuntimeError.unsupportedType:
            self.init(.unsupported, error.message, at: range, in: block)
        case "ImportError":
            self.init(.importError, error.message, at: range, in: block)
        default:
            self.init(Kind(rawValue: error.type), "\(error.type): \(error.message)", at: range, in: block)
        }
        cause = error
    }
}
