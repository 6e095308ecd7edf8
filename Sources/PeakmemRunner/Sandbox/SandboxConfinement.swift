import CSandbox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The confined half of `peakmem sandbox-exec`: run in the process the supervisor starts, it
/// confines that process and replaces it with the worker program (`execv`), which keeps every
/// restriction, as do all the processes the worker starts.
///
/// In order: its own process group (killed as a whole), no signal blocked, `PR_SET_PDEATHSIG` SIGKILL (the worker
/// dies with its supervisor), no core files, `PR_SET_NO_NEW_PRIVS`, then the Landlock ruleset.
public enum SandboxConfinement {
    /// Confines this process by `policy`; `supervisor` is the process that started it (when it
    /// is already gone, the worker must not start).
    public static func enter(_ policy: SandboxPolicy, supervisor: pid_t) throws(SandboxError) {
        _ = setpgid(0, 0)
        // The worker starts with no signal blocked, whatever mask the chain above it had.
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)
        guard peakmem_set_parent_death_signal(SIGKILL) == 0 else { throw .systemCall("prctl(PR_SET_PDEATHSIG)", errno: errno) }
        guard getppid() == supervisor else { throw .systemCall("getppid (the supervisor is gone)", errno: ESRCH) }
        guard peakmem_set_rlimit(Int32(RLIMIT_CORE.rawValue), 0) == 0 else { throw .systemCall("setrlimit(RLIMIT_CORE)", errno: errno) }
        guard peakmem_set_no_new_privs() == 0 else { throw .systemCall("prctl(PR_SET_NO_NEW_PRIVS)", errno: errno) }
        guard policy.landlock else { return }
        let ruleset = try Landlock.Ruleset(abi: try Landlock.abiVersion())
        let rules: [(Landlock.FileAccess, [String])] = [
            (.read, policy.readable),
            ([.read, .execute], policy.executable),
            (Landlock.FileAccess.read.union(.write), policy.writable),
            ([.readFile, .writeFile, .truncate], SandboxPolicy.systemWritable),
        ]
        for (access, paths) in rules {
            for path in paths {
                do {
                    try ruleset.allow(access, beneath: path)
                } catch .pathUnavailable(_, errno: ENOENT) {
                    continue  // an allowance this machine does not have (e.g. /lib32)
                }
            }
        }
        try ruleset.restrictSelf()
    }

    /// Replaces this process with `command` (an absolute path first); returns only on failure.
    public static func execute(_ command: [String]) -> SandboxError {
        var arguments = command.map { strdup($0) } + [nil]
        execv(command[0], &arguments)
        return .systemCall("execv(\(command[0]))", errno: errno)
    }
}
