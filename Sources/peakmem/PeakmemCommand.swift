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
                      GateCommand.self, BaselineCommand.self, MergeCommand.self, HistoryCommand.self, ProbeCommand.self, WorkerCommand.self]
    )

    /// Parses and runs the command. The one place where failures become exit statuses: a
    /// ``CommandError`` prints `peakmem: error: MESSAGE` and exits with its code; usage errors
    /// exit with ``ArgumentParser/ExitCode/badInput`` (2, as every peakmem input error), not
    /// swift-argument-parser's 64; the rest as swift-argument-parser maps them.
    static func main() {
        do {
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
}
