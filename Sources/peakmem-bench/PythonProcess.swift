import Foundation

/// Runs a Python script with `python3` (found on `PATH`) for the benchmarks that time NumPy,
/// SciPy or numexpr beside the engine; its standard error goes to this process's.
enum PythonProcess {
    /// The exit status and standard output of `python3 -c SCRIPT ARGUMENTS...`; nil when
    /// `python3` cannot be started.
    static func run(_ script: String, arguments: [String] = []) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
