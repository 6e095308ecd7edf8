import PeakmemResults

extension SandboxStatus {
    /// The status `option` gives on this machine.
    /// - Throws: ``SandboxError/required(reason:)`` for `require` without Landlock.
    package static func decide(_ option: Option) throws(SandboxError) -> SandboxStatus {
        if option == .off { return SandboxStatus(mode: .none, option: .off, reason: "--no-sandbox") }
        do {
            return SandboxStatus(mode: .landlock, option: option, landlockABI: try Landlock.abiVersion())
        } catch {
            if option == .require { throw .required(reason: error.description) }
            return SandboxStatus(mode: .none, option: option, reason: error.description)
        }
    }
}
