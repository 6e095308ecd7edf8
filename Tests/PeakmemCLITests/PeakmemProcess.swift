import Foundation

/// Runs the built `peakmem` executable as a subprocess, for end-to-end tests.
enum PeakmemProcess {
    /// The output and exit status of one run.
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `peakmem` executable built beside this test bundle: SwiftPM puts the test runner
    /// (`peakmemPackageTests.xctest`) and the products in the same directory, e.g.
    /// `.build/debug/`.
    static func executableURL() throws -> URL {
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = runner.deletingLastPathComponent().appendingPathComponent("peakmem")
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidate.path])
        }
        return candidate
    }

    /// Runs `peakmem` with `arguments` (and `environment` added to this process's) and waits for it.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        try run(executable: try executableURL(), arguments, in: directory, environment: environment)
    }

    /// Runs another program found on PATH (`git`, `make`) the same way.
    static func run(program: String, _ arguments: [String], in directory: URL? = nil) throws -> Outcome {
        try run(executable: URL(fileURLWithPath: "/usr/bin/env"), [program] + arguments, in: directory)
    }

    private static func run(executable: URL, _ arguments: [String], in directory: URL?,
                            environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       standardOutput: String(decoding: outData, as: UTF8.self),
                       standardError: String(decoding: errData, as: UTF8.self))
    }
}
