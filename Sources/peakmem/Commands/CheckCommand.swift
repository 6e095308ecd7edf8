import ArgumentParser
import Foundation
import PeakmemRunner
import PeakmemScenario

/// `peakmem check`: validates scenario files and asv-style benchmark files without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files without running them.",
        discussion: """
            Loads every file, checks its keys, types, names, scales, units and limits, parses \
            every code block and checks it against the function registry (imports, names used \
            before assignment, unknown functions and keywords). Every problem is printed as \
            FILE:LINE:COLUMN: error: MESSAGE. Exit status 0 when all files are valid, 2 otherwise.

            The code check is the Swift engine's subset of Python and applies only to code the \
            Swift engine runs: with --engine numpy no code is checked; with --engine both a \
            variant outside the subset is NumPy-only (listed with the checker's reason), not a \
            problem. Variants restricted by `engines:` and asv-style benchmarks (Python files, \
            discovered with the NumPy engine's interpreter) are listed as NumPy-only too.
            """
    )

    @Argument(help: "Scenario files, asv-style benchmark files (*.py) or directories (default: scenarios/).")
    var paths: [String] = []

    @OptionGroup var engine: EngineOptions

    func run() throws {
        let (suite, problems) = CommandSupport.collectScenarios(paths.isEmpty ? ["scenarios"] : paths, engine: engine)
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            let count = problems.count
            FileHandle.standardError.write(Data("peakmem check: \(count) problem\(count == 1 ? "" : "s") found\n".utf8))
            throw ExitCode.badInput
        }
        var numpyOnly: [String] = []
        for scenario in suite.scenarios {
            for variant in scenario.variants {
                let plan = EnginePlan(scenario, variant, selection: .both,
                                      swiftProblem: suite.swiftSkips[RunConfiguration.key(scenario.name, variant.name)])
                if let reason = plan.swiftSkip { numpyOnly.append("\(scenario.name)/\(variant.name): NumPy-only: \(reason)") }
            }
        }
        if !numpyOnly.isEmpty { print(numpyOnly.joined(separator: "\n")) }
        let variants = suite.scenarios.reduce(0) { $0 + $1.variants.count }
        print("peakmem check: \(suite.scenarios.count) scenario\(suite.scenarios.count == 1 ? "" : "s"), \(variants) variant\(variants == 1 ? "" : "s"): no problems"
              + (numpyOnly.isEmpty ? "" : " (\(numpyOnly.count) NumPy-only)"))
    }
}
