import Foundation

/// How a worker program is started: through `peakmem sandbox-exec` (the ``WorkerSupervisor``
/// and ``SandboxConfinement``) with a policy. ``WorkerProcess`` adds the worker's own
/// directory to the policy's writable paths.
package struct WorkerLauncher: Sendable, Hashable {
    /// The peakmem executable that runs `sandbox-exec`.
    package var executable: URL
    package var policy: SandboxPolicy

    package init(executable: URL, policy: SandboxPolicy) {
        self.executable = executable
        self.policy = policy
    }

    /// The program and arguments that start `command` confined to `policy` with `directory`
    /// writable.
    func arguments(for command: [String], directory: String) -> [String] {
        var policy = policy
        policy.writable.append(directory)
        return ["sandbox-exec"] + policy.arguments + ["--"] + command
    }
}
