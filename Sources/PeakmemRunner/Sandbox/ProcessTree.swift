import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The processes beneath one process, read from `/proc/PID/task/TID/children`
/// (CONFIG_PROC_CHILDREN), and their resident memory.
enum ProcessTree {
    /// The direct children of `pid` (of any of its threads).
    static func children(of pid: pid_t) -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task -> [pid_t] in
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8) else { return [] }
            return text.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// Every process beneath `pid`, depth first.
    static func descendants(of pid: pid_t) -> [pid_t] {
        var found: [pid_t] = [], pending = children(of: pid)
        while let next = pending.popLast() {
            found.append(next)
            pending += children(of: next)
        }
        return found
    }

    /// The resident bytes of `pid` (`/proc/PID/statm`, second field, in pages), 0 when gone.
    static func residentBytes(of pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * pageSize
    }

    /// The resident bytes of every process beneath `pid`, summed.
    static func residentBytes(beneath pid: pid_t) -> Int {
        descendants(of: pid).reduce(0) { $0 + residentBytes(of: $1) }
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
}
