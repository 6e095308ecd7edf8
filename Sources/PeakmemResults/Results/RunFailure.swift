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

    /// Which limit of `--memory-limit` ended a ``Kind/memoryLimit`` run.
    public enum Limit: String, Sendable, Codable, Hashable {
        /// The live array bytes counted by the Swift engine's ledger.
        case ledger
        /// The resident memory of the worker and every process it started (the supervisor's
        /// watchdog; both engines): Python objects, strings, memory-mapped pages written...
        case resident
    }

    public var kind: Kind
    public var message: String
    /// The last lines the worker wrote to standard error, for crashes.
    public var stderrTail: String?
    /// For a memory-limit failure: which limit fired.
    public var limit: Limit?

    public init(kind: Kind, message: String, stderrTail: String? = nil) {
        self.kind = kind
        self.message = message
        self.stderrTail = stderrTail
    }

    public var description: String { message }

    enum CodingKeys: String, CodingKey {
        case kind, message, limit
        case stderrTail = "stderr_tail"
    }
}
