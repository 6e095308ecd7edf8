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

    /// Loads, validates and parses the scenario files; checks the scale and overrides against
    /// each. Every problem is printed and the command exits 2 when there is one.
    static func loadScenarios(_ paths: [String], scale: Scale, overrides: [String: ParameterValue]) throws -> [Scenario] {
        let (parsed, problems) = CodeCheck.validation.check(paths: paths)
        var all = problems
        for item in parsed {
            do { _ = try item.scenario.parameterValues(scale: scale, overrides: overrides) } catch { all.append(error.description) }
        }
        guard all.isEmpty else {
            FileHandle.standardError.write(Data((all.joined(separator: "\n") + "\n").utf8))
            throw ExitCode.badInput
        }
        return parsed.map(\.scenario)
    }

    /// A run configuration with this executable as the worker and the measurement options, the
    /// command's `defaults` for the runs and warm-ups not given.
    static func configuration(_ options: MeasurementOptions, defaults: MeasurementOptions.Defaults) throws -> RunConfiguration {
        var configuration = configuration(interval: options.interval.seconds, timeout: options.timeout?.seconds,
                                          memoryLimit: options.memoryLimit?.size, warmup: options.warmup ?? defaults.warmup)
        configuration.repeats = options.repeats ?? defaults.repeats
        return configuration
    }

    /// A run configuration with this executable as the worker and these measurement settings.
    static func configuration(interval: Double, timeout: Double?, memoryLimit: ByteSize?, warmup: Int) -> RunConfiguration {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var configuration = RunConfiguration(executable: executable, workerArguments: ["worker"])
        configuration.interval = interval
        configuration.timeout = timeout
        configuration.memoryLimit = memoryLimit
        configuration.warmup = warmup
        return configuration
    }
}
