#if canImport(Glibc)
import Glibc
#endif

/// A failed call into jemalloc's `mallctl` interface.
///
/// Every mallctl return code other than 0 becomes one of these cases, named after the errno
/// value jemalloc documents for it; a statistic is never silently read as zero.
public enum JemallocError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `ENOENT`: jemalloc has no control of this name (e.g. an older jemalloc without
    /// `thread.peak.read`, or a typo).
    case unknownName(String)
    /// `EINVAL`: the value passed or the size of the buffer for the old value is not what this
    /// control takes.
    case invalidValue(String)
    /// `EPERM`: the control is read-only or write-only, or disabled in this build.
    case permissionDenied(String)
    /// `EAGAIN`: jemalloc could not allocate what the call needed.
    case resourceUnavailable(String)
    /// Any other non-zero return code (`EFAULT`, ...), with the raw value.
    case failed(String, errno: Int32)
    /// jemalloc answered with a value of `actual` bytes where this layer expects `expected`.
    case sizeMismatch(String, expected: Int, actual: Int)
    /// A string control returned a null pointer.
    case nullString(String)
    /// jemalloc was built without `--enable-stats` (`config.stats` is false): every statistic
    /// would read as zero, so none is offered.
    case statisticsDisabled

    /// Maps a mallctl return code for control `name` to its case.
    init(code: Int32, name: String) {
        switch code {
        case ENOENT: self = .unknownName(name)
        case EINVAL: self = .invalidValue(name)
        case EPERM: self = .permissionDenied(name)
        case EAGAIN: self = .resourceUnavailable(name)
        default: self = .failed(name, errno: code)
        }
    }

    public var description: String {
        switch self {
        case .unknownName(let name):
            return "jemalloc has no control named '\(name)'"
        case .invalidValue(let name):
            return "jemalloc rejected the value or its size for '\(name)' (EINVAL)"
        case .permissionDenied(let name):
            return "jemalloc refused access to '\(name)' (EPERM: read-only, write-only or disabled)"
        case .resourceUnavailable(let name):
            return "jemalloc could not serve '\(name)' (EAGAIN: out of memory)"
        case .failed(let name, let code):
            return "mallctl '\(name)' failed with error \(code) (\(String(cString: strerror(code))))"
        case .sizeMismatch(let name, let expected, let actual):
            return "mallctl '\(name)' returned \(actual) bytes, expected \(expected)"
        case .nullString(let name):
            return "mallctl '\(name)' returned a null string"
        case .statisticsDisabled:
            return "jemalloc was built without statistics (config.stats is false)"
        }
    }
}
