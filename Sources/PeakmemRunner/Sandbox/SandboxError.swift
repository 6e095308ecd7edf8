#if canImport(Glibc)
import Glibc
#endif

/// Why the worker sandbox could not be set up.
package enum SandboxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kernel has no Landlock (`ENOSYS`) or it is disabled at boot (`EOPNOTSUPP`).
    case landlockUnavailable(errno: Int32)
    /// A path the policy names cannot be opened.
    case pathUnavailable(String, errno: Int32)
    /// A system call failed.
    case systemCall(String, errno: Int32)
    /// `--sandbox=require` on a machine without Landlock.
    case required(reason: String)

    package var description: String {
        switch self {
        case .landlockUnavailable(let code):
            "this kernel offers no Landlock (\(Self.text(code))): scenario code would run unconfined"
        case .pathUnavailable(let path, let code):
            "the sandbox cannot open \(path): \(Self.text(code))"
        case .systemCall(let call, let code):
            "\(call) failed: \(Self.text(code))"
        case .required(let reason):
            "--sandbox=require: \(reason)"
        }
    }

    static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
