import ArgumentParser
import PeakmemRunner
import Foundation

/// The `peakmem` command: memory-profiling benchmark harness for array code.
@main
struct PeakmemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peakmem",
        abstract: "Measure, compare and gate the peak memory of array code.",
        version: PeakmemVersion.current,
        subcommands: [RunCommand.self, MemitCommand.self, CheckCommand.self, ListCommand.self, ReportCommand.self, CompareCommand.self,
                      GateCommand.self, BaselineCommand.self, MergeCommand.self, ProbeCommand.self, WorkerCommand.self,
                      SandboxExecCommand.self]
    )

    /// Parses and runs the command; usage errors exit with status 2 (bad input or usage, as
    /// every peakmem error), not swift-argument-parser's 64.
    static func main() {
        // Ctrl-C and SIGTERM must end peakmem (and through its workers' supervisors, every
        // worker) even when whatever started it had them blocked.
        WorkerSupervisor.unblock(WorkerSupervisor.stopSignals)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
