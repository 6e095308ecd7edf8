import ArgumentParser
import Foundation
import PeakmemRunner
import PeakmemScenario

/// `peakmem memit`: IPython's `%memit` for one statement, plus the exact figures memit cannot give.
struct MemitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memit",
        abstract: "Measure one statement like IPython's %memit, with exact figures.",
        discussion: """
            Prints first the line %memit prints, `peak memory: X MiB, increment: Y MiB` (the \
            process's peak RSS during the statement and its increase over the RSS before it; \
            MiB = 2^20 bytes), then the exact figures of the allocation ledger. With -r N the \
            statement runs N times, each in a fresh worker, and the maximum is reported, as \
            memit does. Exit status 1 when the statement fails, 2 for bad input.
            """
    )

    @Argument(help: "The statement to measure (scenario code: NumPy-style Python).")
    var statement: String

    @Option(help: ArgumentHelp("Code run before the statement, not measured.", valueName: "CODE"))
    var setup: String?

    @Option(name: [.customShort("r"), .customLong("repeat")], help: "Runs, each in a fresh worker; the maximum is reported.")
    var repeats: Int = 1

    @OptionGroup var measurement: MeasurementOptions

    @Flag(help: "Print the results as JSON (schema peakmem-results/1).")
    var json = false

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("-r must be at least 1") }
    }

    func run() throws {
        let inline = InlineCode(setup: setup, statement: statement)
        let problems = CodeCheck.validation.check(inline.scenario).problems
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(2)
        }
        var configuration = try CommandSupport.configuration(measurement)
        configuration.repeats = repeats
        let results = try ScenarioRunner(configuration: configuration).run([inline.scenario])
        let variant = results.scenarios[0].variants[0]
        if json {
            print(String(decoding: try results.jsonData(), as: UTF8.self))
        } else if let failure = variant.failure {
            FileHandle.standardError.write(Data("peakmem memit: \(failure.kind.rawValue): \(failure.message)\n".utf8))
            if let tail = failure.stderrTail { FileHandle.standardError.write(Data((tail + "\n").utf8)) }
        } else {
            print(Self.text(variant, repeats: repeats))
        }
        if variant.status != .ok { throw ExitCode(1) }
    }

    /// memit's line, then the exact figures.
    static func text(_ variant: VariantResult, repeats: Int) -> String {
        let f = variant.figures
        func bytes(_ key: String) -> String {
            let value = f[key] ?? 0
            return "\(Int(value).formatted(.number.grouping(.automatic))) bytes (\(ByteFormatting.size(value)))"
        }
        var lines = [String(format: "peak memory: %.2f MiB, increment: %.2f MiB", f["memit_peak_mib"] ?? 0, f["memit_increment_mib"] ?? 0)]
        lines.append("exact (ledger of array buffers\(repeats > 1 ? ", maximum of \(repeats) runs" : "")):")
        lines.append("  peak increment: \(bytes("peak_increment"))")
        lines.append("  retained:       \(bytes("retained"))")
        lines.append("  temporaries:    \(bytes("temporaries"))")
        lines.append("  allocations:    \(Int(f["allocations"] ?? 0)) (\(bytes("allocated_total")) in all)")
        if let time = variant.wallTime {
            lines.append("time: \(ByteFormatting.time(time.median)) wall (median), \(ByteFormatting.time(variant.cpuTime?.median ?? 0)) CPU")
        }
        if !variant.deterministic {
            lines.append("warning: the exact figures differed between runs: \(variant.nondeterministicMetrics.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
