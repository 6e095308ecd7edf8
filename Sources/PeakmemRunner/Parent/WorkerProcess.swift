import Foundation
import PeakmemMeasurement
#if canImport(Glibc)
import Glibc
import PeakmemResults
#endif

/// One worker process: the peakmem executable started in its hidden worker mode, given a
/// ``WorkerRequest`` on standard input, answering a ``WorkerReply`` on standard output.
///
/// The parent never parses the worker's human output: standard error is only kept (its last
/// lines) to explain a crash. A worker that outlives `timeout` is killed (SIGKILL) and
/// reported as timed out; one that dies by a signal or exits without a reply as crashed.
struct WorkerProcess {
    /// The start of a worker directory's name; the parent's pid follows (``AbandonedFolders``
    /// removes those of killed runs).
    static let directoryPrefix = "peakmem-worker-"

    /// The executable to start (this very program).
    let executable: URL
    /// The arguments that select the worker mode.
    let arguments: [String]
    let timeout: Double?
    /// Whether the worker is a Swift engine worker, started with the jemalloc options of
    /// ``WorkerHeapPolicy`` in its `MALLOC_CONF` (before any the parent has); false for the
    /// NumPy driver, which keeps the parent's environment.
    var appliesHeapPolicy = false

    /// Runs one request to completion and returns the reply, or the failure it ended in.
    func run(_ request: WorkerRequest) -> WorkerReply {
        // The worker moves into its own directory once it has read its scenario file: the
        // result path it writes after the run is made absolute here.
        var request = request
        request.resultPath = request.resultPath.map { Self.absolute($0) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // The working directory of the worker's scenario code: a fresh temporary directory,
        // removed when it ends, so that relative file names (np.memmap, np.save) never touch
        // the user's files (``ScenarioWorker/workDirectoryVariable``).
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(Self.directoryPrefix)\(getpid())-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)) != nil else {
            return Self.failed(.worker, "cannot create the worker's temporary directory \(directory.path)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment[ScenarioWorker.workDirectoryVariable] = directory.path
        if appliesHeapPolicy {
            environment["MALLOC_CONF"] = WorkerHeapPolicy.mallocConf(inherited: environment["MALLOC_CONF"])
            // A crash is reported by its signal and frames, not a register dump (WorkerCrashReport).
            if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = WorkerCrashReport.environmentSetting }
        }
        process.environment = environment
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return Self.failed(.worker, "cannot start the worker \(executable.path): \(error.localizedDescription)")
        }
        // Read both pipes while the worker runs, so neither can fill and block it.
        let reading = DispatchGroup()
        let stdout = PipeCollector(), stderr = PipeCollector()
        for (pipe, collector) in [(output, stdout), (error, stderr)] {
            reading.enter()
            DispatchQueue.global().async {
                collector.data = pipe.fileHandleForReading.readDataToEndOfFile()
                reading.leave()
            }
        }
        // A worker that dies before reading its request must not take the parent down with
        // SIGPIPE: the write then fails with EPIPE and the death is reported below.
        signal(SIGPIPE, SIG_IGN)
        do {
            let encoded = try JSONEncoder().encode(request)
            try input.fileHandleForWriting.write(contentsOf: encoded)
        } catch {
            // The worker is gone or not reading; its exit status tells why.
        }
        try? input.fileHandleForWriting.close()
        var timedOut = false
        if let timeout {
            if finished.wait(timeout: .now() + timeout) == .timedOut {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        } else {
            finished.wait()
        }
        // A killed worker's own children may still hold the pipes open: do not wait for them.
        if timedOut {
            _ = reading.wait(timeout: .now() + 2)
        } else {
            reading.wait()
        }
        let tail = timedOut ? nil : WorkerCrashReport.summary(String(decoding: stderr.data, as: UTF8.self)) ?? Self.tail(stderr.data)
        if timedOut {
            return Self.failed(.timeout, "timed out after \(Self.seconds(timeout ?? 0)) and was killed", tail)
        }
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            let name = String(cString: strsignal(signal))
            return Self.failed(.crash, "the worker crashed with signal \(signal) (\(name))", tail)
        }
        guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: stdout.data) else {
            return Self.failed(.crash, "the worker exited with status \(process.terminationStatus) without a reply", tail)
        }
        return reply
    }

    static func failed(_ kind: RunFailure.Kind, _ message: String, _ tail: String? = nil) -> WorkerReply {
        WorkerReply(measurement: nil, failure: RunFailure(kind: kind, message: message, stderrTail: tail),
                    openblasVersion: "unknown", jemallocVersion: "unknown")
    }

    /// The last 20 lines of standard error, or nil when it is empty.
    static func tail(_ data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

/// Bytes read from a pipe by a background reader.
final class PipeCollector: @unchecked Sendable {
    var data = Data()
}

extension WorkerProcess {
    /// `path` resolved against the parent's working directory (unchanged when absolute).
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).path
    }
}
