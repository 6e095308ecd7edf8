import ArgumentParser
import Foundation
import PeakmemRunner

/// `peakmem sandbox-exec`: the hidden launcher every worker is started through (both engines).
/// It becomes the ``WorkerSupervisor``: it starts the worker program confined by the
/// ``SandboxPolicy`` (``SandboxConfinement``), supervises it to its end and exits as it did.
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
        WorkerSupervisor(policy: policy, command: command).run()
    }
}
