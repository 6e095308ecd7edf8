import Foundation
import PeakmemResults
import PeakmemScenario

/// Finds asv-style benchmarks (`peakmem_*` functions and `Class.peakmem_*` methods) in Python
/// files and turns each file into a scenario whose variants run on the NumPy engine.
///
/// The driver discovers them as asv does, by importing each module (`--discover`); a file
/// with a syntax error is bad input (`FILE:LINE:COLUMN: error: SyntaxError: ...`), as is a file
/// named on the command line that defines no benchmark.
package enum BenchmarkDiscovery {
    /// The scenario files (`*.yaml`, `*.yml`) and benchmark files (`*.py`) that `paths` name:
    /// files as given; directories searched for scenario files (not recursively) and for
    /// benchmark files (recursively, `__init__.py`, hidden and `__pycache__` directories
    /// left out). `explicit` are the `.py` files named directly.
    package struct Sources: Sendable, Hashable {
        package var scenarioFiles: [String] = []
        package var benchmarkFiles: [String] = []
        package var explicit: Set<String> = []
        package var problems: [String] = []
    }

    /// Splits `paths` into scenario and benchmark files.
    package static func sources(_ paths: [String]) -> Sources {
        var sources = Sources()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                sources.problems.append(ScenarioError(file: path, message: "no such file or directory").description)
                continue
            }
            guard isDirectory.boolValue else {
                if path.hasSuffix(".py") {
                    sources.benchmarkFiles.append(path)
                    sources.explicit.insert(path)
                } else {
                    sources.scenarioFiles.append(path)
                }
                continue
            }
            let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
            let scenarios = names.filter { ScenarioLoader.extensions.contains(($0 as NSString).pathExtension) }
            let benchmarks = pythonFiles(under: path)
            if scenarios.isEmpty, benchmarks.isEmpty {
                sources.problems.append(ScenarioError(file: path, message: "the directory holds no scenario files (*.yaml, *.yml) and no benchmark files (*.py)").description)
            }
            sources.scenarioFiles += scenarios.map { (path as NSString).appendingPathComponent($0) }
            sources.benchmarkFiles += benchmarks
        }
        return sources
    }

    /// The `*.py` files under `directory`, recursively, sorted.
    static func pythonFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name == "__pycache__" {
                enumerator.skipDescendants()
                continue
            }
            if name.hasSuffix(".py"), name != "__init__.py" {
                found.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted()
    }

    /// Why discovery failed.
    package enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case driver(String)
        case problems([String])

        package var description: String {
            switch self {
            case .driver(let message): "cannot discover the benchmarks: \(message)"
            case .problems(let problems): problems.joined(separator: "\n")
            }
        }
    }

    /// Discovers the benchmarks of `files` with `python`; returns one scenario per file that
    /// defines benchmarks. Throws the problems: syntax errors, files in `explicit` without a
    /// benchmark, or no benchmark in any file.
    ///
    /// Discovery imports the user's modules, which runs their code: with `sandbox` in Landlock
    /// mode it runs confined as a worker is (``confinement(for:environment:)``), and it is ended
    /// after ``timeout`` seconds.
    package static func scenarios(files: [String], explicit: Set<String>, python: URL,
                                 sandbox: SandboxStatus = SandboxStatus(mode: .none, option: .off, reason: "--no-sandbox"))
        throws(Failure) -> [Scenario]
    {
        guard !files.isEmpty else { return [] }
        let found = try discover(files, python: python, sandbox: sandbox)
        var problems: [String] = []
        var scenarios: [Scenario] = []
        for (path, file) in zip(files, found) {
            if let error = file.syntaxError {
                problems.append("\(path):\(error.line):\(error.column): error: SyntaxError: \(error.message)")
            } else if file.benchmarks.isEmpty {
                if explicit.contains(path) {
                    problems.append("\(path): error: defines no peakmem_ benchmark (asv-style: a peakmem_* function or a Class.peakmem_* method)")
                }
            } else {
                scenarios.append(file.scenario(path: path))
            }
        }
        if problems.isEmpty, scenarios.isEmpty {
            problems.append("\(files.count == 1 ? files[0] : "the \(files.count) Python files"): error: no peakmem_ benchmark found (asv-style: peakmem_* functions or Class.peakmem_* methods)")
        }
        guard problems.isEmpty else { throw .problems(problems) }
        return scenarios
    }

    /// How long discovery (importing every benchmark module) may take.
    package static let timeout: Double = 300

    /// The directory a benchmark module is imported from, as the driver finds it: the file's
    /// directory, or above it while the directory is a package (holds `__init__.py`).
    static func importRoot(of file: String) -> String {
        var directory = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
        while FileManager.default.fileExists(atPath: directory.appendingPathComponent("__init__.py").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.path
    }

    /// The sandbox of discovery: a worker's (``SandboxPolicy``) reading the Python
    /// installation and the import roots of `files`, executing only the interpreter.
    static func confinement(for files: [String], environment: NumpyEnvironment) -> WorkerLauncher {
        let readable = SandboxPolicy.systemReadable + environment.readablePaths + Set(files.map(importRoot(of:))).sorted()
        let executable = [environment.interpreter.resolvingSymlinksInPath().path] + SandboxPolicy.dynamicLoaders
        return WorkerLauncher(executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
                              policy: SandboxPolicy(landlock: true, writable: [], readable: readable, executable: executable))
    }

    /// Runs the driver's discovery on `files` in a temporary directory (confined with
    /// `sandbox` in Landlock mode).
    static func discover(_ files: [String], python: URL, sandbox: SandboxStatus) throws(Failure) -> [BenchmarkFile] {
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("peakmem-discover-\(UUID().uuidString)")
        do { try manager.createDirectory(at: directory, withIntermediateDirectories: false) } catch {
            throw .driver("cannot create \(directory.path): \(error.localizedDescription)")
        }
        defer { try? manager.removeItem(at: directory) }
        let absolute = files.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: manager.currentDirectoryPath)).standardizedFileURL.path }
        let process = Process()
        let driver: URL
        do { driver = try NumpyDriver.install(in: directory) } catch {
            throw .driver("cannot write the NumPy driver into \(directory.path): \(error.localizedDescription)")
        }
        if sandbox.mode == .landlock {
            let environment: NumpyEnvironment
            do { environment = try NumpyEnvironment.probe(python: python) } catch {
                throw .driver(FileManager.default.isExecutableFile(atPath: python.path) ? error.description
                              : "cannot start \(python.path): no such executable file")
            }
            let command = NumpyDriver.command(python: environment.interpreter, driver: driver, arguments: ["--discover"] + absolute)
            let launcher = confinement(for: absolute, environment: environment)
            process.executableURL = launcher.executable
            process.arguments = launcher.arguments(for: [command.executable.path] + command.arguments, directory: directory.path)
        } else {
            let command = NumpyDriver.command(python: python, driver: driver, arguments: ["--discover"] + absolute)
            process.executableURL = command.executable
            process.arguments = command.arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment[ScenarioWorker.workDirectoryVariable] = directory.path
        process.environment = environment
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        do { try process.run() } catch { throw .driver("cannot start \(python.path): \(error.localizedDescription)") }
        // SIGTERM ends the sandbox's supervisor with everything beneath it.
        let deadline = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        defer { deadline.cancel() }
        // Standard error kept within bounds, as a worker's (``OutputCapture``).
        let errorOutput = OutputCapture(head: 16 << 10, tail: 64 << 10)
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            errorOutput.read(errors.fileHandleForReading)
            reading.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        guard process.terminationStatus == 0, let found = try? JSONDecoder().decode([BenchmarkFile].self, from: data),
              found.count == files.count else {
            let tail = WorkerProcess.tail(errorOutput).map { ":\n\($0)" } ?? ""
            if Date().timeIntervalSince(started) >= timeout {
                throw .driver("importing the benchmark modules took longer than \(Int(timeout)) s and was stopped\(tail)")
            }
            throw .driver("\(python.path) exited with status \(process.terminationStatus)\(tail)")
        }
        return found
    }
}
