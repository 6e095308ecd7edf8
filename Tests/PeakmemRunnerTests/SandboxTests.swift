import Foundation
import Testing
import PeakmemResults
import PeakmemScenario
@testable import PeakmemRunner

/// The sandbox's parts below the command line: the bounded output capture, the timeout rules,
/// Landlock itself, and the default timeout ending a run that never ends.
@Suite("Worker sandbox and limits")
struct SandboxTests {
    /// Whether this kernel offers Landlock.
    static let landlock = (try? Landlock.abiVersion()) != nil

    @Test("the output capture keeps the head and the tail and counts the rest")
    func outputCapture() {
        let capture = OutputCapture(head: 4, tail: 3)
        for chunk in ["ab", "cdef", "ghij", "klmnop"] { capture.append(ArraySlice(Array(chunk.utf8))) }
        #expect(capture.head == Data("abcd".utf8))
        #expect(capture.tail == Data("nop".utf8))
        #expect(capture.total == 16)
        #expect(capture.text == "abcd\n[... 9 bytes of output not kept ...]\nnop")
        let whole = OutputCapture(head: 8, tail: 8)
        whole.append(ArraySlice(Array("short".utf8)))
        #expect(whole.text == "short" && whole.dropped == 0)
    }

    @Test("a run's timeout: --timeout, else the variant's, else the scenario's, else the 10 min default; --timeout none: none")
    func timeoutPrecedence() throws {
        let scenario = try ScenarioLoader.load(yaml: """
            scenario: t
            title: t
            timeout: 30 s
            variants:
              own:
                timeout: 2 min
                run: a = 1
              inherits:
                run: a = 1
              unlimited:
                timeout: none
                run: a = 1
            """, file: "t.yaml")
        var configuration = RunConfiguration(executable: URL(fileURLWithPath: "/bin/true"), workerArguments: [])
        let own = try #require(scenario.variant(named: "own")), inherits = try #require(scenario.variant(named: "inherits"))
        let unlimited = try #require(scenario.variant(named: "unlimited"))
        #expect(configuration.timeout(of: own, in: scenario) == 120)
        #expect(configuration.timeout(of: inherits, in: scenario) == 30)
        #expect(configuration.timeout(of: unlimited, in: scenario) == nil)
        var bare = scenario
        bare.timeout = nil
        #expect(configuration.timeout(of: inherits, in: bare) == 600)
        #expect(RunConfiguration.standardTimeout == 600)
        configuration.timeout = 5
        #expect(configuration.timeout(of: own, in: scenario) == 5)
        configuration.timeoutDisabled = true
        #expect(configuration.timeout(of: own, in: scenario) == nil)
    }

    @Test("Landlock: the kernel's ABI, a ruleset, and the error without it", .enabled(if: landlock, "this kernel offers no Landlock"))
    func landlockABI() throws {
        let abi = try Landlock.abiVersion()
        #expect(abi >= 1)
        let ruleset = try Landlock.Ruleset(abi: abi)
        #expect(ruleset.handled.contains([.execute, .writeFile, .readFile]))
        #expect(throws: SandboxError.pathUnavailable("/nonexistent/peakmem", errno: ENOENT)) {
            try ruleset.allow(.read, beneath: "/nonexistent/peakmem")
        }
        #expect(try SandboxStatus.decide(.require) == SandboxStatus(mode: .landlock, option: .require, landlockABI: abi))
        #expect(try SandboxStatus.decide(.off) == SandboxStatus(mode: .none, option: .off, reason: "--no-sandbox"))
    }

    /// The built peakmem executable (beside the test bundle).
    static func peakmem() throws -> URL {
        let candidate = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("peakmem")
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else { throw CocoaError(.fileNoSuchFile) }
        return candidate
    }

    @Test("an endless loop with no timeout anywhere ends at the default timeout (shortened to 2 s here)")
    func defaultTimeoutEndsAnEndlessLoop() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-default-timeout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Process (which starts the worker) needs a working directory that exists; an earlier
        // test may have removed the one this process was in. Left in one that stays.
        FileManager.default.changeCurrentDirectoryPath(directory.path)
        defer {
            FileManager.default.changeCurrentDirectoryPath(FileManager.default.temporaryDirectory.path)
            try? FileManager.default.removeItem(at: directory)
        }
        let file = directory.appendingPathComponent("loop.yaml").path
        try "scenario: loop\ntitle: endless\nvariants:\n  spin:\n    run: |\n      i = 0\n      for j in range(10**18):\n          i = i + 1\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let executable = try Self.peakmem()
        var configuration = RunConfiguration(executable: executable, workerArguments: ["worker"])
        configuration.launcher = executable
        configuration.sandbox = try SandboxStatus.decide(.auto)
        configuration.defaultTimeout = 2
        let started = Date()
        let results = try ScenarioRunner(configuration: configuration).run([try ScenarioLoader.load(file: file)])
        let failure = try #require(results.scenarios.first?.variants.first?.failure)
        #expect(failure.kind == .timeout, "\(failure)")
        #expect(failure.message == "timed out after 2 s and was killed, with every process it started")
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(results.options.defaultTimeout == 2)
    }
}

extension SandboxTests {
    @Test("a data: directory that does not exist is an error at its position")
    func missingDataDirectory() {
        #expect(throws: (any Error).self) {
            _ = try ScenarioLoader.load(yaml: "scenario: s\ntitle: t\ndata: [nope]\nvariants: {a: {run: x = 1}}\n", file: "/tmp/peakmem-no-such-dir/x.yaml")
        }
        do {
            _ = try ScenarioLoader.load(yaml: "scenario: s\ntitle: t\ndata: [nope]\nvariants: {a: {run: x = 1}}\n", file: "/tmp/peakmem-no-such-dir/x.yaml")
        } catch {
            #expect("\(error)" == "/tmp/peakmem-no-such-dir/x.yaml:3:8: error: the data directory 'nope' does not exist (/tmp/peakmem-no-such-dir/nope) [at data[0]]")
        }
    }
}
