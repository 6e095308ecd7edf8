import ArgumentParser
import Foundation
import PeakmemHistory
import PeakmemResults
import PeakmemReports
import PeakmemScenario

/// `peakmem history find SCENARIO/VARIANT --metric M GOOD..BAD`: bisects to the commit that
/// changed a figure, like `asv find`.
struct HistoryFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the first commit in GOOD..BAD where a figure of a variant changed, by bisection.",
        discussion: """
            Each tested revision is checked out into a temporary git worktree, and this peakmem \
            runs the variant there: the scenario files (and, for the NumPy engine, the Python code \
            beside them) are the revision's, the tool is the current one. The run happens in the \
            worktree's copy of the --repository directory (default: the current directory), so \
            relative --scenarios paths and the scenarios' own relative paths resolve inside the revision. The commits are those of \
            `git rev-list --first-parent --ancestry-path GOOD..BAD`; a revision where the variant \
            cannot run is skipped (as `git bisect skip`). Exact figures make the answer exact; \
            nothing is recorded in the store.

            Exit status: 0 a commit was named; 1 the figure is the same at GOOD and BAD, GOOD or \
            BAD could not be measured, or only skipped commits remain around the change; 2 bad input.
            """
    )

    @Argument(help: ArgumentHelp("The variant, as SCENARIO/VARIANT.", valueName: "SCENARIO/VARIANT"))
    var variant: String

    @Argument(help: ArgumentHelp("The range: a revision where the figure had its old value, then one where it has the new.", valueName: "GOOD..BAD"))
    var range: String

    @Option(help: ArgumentHelp("The figure to follow.", valueName: "METRIC"))
    var metric: String = Metric.peakIncrement.rawValue

    @Option(name: .customLong("scenarios"), help: ArgumentHelp("Scenario files or directories, relative to the --repository directory (default: scenarios).", valueName: "PATH"))
    var scenarioPaths: [String] = []

    @Option(help: "The parameter column: quick, doc or large.")
    var scale: Scale = .quick

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a parameter (repeatable).", valueName: "NAME=VALUE"))
    var overrides: [String] = []

    @Option(help: ArgumentHelp("The array engine: swift, numpy or both.", valueName: "ENGINE"))
    var engine: EngineSelection = .swift

    @Option(name: [.customShort("t"), .long], help: ArgumentHelp("Kill a run after this many seconds.", valueName: "SECONDS"))
    var timeout: Double?

    @Option(help: ArgumentHelp("A directory of the git repository (default: the current directory).", valueName: "DIR"))
    var repository: String = "."

    func validate() throws {
        guard range.components(separatedBy: "..").count == 2, !range.contains("...") else {
            throw ValidationError("the range must be GOOD..BAD, got '\(range)'")
        }
        for path in scenarioPaths where path.hasPrefix("/") {
            throw ValidationError("--scenarios paths must be relative (they are read inside each revision): '\(path)'")
        }
    }

    func run() throws {
        let git = GitRepository(directory: repository)
        let ends = range.components(separatedBy: "..")
        let commits: [String]
        do {
            // As in git, an empty end is HEAD (`v1.2..` is `v1.2..HEAD`).
            let good = try git.resolve(ends[0].isEmpty ? "HEAD" : ends[0]), bad = try git.resolve(ends[1].isEmpty ? "HEAD" : ends[1])
            commits = [good] + (try git.commits(after: good, through: bad))
        } catch { throw CommandError.badInput("cannot read the range '\(range)': \(error)") }
        guard commits.count >= 2, commits.last != commits.first else {
            throw CommandError.badInput("'\(ends[1])' is not a descendant of '\(ends[0])' (no commits in \(range))")
        }
        var runArguments = ["--scale", scale.rawValue, "--engine", engine.rawValue]
        for item in overrides { runArguments += ["--set", item] }
        if let timeout { runArguments += ["--timeout", String(timeout)] }
        let measurement = RevisionRun(repository: git, executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
                                      scenarioPaths: scenarioPaths.isEmpty ? ["scenarios"] : scenarioPaths, key: variant,
                                      metric: metric, runArguments: runArguments)
        print("bisecting \(variant) \(metric) over \(FigureFormatting.counted(commits.count - 1, "commit")) after \(String(commits[0].prefix(10)))")
        let format = { (value: Double) in Metric(rawValue: metric).map { FigureFormatting.value(value, of: $0) } ?? "\(value)" }
        let subjects = { (hash: String) in (try? git.commit(hash).subject) ?? "" }
        let outcome: FigureBisection.Outcome
        do {
            outcome = try FigureBisection(commits: commits).run(measure: { _, commit in try measurement.measure(commit) }) { step in
                let result: String
                switch step.measurement {
                case .value(let value): result = format(value)
                case .unmeasurable(let reason): result = "skipped: \(reason)"
                }
                print("  \(String(step.commit.prefix(10))) \(subjects(step.commit)): \(result)")
            }
        } catch { throw CommandError.badInput("\(error)") }
        switch outcome {
        case .found(let index, let old, let new):
            let commit = commits[index]
            print("first commit where \(metric) changed: \(commit) \(subjects(commit)) (\(format(old)) → \(format(new)))")
        case .unchanged(let value):
            print("\(metric) of \(variant) is \(format(value)) at both ends of \(range): nothing to find")
            throw ExitCode.noCommitFound
        case .endpointUnmeasurable(let index, let reason):
            print("cannot measure \(index == 0 ? "GOOD" : "BAD") (\(String(commits[index].prefix(10)))): \(reason)")
            throw ExitCode.noCommitFound
        case .ambiguous(let first, let last, let old, let new):
            print("\(metric) changed (\(format(old)) → \(format(new))) in one of \(commits[first...last].map { String($0.prefix(10)) }.joined(separator: " ")); "
                  + "the commits before \(String(commits[last].prefix(10))) could not be measured")
            throw ExitCode.noCommitFound
        }
    }
}
