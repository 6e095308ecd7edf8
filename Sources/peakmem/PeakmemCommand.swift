import ArgumentParser

/// The `peakmem` command: memory-profiling benchmark harness for array code.
@main
struct PeakmemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peakmem",
        abstract: "Measure, compare and gate the peak memory of array code.",
        version: PeakmemVersion.current,
        subcommands: [RunCommand.self, MemitCommand.self, CheckCommand.self, ListCommand.self, ProbeCommand.self, WorkerCommand.self]
    )
}
