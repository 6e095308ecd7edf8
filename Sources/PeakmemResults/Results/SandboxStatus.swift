/// Whether a run's workers are confined, and what was asked for: recorded in results
/// (`options.sandbox`, docs/results-format.md).
public struct SandboxStatus: Sendable, Hashable, Codable {
    /// What confines the workers.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// Landlock: files and TCP confined (docs/security.md).
        case landlock
        /// Nothing: scenario code reaches what the user running peakmem reaches.
        case none
    }

    /// What the command line asked for.
    public enum Option: String, Sendable, Hashable, Codable, CaseIterable {
        /// The default: Landlock when the kernel offers it, else none (said once).
        case auto
        /// `--sandbox=require`: no run without Landlock.
        case require
        /// `--no-sandbox`.
        case off
    }

    public var mode: Mode
    public var option: Option
    /// The kernel's Landlock ABI, when Landlock confines the workers.
    public var landlockABI: Int?
    /// Why the workers are not confined, with `mode` none.
    public var reason: String?

    public init(mode: Mode, option: Option, landlockABI: Int? = nil, reason: String? = nil) {
        self.mode = mode
        self.option = option
        self.landlockABI = landlockABI
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case mode, option, reason
        case landlockABI = "landlock_abi"
    }
}
