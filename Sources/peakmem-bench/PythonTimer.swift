import Foundation

/// A `python3` process that prepares its arrays once and then times one named case per
/// request, so that NumPy's (SciPy's, numexpr's) rounds interleave with the engine's in the
/// same run and machine noise hits both sides alike.
///
/// The script is `setup`, then a table of the `cases` (each a Python expression called as
/// `lambda: EXPRESSION`), then a loop: it prints `ready`; for every line `NAME` it reads, it
/// calls case `NAME` once — the result is dropped inside the timed interval, as the engine's
/// closures drop theirs — and prints the seconds `time.perf_counter` measured. A setup that
/// cannot import what it needs prints `missing REASON` and exits, which ``init(setup:cases:)``
/// reports as ``Unavailable``.
final class PythonTimer {
    /// Why the Python side cannot be timed (python3 or a package is missing).
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    private let process = Process()
    private let requests = Pipe()
    private let answers = Pipe()
    private var buffered = Data()

    /// Starts `python3` (found on `PATH`), runs `setup` and waits for `ready`.
    ///
    /// - Parameter cases: names (no spaces) and the Python expressions they time.
    /// - Throws: ``Unavailable`` when python3 cannot be started or the setup printed
    ///   `missing ...`; ``BenchmarkFailure`` when it failed otherwise.
    init(setup: String, cases: [(name: String, expression: String)]) throws {
        let table = cases.map { "    \(Self.pythonString($0.name)): lambda: \($0.expression)," }.joined(separator: "\n")
        let script = """
            import sys, time
            \(setup)
            cases = {
            \(table)
            }
            print("ready", flush=True)
            for line in sys.stdin:
                call = cases[line.strip()]
                start = time.perf_counter()
                call()
                print(repr(time.perf_counter() - start), flush=True)
            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardInput = requests
        process.standardOutput = answers
        do { try process.run() } catch { throw Unavailable(description: "python3 could not be started") }
        let first = try readLine()
        if first.hasPrefix("missing") { throw Unavailable(description: first) }
        guard first == "ready" else { throw BenchmarkFailure("python3 setup failed: \(first)") }
    }

    deinit {
        try? requests.fileHandleForWriting.close()
        if process.isRunning { process.waitUntilExit() }
    }

    /// Runs case `name` once in Python and returns the seconds it took.
    func seconds(_ name: String) throws -> Double {
        requests.fileHandleForWriting.write(Data((name + "\n").utf8))
        let answer = try readLine()
        guard let value = Double(answer) else { throw BenchmarkFailure("python3 timing of \(name) failed: \(answer)") }
        return value
    }

    /// The next line python3 printed, without its newline.
    private func readLine() throws -> String {
        while true {
            if let end = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffered[buffered.startIndex..<end], as: UTF8.self)
                buffered.removeSubrange(buffered.startIndex...end)
                return line
            }
            let chunk = answers.fileHandleForReading.availableData
            if chunk.isEmpty {
                let rest = String(decoding: buffered, as: UTF8.self)
                throw BenchmarkFailure("python3 stopped" + (rest.isEmpty ? "" : ": \(rest)") + " (its error output is above)")
            }
            buffered.append(chunk)
        }
    }

    /// `text` as a Python string literal.
    private static func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
