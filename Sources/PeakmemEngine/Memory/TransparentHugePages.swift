#if canImport(Glibc)
import Glibc
#endif

/// The kernel's transparent huge page mode for anonymous memory, as
/// `/sys/kernel/mm/transparent_hugepage/enabled` shows it (the bracketed word).
public enum TransparentHugePages: Sendable, Equatable {
    /// `always`: every large enough anonymous range may get huge pages.
    case always
    /// `madvise`: only ranges advised with `madvise(MADV_HUGEPAGE)` get them.
    case madviseOnly
    /// `never`, or a setting this type does not know.
    case never
    /// The file cannot be read (no THP support, or not Linux).
    case unavailable

    /// The mode read from `text`, the contents of the `enabled` file (e.g.
    /// `always [madvise] never`).
    public init(enabledFile text: String) {
        guard let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") else {
            self = .unavailable
            return
        }
        switch text[text.index(after: open)..<close] {
        case "always": self = .always
        case "madvise": self = .madviseOnly
        default: self = .never
        }
    }

    /// The mode of this machine, read once.
    public static let current: TransparentHugePages = {
        guard let file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r") else { return .unavailable }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return .unavailable }
        return TransparentHugePages(enabledFile: String(cString: buffer))
    }()
}
