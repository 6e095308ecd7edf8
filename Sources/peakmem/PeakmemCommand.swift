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
                      GateCommand.self, BaselineCommand.self, MergeCommand.self, HistoryCommand.self, ProbeCommand.self, WorkerCommand.self,
                      SandboxExecCommand.self]
    )

    /// Parses and runs the command. The one place where failures become exit statuses: a
    /// ``CommandError`` prints `peakmem: error: MESSAGE` and exits with its code; usage errors
    /// exit with ``ArgumentParser/ExitCode/badInput`` (2, as every peakmem input error), not
    /// swift-argument-parser's 64; the rest as swift-argument-parser maps them.
    static func main() {
        // Ctrl-C and SIGTERM must end peakmem (and through its workers' supervisors, every
        // worker) even when whatever started it had them blocked.
        WorkerSupervisor.unblock(WorkerSupervisor.stopSignals)
        do {
            if let problem = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) { throw CommandError.badInput(problem) }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let (message, code) = outcome(of: error)
            if let message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if let code { exit(withError: code) }
            exit(withError: error)
        }
    }

    /// What a failure prints on standard error and the status it exits with; a nil status
    /// leaves both to swift-argument-parser (help, version, other errors).
    static func outcome(of error: any Error) -> (message: String?, code: ExitCode?) {
        if let failure = error as? CommandError {
            return ("peakmem: error: \(failure.message)", failure.exitCode)
        }
        if exitCode(for: error) == .validationFailure {
            return (fullMessage(for: error), .badInput)
        }
        return (nil, nil)
    }

    /// For `peakmem help TOPIC...`, the problem when TOPIC names no subcommand (swift-argument-
    /// parser prints the root help and exits 0 for `help bogus`); nil otherwise.
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var command: any ParsableCommand.Type = PeakmemCommand.self
        for topic in arguments.dropFirst() where !topic.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            guard let next = subcommands.first(where: { $0._commandName == topic }) else {
                let names = subcommands.map { $0._commandName }.filter { $0 != "worker" }
                return names.isEmpty ? "no help topic '\(topic)': '\(command._commandName)' has no subcommands"
                    : "no help topic '\(topic)'; the commands are \(names.joined(separator: ", "))"
            }
            command = next
        }
        return nil
    }
}
