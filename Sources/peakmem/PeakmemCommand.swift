import ArgumentParser
import Foundation

/// The `peakmem` command: memory-profiling benchmark harness for array code.
@main
struct PeakmemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peakmem",
        abstract: "Measure, compare and gate the peak memory of array code.",
        version: PeakmemVersion.current,
        subcommands: [RunCommand.self, MemitCommand.self, CheckCommand.self, ListCommand.self, ReportCommand.self, CompareCommand.self,
                      GateCommand.self, BaselineCommand.self, MergeCommand.self, ProbeCommand.self, WorkerCommand.self]
    )

    /// Parses and runs the command; usage errors exit with status 2 (bad input or usage, as
    /// every peakmem error), not swift-argument-parser's 64.
    static func main() {
        if let problem = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data("peakmem: error: \(problem)\n".utf8))
            Foundation.exit(2)
        }
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
