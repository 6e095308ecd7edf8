/// An error in scenario code, located in the file the code came from.
///
/// Every problem the language front end finds is one of these: a syntax error (worded like
/// CPython's), an indentation error, or a Python construct that scenario code does not support
/// (worded to say what is supported instead). Later passes (import validation, the interpreter)
/// report their errors with the same type, through ``init(_:_:at:in:)``.
///
/// Its ``description`` is the compiler-style rendering:
///
/// ```text
/// scenarios/x.yaml:13:9: error: unexpected indent
///         y = 2
///         ^
/// ```
public struct LanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What sort of error this is (see ``Kind``).
    public var kind: Kind
    /// The message, without location or prefix: `'(' was never closed`.
    public var message: String
    /// The file name from the block's ``SourceOrigin``.
    public var file: String
    /// The offending span, in file coordinates.
    public var range: SourceRange
    /// The file line that contains `range.start`, as it appears in the file, if known.
    public var sourceLine: String?
    /// For an exception raised by running code: the exception object and what its traceback
    /// keeps alive (set by the interpreter; not part of the error's identity).
    public var exception: ExceptionPayload?
    /// The typed error this one reports, when a later pass raised it (the interpreter's
    /// `RuntimeError`, which carries the engine's error); not part of equality.
    public var cause: (any Error & Sendable)?

    /// Creates an error from file coordinates.
    public init(kind: Kind, message: String, file: String, range: SourceRange, sourceLine: String?) {
        self.kind = kind
        self.message = message
        self.file = file
        self.range = range
        self.sourceLine = sourceLine
    }

    /// Creates an error at a block-relative range of `block`: the range is mapped to the file
    /// and the offending line is quoted from the block.
    public init(_ kind: Kind, _ message: String, at range: SourceRange, in block: CodeBlock) {
        self.init(
            kind: kind,
            message: message,
            file: block.origin.file,
            range: block.origin.fileRange(range),
            sourceLine: block.fileLineText(range.start.line)
        )
    }

    /// Equal when kind, message, file, range and quoted line are (the cause is not compared).
    public static func == (lhs: LanguageError, rhs: LanguageError) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.file == rhs.file && lhs.range == rhs.range
            && lhs.sourceLine == rhs.sourceLine
    }

    /// The start of the offending span, in the file: what `file:line:column` names.
    public var location: SourceLocation { range.start }
}
