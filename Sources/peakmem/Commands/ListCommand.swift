import ArgumentParser
import Foundation
import PeakmemResults
import PeakmemRuntime
import PeakmemScenario

/// `peakmem list`: the scenarios, their variants and their parameters per scale.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List scenarios, variants and parameters per scale.",
        discussion: "Exit status 2 when a file does not pass `peakmem check` (the problems are printed)."
    )

    @Argument(help: "Scenario files or directories (default: scenarios/).")
    var paths: [String] = []

    @Flag(name: .long, help: "List the functions and methods scenario code may call, with their signatures.")
    var functions = false

    func run() throws {
        if functions {
            print(FunctionRegistry.standard.listing(), terminator: "")
            return
        }
        // The same validation as `check`: a file whose code does not parse is not listed as if
        // it would run.
        let (parsed, problems) = CodeCheck.validation.check(paths: paths.isEmpty ? ["scenarios"] : paths)
        for item in parsed { print(Self.describe(item.scenario)) }
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            throw ExitCode.badInput
        }
    }

    /// The listing of one scenario.
    static func describe(_ scenario: Scenario) -> String {
        var lines = ["\(scenario.name) — \(scenario.title)", "  file: \(scenario.file)"]
        lines.append("  scales: \(scenario.scales.map(\.rawValue).joined(separator: ", "))")
        for parameter in scenario.parameters {
            let values = Scale.allCases.compactMap { scale in parameter.values[scale].map { "\(scale)=\($0)" } }
            lines.append("  param \(parameter.name): \(values.joined(separator: " "))")
        }
        for variant in scenario.variants {
            let marks = [variant.name == (scenario.reference ?? scenario.variants.first?.name) ? "reference" : nil,
                         scenario.semantics(of: variant).rawValue].compactMap { $0 }
            lines.append("  variant \(variant.name) (\(marks.joined(separator: ", ")))")
        }
        return lines.joined(separator: "\n")
    }
}
