/// What a Python exception raised by running code carries besides its message: the exception
/// object (`except ValueError as error` binds it) and the frames its traceback keeps alive.
///
/// CPython's traceback refers to the frame of every function the exception passed through, so
/// their local variables live until the handler that catches it ends; the interpreter appends
/// each such frame to ``frames`` and the handler drops the payload when it is done. The
/// payload is a reference, shared by every copy of the error; it never takes part in
/// comparing errors.
///
/// Sendable (unchecked) only so that ``LanguageError``, a typed thrown error, is: a payload is
/// made, extended and dropped by the interpreter, which runs on one thread at a time (a
/// ``DeepStack`` thread hands it back only after it has ended), never by two threads at once.
public final class ExceptionPayload: @unchecked Sendable, Equatable {
    /// The exception object (the interpreter's own type).
    public let exception: AnyObject
    /// The frames kept alive, innermost first.
    public private(set) var frames: [AnyObject] = []

    /// A payload for `exception`.
    public init(_ exception: AnyObject) {
        self.exception = exception
    }

    /// Keeps `frame` alive as long as the exception is.
    public func retain(_ frame: AnyObject) {
        frames.append(frame)
    }

    /// Payloads never distinguish errors.
    public static func == (lhs: ExceptionPayload, rhs: ExceptionPayload) -> Bool { true }
}
