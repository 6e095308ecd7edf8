import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
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
            memit does. With --engine numpy the statement and setup are any Python (the \
            Swift engine's subset does not apply); --setup-file runs a file as the setup. What \
            the code prints on NumPy is shown with --verbose and whenever it fails. Exit status \
            1 when the statement fails, 2 for bad input.
            """
    )

    @Argument(help: "The statement to measure (scenario code: NumPy-style Python).")
    var statement: String

    @Option(help: ArgumentHelp("Code run before the statement, not measured.", valueName: "CODE"))
    var setup: String?

    @Option(name: .customLong("setup-file"), help: ArgumentHelp("A Python file run before the statement instead of --setup, not measured.", valueName: "FILE"))
    var setupFile: String?

    @Flag(help: "Also print what the code printed on the NumPy engine.")
    var verbose = false

    @OptionGroup var measurement: MeasurementOptions

    @OptionGroup var engine: EngineOptions

    @Flag(help: "Print the results as JSON (schema peakmem-results/1).")
    var json = false

    func run() throws {
        let inline = InlineCode(setup: try setupCode(), statement: statement, setupFile: setupFile)
        let (parsed, problems) = CodeCheck.validation(for: engine.engine).check(inline.scenario)
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            throw ExitCode.badInput
        }
        var suite = CommandSupport.Suite(scenarios: [inline.scenario])
        for (variant, problems) in parsed.codeProblems {
            suite.swiftSkips[RunConfiguration.key(inline.scenario.name, variant)] = problems.first
        }
        var configuration = try CommandSupport.configuration(measurement, defaults: .single)
        try engine.apply(to: &configuration, suite: suite)
        let results = try ScenarioRunner(configuration: configuration).run([inline.scenario])
        let variant = results.scenarios[0].variants[0]
        if json {
            print(String(decoding: try results.jsonData(), as: UTF8.self))
        } else if let failure = variant.failure ?? variant.numpy?.failure {
            FileHandle.standardError.write(Data("peakmem memit: \(failure.kind.rawValue): \(failure.message)\n".utf8))
            if let tail = failure.stderrTail { FileHandle.standardError.write(Data((tail + "\n").utf8)) }
        } else {
            print(Self.text(variant, repeats: configuration.repeats))
            if let lines = variant.lines { print("\n" + LineProfileTable.render(lines, variant: "memit")) }
            if verbose, let output = variant.numpy?.output { print("output (NumPy engine; the worker runs setup and code twice):\n\(output)") }
        }
        if variant.status != .ok { throw ExitCode.runFailed }
    }

    func validate() throws {
        if setup != nil, setupFile != nil { throw ValidationError("give --setup or --setup-file, not both") }
    }

    /// `--setup`, or the contents of `--setup-file` (exit 2 when it cannot be read).
    func setupCode() throws(CommandError) -> String? {
        guard let setupFile else { return setup }
        do { return try String(contentsOfFile: setupFile, encoding: .utf8) } catch {
            throw CommandError.badInput("\(setupFile): cannot read the setup file: \(error.localizedDescription)")
        }
    }

    /// memit's line, then the exact figures.
    static func text(_ variant: VariantResult, repeats: Int) -> String {
        let f = variant.figures
        var lines = [String(format: "peak memory: %.2f MiB, increment: %.2f MiB", f["memit_peak_mib"] ?? 0, f["memit_increment_mib"] ?? 0)]
        if variant.engine == .numpy {
            lines += numpyLines(f, repeats: repeats)
            if let reason = variant.swiftSkipReason { lines.append("Swift engine: skipped: \(reason)") }
        } else {
            lines += swiftLines(f, repeats: repeats)
        }
        if let time = variant.wallTime {
            lines.append("time: \(FigureFormatting.time(time.median)) wall (median), \(FigureFormatting.time(variant.cpuTime?.median ?? 0)) CPU")
        }
        if !variant.deterministic {
            lines.append("warning: the exact figures differed between runs: \(variant.nondeterministicMetrics.joined(separator: ", "))")
        }
        if variant.engine == nil, let numpy = variant.numpy {
            lines.append("")
            if let failure = numpy.failure {
                lines.append("NumPy: FAILED (\(failure.kind.rawValue)): \(failure.message)")
            } else if let reason = numpy.skipReason {
                lines.append("NumPy: skipped: \(reason)")
            } else {
                lines.append(String(format: "NumPy — peak memory: %.2f MiB, increment: %.2f MiB",
                                    numpy.figures["memit_peak_mib"] ?? 0, numpy.figures["memit_increment_mib"] ?? 0))
                lines += numpyLines(numpy.figures, repeats: repeats)
                if let time = numpy.wallTime { lines.append("time: \(FigureFormatting.time(time.median)) wall (median)") }
                if let fidelity = numpy.fidelity {
                    lines.append("fidelity: Swift's exact peak increment vs NumPy's: \(fidelity.summary)"
                                 + (fidelity.timeRatio.map { String(format: "; time Swift ÷ NumPy %.2f", $0) } ?? ""))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func bytes(_ figures: [String: Double], _ key: String) -> String {
        let value = figures[key] ?? 0
        return "\(FigureFormatting.grouped(Int(value))) bytes (\(FigureFormatting.size(value)))"
    }

    /// The NumPy engine's exact figures, each with its tool.
    static func numpyLines(_ f: [String: Double], repeats: Int) -> [String] {
        [
            "exact (real NumPy\(repeats > 1 ? ", maximum of \(repeats) runs" : "")):",
            "  peak increment: \(bytes(f, "peak_increment")) [memray: NumPy's heap]",
            "  traced peak:    \(bytes(f, "traced_peak_increment")) [tracemalloc]",
            "  retained:       \(bytes(f, "retained")) [tracemalloc]",
            "  temporaries:    \(bytes(f, "temporaries")) [tracemalloc]",
            "  allocations:    \(Int(f["allocations"] ?? 0)) (\(bytes(f, "allocated_total")) in all) [memray]",
        ]
    }

    /// The ledger's exact figures.
    static func swiftLines(_ f: [String: Double], repeats: Int) -> [String] {
        func bytes(_ key: String) -> String { Self.bytes(f, key) }
        var lines: [String] = []
        lines.append("exact (ledger of array buffers\(repeats > 1 ? ", maximum of \(repeats) runs" : "")):")
        lines.append("  peak increment: \(bytes("peak_increment"))")
        lines.append("  retained:       \(bytes("retained"))")
        lines.append("  temporaries:    \(bytes("temporaries"))")
        lines.append("  allocations:    \(Int(f["allocations"] ?? 0)) (\(bytes("allocated_total")) in all)")
        return lines
    }
}
