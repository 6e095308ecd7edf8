import ArgumentParser
import Foundation
import PeakmemResults
@testable import peakmem
import Testing

/// The command line parsed in process (swift-argument-parser's `parseAsRoot`), beside the
/// end-to-end tests that run the built executable: options reach their typed values, and
/// failures map to the named exit statuses in ``PeakmemCommand/outcome(of:)``.
@Suite("peakmem command line, parsed in process")
struct CommandParsingTests {
    @Test("run: paths, scale, --set, --filter and the measurement options arrive typed")
    func run() throws {
        let parsed = try PeakmemCommand.parseAsRoot(["run", "a.yaml", "--scale", "doc", "--set", "order=F", "--filter", "dot/*",
                                                     "--memory-limit", "512MiB", "--timeout", "2 s", "--repeat", "3"])
        let run = try #require(parsed as? RunCommand)
        #expect(run.paths == ["a.yaml"])
        #expect(run.scale == .doc)
        #expect(run.overrides == ["order=F"])
        #expect(run.filters == ["dot/*"])
        #expect(run.measurement.memoryLimit?.size == ByteSize(bytes: 512 * 1_048_576))
        #expect(run.measurement.timeout?.seconds == 2)
        #expect(run.measurement.repeats == 3)
    }

    @Test("gate: results, baseline, --scenarios and --engine")
    func gate() throws {
        let gate = try #require(try PeakmemCommand.parseAsRoot(["gate", "r.json", "--baseline", "b.json", "--scenarios", "s.yaml",
                                                                "--engine", "numpy"]) as? GateCommand)
        #expect(gate.results == "r.json")
        #expect(gate.baseline == "b.json")
        #expect(gate.scenarioPaths == ["s.yaml"])
        #expect(gate.engine == .numpy)
    }

    @Test("a usage error is bad input (exit 2) with argument parser's message",
          arguments: [["run", "--repeat", "0"], ["run", "--memory-limit", "lots"], ["run", "--scale", "huge"], ["gate", "--no-such-option"]])
    func usageErrors(arguments: [String]) {
        do {
            _ = try PeakmemCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed")
        } catch {
            let outcome = PeakmemCommand.outcome(of: error)
            #expect(outcome.code == .badInput)
            #expect(outcome.message?.isEmpty == false)
        }
    }

    @Test("a command's failure prints peakmem: error: and exits with its named status")
    func commandErrors() {
        let outcome = PeakmemCommand.outcome(of: CommandError.badInput("no variant matches 'x'"))
        #expect(outcome.message == "peakmem: error: no variant matches 'x'")
        #expect(outcome.code == .badInput)
        #expect(PeakmemCommand.outcome(of: ExitCode.regression).code == nil)
        #expect(ExitCode.regression.rawValue == 1 && ExitCode.badInput.rawValue == 2 && ExitCode.baselineUnusable.rawValue == 3)
    }
}
