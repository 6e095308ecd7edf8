import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes what killed peakmem processes left behind: folders and files whose names carry the
/// id of the process that made them (`PREFIX<pid>-<uuid>`), once that process is gone.
///
/// Every temporary folder peakmem creates is named so — a run's workspace
/// (`peakmem-run-<pid>-…`), a worker's directory (`peakmem-worker-<pid>-…`, the parent's
/// pid), a report set being built (`.reports.peakmem-staging-<pid>-…`) — and is removed by its
/// maker when it ends normally; a SIGKILL leaves it. The next run removes the ones whose
/// process no longer exists (`kill(pid, 0)` fails with `ESRCH`); those of live processes (a
/// run in progress beside this one) are left alone.
public enum AbandonedFolders {
    /// Removes the entries of `directory` named `prefix<pid>-…` whose process has ended;
    /// returns how many were removed. Errors (a vanished entry, no permission) are skipped.
    @discardableResult
    public static func remove(in directory: URL, prefix: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid(in: name, prefix: prefix), !isAlive(pid) else { continue }
            if (try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }

    /// The process id that `name` (`prefix<pid>-…`) carries, if it carries one.
    static func pid(in name: String, prefix: String) -> pid_t? {
        let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(prefix.count + digits.count).first == "-" else { return nil }
        return pid_t(digits)
    }

    /// True unless the process `pid` certainly does not exist.
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
