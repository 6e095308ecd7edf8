import ArgumentParser
import Foundation
import PeakmemScenario

/// `peakmem check`: validates scenario files without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files without running them.",
        discussion: """
            Loads every file, checks its keys, types, names, scales, units and limits, parses \
            every code block and checks it against the function registry (imports, names used \
            before assignment, unknown functions and keywords). Every problem is printed as \
            FILE:LINE:COLUMN: error: MESSAGE. Exit status 0 when all files are valid, 2 otherwise.
            """
    )

    @Argument(help: "Scenario files or directories (default: scenarios/).")
    var paths: [String] = []

    func run() throws {
        let validation = CodeCheck.validation
        let (scenarios, problems) = validation.check(paths: paths.isEmpty ? ["scenarios"] : paths)
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            let count = problems.count
            FileHandle.standardError.write(Data("peakmem check: \(count) problem\(count == 1 ? "" : "s") found\n".utf8))
            throw ExitCode.badInput
        }
        let variants = scenarios.reduce(0) { $0 + $1.scenario.variants.count }
        print("peakmem check: \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s"), \(variants) variant\(variants == 1 ? "" : "s"): no problems")
    }
}
