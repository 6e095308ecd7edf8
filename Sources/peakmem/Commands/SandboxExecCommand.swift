import ArgumentParser
import Foundation
import PeakmemRunner

/// `peakmem sandbox-exec`: the hidden launcher every worker is started through (both engines).
///
/// Without `--confined` it is the ``WorkerSupervisor``: it starts itself again with
/// `--confined`, supervises that process to its end and exits as it did. With `--confined` it
/// applies the ``SandboxPolicy`` to itself (``SandboxConfinement``) and executes the worker
/// program, which keeps the confinement.
struct SandboxExecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox-exec",
        abstract: "Start a worker program confined and supervised (internal).",
        shouldDisplay: false
    )

    @Option(name: .customLong("write"), help: "A directory the worker may write (repeatable).")
    var writable: [String] = []

    @Option(name: .customLong("read"), help: "A file or directory the worker may read (repeatable).")
    var readable: [String] = []

    @Option(name: .customLong("execute"), help: "A file the worker may execute (repeatable).")
    var executable: [String] = []

    @Option(name: .customLong("memory-limit"), help: "Bytes the resident memory of the worker's processes may grow by.")
    var memoryLimit: Int?

    @Flag(name: .customLong("no-landlock"), help: "Apply the limits only, not the file and network rules.")
    var noLandlock = false

    @Option(name: .customLong("confined"), help: "Confine this process and execute the worker (the supervisor's PID).")
    var supervisor: Int32?

    @Argument(parsing: .postTerminator, help: "The worker program (an absolute path) and its arguments.")
    var command: [String] = []

    func validate() throws {
        guard let program = command.first, program.hasPrefix("/") else {
            throw ValidationError("sandbox-exec needs the worker program as an absolute path after --")
        }
    }

    func run() throws {
        let policy = SandboxPolicy(landlock: !noLandlock, writable: writable, readable: readable,
                                   executable: executable, memoryLimit: memoryLimit)
        guard let supervisor else { WorkerSupervisor(policy: policy, command: command).run() }
        do {
            try SandboxConfinement.enter(policy, supervisor: supervisor)
        } catch {
            WorkerSupervisor.fail(.sandboxFailed, error.description)
        }
        WorkerSupervisor.fail(.launchFailed, SandboxConfinement.execute(command).description)
    }
}
