import CSandbox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the supervisor starts a worker confined: the Landlock ruleset is built in the supervisor
/// (``ruleset(for:)``), then `peakmem_spawn_confined` (C shim) forks and, in the child, makes
/// only system calls: its own process group, no signal blocked, `PR_SET_PDEATHSIG` SIGKILL (the
/// worker dies with its supervisor), no core files, `PR_SET_NO_NEW_PRIVS`, the ruleset, then
/// `execve` of the worker program, which keeps every restriction, as do all the processes it
/// starts.
public enum SandboxConfinement {
    /// The ruleset that confines a worker to `policy`: reading its readable paths and the
    /// directories of the libraries this process loaded, reading and executing its executables, everything beneath its writable directories, writing
    /// ``SandboxPolicy/systemWritable``; nil when `policy` does not use Landlock.
    public static func ruleset(for policy: SandboxPolicy) throws(SandboxError) -> Landlock.Ruleset? {
        guard policy.landlock else { return nil }
        let ruleset = try Landlock.Ruleset(abi: try Landlock.abiVersion())
        let rules: [(Landlock.FileAccess, [String])] = [
            // The libraries of this process too: the supervisor is the peakmem executable the
            // Swift worker runs, so what it loaded is what the worker's loader opens.
            (.read, policy.readable + SandboxPolicy.loadedLibraryDirectories()),
            ([.read, .execute], policy.executable),
            (Landlock.FileAccess.read.union(.write), policy.writable),
            (writeOnly, SandboxPolicy.systemWritable),
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
        return ruleset
    }

    /// Writing a file that exists (Python opens with O_TRUNC).
    static let writeOnly: Landlock.FileAccess = [.readFile, .writeFile, .truncate]

    /// Starts `command` (an absolute path first) with `environment`, confined by `ruleset`,
    /// with `startDescriptor` as its descriptor 3; returns its PID.
    static func spawn(_ command: [String], environment: [String: String], ruleset: Landlock.Ruleset?,
                      startDescriptor: Int32) throws(SandboxError) -> pid_t {
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let ownAccess = writeOnly.intersection(ruleset?.handled ?? []).rawValue
        let pid = peakmem_spawn_confined(command[0], argv, envp, ruleset?.descriptor ?? -1,
                                         SandboxPolicy.ownProcessWritable, ownAccess, startDescriptor,
                                         WorkerSupervisor.Exit.sandboxFailed.rawValue, WorkerSupervisor.Exit.launchFailed.rawValue)
        guard pid > 0 else { throw .systemCall("fork", errno: errno) }
        return pid
    }
}
