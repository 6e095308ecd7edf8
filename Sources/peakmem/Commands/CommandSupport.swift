import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// What the commands that run scenarios share.
enum CommandSupport {
    /// Throws ``CommandError/badInput(_:)`` (exit 2) before any work when one of the `files` or `directories` to be written
    /// cannot be (``AtomicFileWriter/obstacle(toWriting:asDirectory:)``).
    static func checkWritable(files: [String?], directories: [String?] = []) throws(CommandError) {
        for path in files.compactMap({ $0 }) {
            if let obstacle = AtomicFileWriter.obstacle(toWriting: path) { throw CommandError.badInput(obstacle) }
        }
        for path in directories.compactMap({ $0 }) {
            if let obstacle = AtomicFileWriter.obstacle(toWriting: path, asDirectory: true) { throw CommandError.badInput(obstacle) }
        }
    }

    /// Appends `text` to the file at `path` (creating it), as CI summary files expect.
    static func append(_ text: String, to path: String) throws(CommandError) {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else {
            throw CommandError.badInput("cannot write \(path)")
        }
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }

    /// The scenarios of a run and why the Swift engine cannot run some of their variants.
    struct Suite {
        var scenarios: [Scenario]
        /// ``RunConfiguration/swiftSkips``: the checker's first problem per variant the Swift
        /// engine cannot run (`--engine both`).
        var swiftSkips: [String: String] = [:]
    }

    /// Loads, validates and parses the scenario files and discovers the asv-style benchmarks
    /// of the Python files among `paths`; checks the scale and overrides against each
    /// scenario. The Swift engine's code check applies to the variants it runs under `engine`
    /// (``CodeCheck/validation(for:)``). Every problem is printed and the command exits 2 when
    /// there is one.
    static func loadScenarios(_ paths: [String], scale: Scale, overrides: [String: ParameterValue],
                              engine: EngineOptions, sandbox: SandboxStatus.Option = .auto) throws -> Suite {
        let (suite, problems) = collectScenarios(paths, engine: engine, scale: scale, overrides: overrides, sandbox: sandbox)
        guard problems.isEmpty else {
            FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
            throw ExitCode.badInput
        }
        return suite
    }

    /// The suite of ``loadScenarios(_:scale:overrides:engine:sandbox:)`` and every problem found
    /// (the parameters checked at `scale` with `overrides` when a scale is given). Benchmark
    /// modules are imported in the sandbox `sandbox` asks for, as workers run.
    static func collectScenarios(_ paths: [String], engine: EngineOptions, scale: Scale? = nil,
                                 overrides: [String: ParameterValue] = [:], sandbox: SandboxStatus.Option = .auto) -> (Suite, [String]) {
        let sources = BenchmarkDiscovery.sources(paths)
        let (parsed, problems) = CodeCheck.validation(for: engine.engine).check(files: sources.scenarioFiles)
        var all = sources.problems + problems
        var suite = Suite(scenarios: parsed.map(\.scenario))
        for item in parsed {
            if let scale {
                do { _ = try item.scenario.parameterValues(scale: scale, overrides: overrides) } catch { all.append(error.description) }
            }
            for (variant, problems) in item.codeProblems {
                if let first = problems.first { suite.swiftSkips[RunConfiguration.key(item.scenario.name, variant)] = first }
            }
        }
        if !sources.benchmarkFiles.isEmpty {
            guard let python = engine.pythonURL else { return (suite, all + [NumpyEngineError.pythonMissing.description]) }
            do {
                let status = (try? SandboxStatus.decide(sandbox)) ?? SandboxStatus(mode: .none, option: sandbox)
                suite.scenarios += try BenchmarkDiscovery.scenarios(files: sources.benchmarkFiles, explicit: sources.explicit,
                                                                    python: python, sandbox: status)
            } catch {
                all.append(error.description)
            }
        }
        return (suite, all)
    }

    /// Loads a results file for `gate` or `baseline update`; fails (exit 2) when it does not
    /// load, or when it holds only some shards of a split (`options.shard`: a shard's own file
    /// or a `merge --allow-partial`) and `allowPartial` is false.
    static func loadWholeResults(_ path: String, allowPartial: Bool) throws(CommandError) -> RunResults {
        let results: RunResults
        do { results = try ResultsFile.load(from: path) } catch { throw .badInput("\(error)") }
        if let shard = results.options.shard, !allowPartial {
            throw .badInput("\(path) holds only shard \(shard) of the variants: merge every shard (peakmem merge) or pass --allow-partial")
        }
        return results
    }

    /// A run configuration with this executable as the worker and the measurement options, the
    /// command's `defaults` for the runs and warm-ups not given.
    static func configuration(_ options: MeasurementOptions, defaults: MeasurementOptions.Defaults) throws -> RunConfiguration {
        var configuration = try configuration(interval: options.interval.seconds, timeout: options.timeout?.seconds,
                                          memoryLimit: options.memoryLimit?.size, warmup: options.warmup ?? defaults.warmup,
                                          sandbox: options.sandboxOption)
        configuration.timeoutDisabled = options.timeout != nil && options.timeout?.seconds == nil
        configuration.repeats = options.repeats ?? defaults.repeats
        configuration.lines = options.lines
        return configuration
    }

    /// A run configuration with this executable as the worker (started through its own
    /// `sandbox-exec`) and these measurement settings. Without Landlock the run says so once
    /// here; `require` then fails (exit 2).
    static func configuration(interval: Double, timeout: Double?, memoryLimit: ByteSize?, warmup: Int,
                              sandbox: SandboxStatus.Option = .auto) throws(CommandError) -> RunConfiguration {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var configuration = RunConfiguration(executable: executable, workerArguments: ["worker"])
        configuration.launcher = executable
        do {
            configuration.sandbox = try SandboxStatus.decide(sandbox)
        } catch {
            throw .badInput(error.description)
        }
        if configuration.sandbox.mode == .none, sandbox == .auto {
            FileHandle.standardError.write(Data("peakmem: warning: \(configuration.sandbox.reason ?? "no sandbox") (sandbox: none; see docs/security.md)\n".utf8))
        }
        configuration.interval = interval
        configuration.timeout = timeout
        configuration.memoryLimit = memoryLimit
        configuration.warmup = warmup
        return configuration
    }
}
