import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner

/// Swift against NumPy on every shipped scenario: runs the `peakmem` built beside this
/// executable with `--engine both` (scale `$PEAKMEM_BENCH_SCALE`, default doc;
/// `$PEAKMEM_BENCH_REPEATS` repeats, default 3; one warm-up) on `scenarios/` and renders
/// ``EngineComparison``. Skipped, with a line saying why, when the NumPy engine cannot run.
enum EngineBenchmark {
    static func run() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let scale = environment["PEAKMEM_BENCH_SCALE"] ?? "doc"
        let repeats = environment["PEAKMEM_BENCH_REPEATS"] ?? "3"
        do { _ = try NumpyEnvironment.probe() } catch {
            return "### Swift engine vs NumPy\n\nNot run: \(error)\n"
        }
        let peakmem = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("peakmem")
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-bench-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let arguments = ["run", "scenarios", "--engine", "both", "--scale", scale, "--repeat", repeats, "--warmup", "1",
                         "--quiet", "--no-progress", "--no-report", "--json", json.path]
        let loadBefore = loadAverage()
        let process = Process()
        process.executableURL = peakmem
        process.arguments = arguments
        process.standardOutput = FileHandle.standardError
        try process.run()
        process.waitUntilExit()
        // Exit status 1 (a failed expectation, a disagreement) still has results to report.
        guard process.terminationStatus <= 1, let data = try? Data(contentsOf: json) else {
            throw EngineBenchmarkError(message: "peakmem \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
        }
        let results = try JSONDecoder().decode(RunResults.self, from: data)
        return EngineComparison.markdown(results, command: "peakmem " + arguments.dropLast(3).joined(separator: " "))
            + "Load average (1, 5, 15 min) before the run: \(loadBefore), after: \(loadAverage()); "
            + "threaded BLAS times are unreliable when it exceeds the cores.\n"
    }

    /// The first three fields of `/proc/loadavg`.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

struct EngineBenchmarkError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
