import Foundation
import PeakmemReports
import PeakmemResults

/// Measures one variant at one git revision: checks the revision out into a temporary
/// worktree and runs the current `peakmem` executable there on the scenario files of that
/// revision, so that the scenario (and, for the NumPy engine, the user's Python code beside
/// it) is the revision's and the tool is today's.
///
/// The run happens in the worktree's copy of the repository's ``GitRepository/directory``, with
/// the scenario paths as given (relative ones resolve inside the worktree). The worktree is
/// removed afterwards.
package struct RevisionRun: Sendable {
    package var repository: GitRepository
    /// The `peakmem` executable to run.
    package var executable: URL
    /// Scenario files or directories, relative to the repository's directory.
    package var scenarioPaths: [String]
    /// `SCENARIO/VARIANT`, optionally with `@numpy` (the NumPy engine's figure under `--engine both`).
    package var key: String
    package var metric: String
    /// Further `peakmem run` arguments: `--scale`, `--set`, `--engine`, `--repeat`, ...
    package var runArguments: [String]

    package init(repository: GitRepository, executable: URL, scenarioPaths: [String], key: String, metric: String, runArguments: [String]) {
        self.repository = repository
        self.executable = executable
        self.scenarioPaths = scenarioPaths
        self.key = key
        self.metric = metric
        self.runArguments = runArguments
    }

    /// The `--filter` pattern of the key (without `@numpy`).
    var filter: String {
        key.hasSuffix(FigureTable.numpySuffix) ? String(key.dropLast(FigureTable.numpySuffix.count)) : key
    }

    /// The figure at `revision`, or why it could not be measured.
    package func measure(_ revision: String) throws(GitError) -> FigureBisection.Measurement {
        let prefix = try repository.git(["rev-parse", "--show-prefix"])
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-find-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let worktree = temporary.appendingPathComponent("worktree").path
        try repository.addWorktree(at: worktree, revision: revision)
        defer { repository.removeWorktree(at: worktree) }
        let directory = URL(fileURLWithPath: worktree).appendingPathComponent(prefix)
        guard FileManager.default.fileExists(atPath: directory.path) else {
            return .unmeasurable("no directory \(prefix.isEmpty ? "." : prefix) at this revision")
        }
        let json = temporary.appendingPathComponent("results.json").path
        let process = Process()
        process.executableURL = executable
        process.arguments = ["run"] + scenarioPaths + ["--filter", filter, "--json", json, "--no-report", "--no-progress", "--quiet"] + runArguments
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return .unmeasurable("cannot start \(executable.path): \(error.localizedDescription)") }
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let firstLine = errorText.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
        guard let results = try? ResultsFile.load(from: json) else {
            return .unmeasurable("peakmem run wrote no results: \(firstLine)")
        }
        guard let value = FigureTable(results).variants[key]?[metric] else {
            let failed = results.scenarios.flatMap { scenario in scenario.variants.map { (FigureTable.key(scenario.name, $0.name), $0) } }
                .first { $0.0 == filter }?.1.failure
            return .unmeasurable(failed.map { "the variant failed: \($0.kind.rawValue): \($0.message)" } ?? "no \(metric) for \(key) at this revision")
        }
        return .value(value)
    }
}
