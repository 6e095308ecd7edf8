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
        discussion: "Exit status 2 when a file does not load (the problems are printed)."
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
        let files: [String]
        do {
            files = try ScenarioLoader.files(in: paths.isEmpty ? ["scenarios"] : paths)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.badInput
        }
        var failed = false
        for file in files {
            do {
                print(Self.describe(try ScenarioLoader.load(file: file)))
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                failed = true
            }
        }
        if failed { throw ExitCode.badInput }
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
