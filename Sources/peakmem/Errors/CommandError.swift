import ArgumentParser

/// A failure of a command, with the exit status it maps to. Commands throw it;
/// ``PeakmemCommand/main()`` is the one place that prints it (`peakmem: error: MESSAGE` on
/// standard error) and exits with ``exitCode``.
struct CommandError: Error, CustomStringConvertible {
    /// What went wrong, for people.
    var message: String
    /// The exit status.
    var exitCode: ExitCode

    /// Bad input or usage (exit 2).
    static func badInput(_ message: String) -> CommandError {
        CommandError(message: message, exitCode: .badInput)
    }

    var description: String { message }
}
