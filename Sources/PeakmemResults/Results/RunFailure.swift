/// Why a run failed.
public struct RunFailure: Error, Sendable, Codable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The scenario code raised an error (its message has the file position).
        case error
        /// The run allocated past `--memory-limit`.
        case memoryLimit = "memory_limit"
        /// The worker was killed after `--timeout`.
        case timeout
        /// The worker died (a signal, or an exit without a reply).
        case crash
        /// The worker could not be started or answered something unreadable.
        case worker
    }

    public var kind: Kind
    public var message: String
    /// The last lines the worker wrote to standard error, for crashes.
    public var stderrTail: String?

    public init(kind: Kind, message: String, stderrTail: String? = nil) {
        self.kind = kind
        self.message = message
        self.stderrTail = stderrTail
    }

    public var description: String { message }

    enum CodingKeys: String, CodingKey {
        case kind, message
        case stderrTail = "stderr_tail"
    }
}
