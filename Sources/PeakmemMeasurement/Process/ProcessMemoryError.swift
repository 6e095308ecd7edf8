#if canImport(Glibc)
import Glibc
#endif

/// A failure to read or reset the kernel's memory figures for this process under `/proc`.
public enum ProcessMemoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist (`ENOENT`): `/proc` is not mounted, or the kernel lacks it.
    case fileMissing(String)
    /// The process may not open or write the file (`EACCES`/`EPERM`), e.g. `clear_refs` in a
    /// sandbox that forbids it.
    case permissionDenied(String)
    /// `open` failed for another reason, with its errno.
    case openFailed(String, errno: Int32)
    /// `read` failed, with its errno.
    case readFailed(String, errno: Int32)
    /// `write` failed, with its errno (`EINVAL` from `clear_refs` means the kernel does not
    /// know the value written: resetting VmHWM needs Linux 4.0 or later).
    case writeFailed(String, errno: Int32)
    /// The file was read but a field could not be found or parsed.
    case parseFailure(String, field: String)

    /// Classifies an `open` failure of `path`.
    init(openErrno code: Int32, path: String) {
        switch code {
        case ENOENT: self = .fileMissing(path)
        case EACCES, EPERM: self = .permissionDenied(path)
        default: self = .openFailed(path, errno: code)
        }
    }

    public var description: String {
        switch self {
        case .fileMissing(let path):
            return "\(path) does not exist (is /proc mounted?)"
        case .permissionDenied(let path):
            return "permission denied for \(path)"
        case .openFailed(let path, let code):
            return "cannot open \(path): \(String(cString: strerror(code)))"
        case .readFailed(let path, let code):
            return "cannot read \(path): \(String(cString: strerror(code)))"
        case .writeFailed(let path, let code):
            return "cannot write \(path): \(String(cString: strerror(code)))"
        case .parseFailure(let path, let field):
            return "cannot parse \(field) in \(path)"
        }
    }
}
