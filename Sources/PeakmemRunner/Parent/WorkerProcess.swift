import Foundation
import PeakmemMeasurement
#if canImport(Glibc)
import Glibc
import PeakmemResults
#endif

/// One worker process: the peakmem executable started in its hidden worker mode, or the NumPy
/// driver, given a ``WorkerRequest`` on standard input, answering a ``WorkerReply`` on
/// standard output.
///
/// With a ``launcher`` (always, in `peakmem run`) the worker is started through
/// `peakmem sandbox-exec`: confined by Landlock to its own directory and the policy's read-only
/// paths, under its limits, and supervised so that nothing it starts outlives it (DESIGN §7,
/// docs/security.md). Without one it is started directly (tests of the protocol).
///
/// The parent never parses the worker's human output: standard error is kept within bounds
/// (its head and tail; ``OutputCapture``) only to explain a failure, and standard output
/// (the reply) is read up to ``replyLimit``. A worker that outlives `timeout` is stopped with
/// everything it started and reported as timed out; one that dies by a signal or exits without
/// a reply as crashed, unless a limit killed it (``RunFailure/Kind/memoryLimit``).
struct WorkerProcess {
    /// The start of a worker directory's name; the parent's pid follows (``AbandonedFolders``
    /// removes those of killed runs).
    static let directoryPrefix = "peakmem-worker-"

    /// The executable to start (this very program).
    let executable: URL
    /// The arguments that select the worker mode.
    let arguments: [String]
    var timeout: Double?
    /// Whether the worker is a Swift engine worker, started with the jemalloc options of
    /// ``WorkerHeapPolicy`` in its `MALLOC_CONF` (before any the parent has); false for the
    /// NumPy driver, which keeps the parent's environment.
    var appliesHeapPolicy = false
    /// The sandbox the worker runs in; nil: started directly.
    var launcher: WorkerLauncher?

    /// The most of standard output (the reply) the parent keeps.
    static let replyLimit = 32 << 20
    /// The head and the tail of standard error the parent keeps.
    static let standardErrorHead = 16 << 10, standardErrorTail = 64 << 10
    /// How long a stopped supervisor may take to kill the worker's processes before it is
    /// killed itself.
    static let stopGrace = 5.0

    /// Runs one request to completion and returns the reply, or the failure it ended in.
    func run(_ request: WorkerRequest) -> WorkerReply {
        // The working directory of the worker's scenario code: a fresh temporary directory,
        // removed when it ends, so that relative file names (np.memmap, np.save) never touch
        // the user's files (``ScenarioWorker/workDirectoryVariable``). It is the only
        // directory the sandboxed worker may write.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(Self.directoryPrefix)\(getpid())-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)) != nil else {
            return Self.failed(.worker, "cannot create the worker's temporary directory \(directory.path)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        // The worker writes its result array in its own directory; it is moved to the
        // requested place after the worker ends.
        var request = request
        let resultDestination = request.resultPath.map { Self.absolute($0) }
        let resultInside = directory.appendingPathComponent("peakmem-result.npy").path
        request.resultPath = resultDestination == nil ? nil : resultInside
        let process = Process()
        if let launcher {
            process.executableURL = launcher.executable
            process.arguments = launcher.arguments(for: [executable.path] + arguments, directory: directory.path)
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment[ScenarioWorker.workDirectoryVariable] = directory.path
        // Temporary files (Python's tempfile, memray's capture) go to the writable directory.
        environment["TMPDIR"] = directory.path
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
        let stdout = OutputCapture(head: Self.replyLimit, tail: 0)
        let stderr = OutputCapture(head: Self.standardErrorHead, tail: Self.standardErrorTail)
        for (pipe, capture) in [(output, stdout), (error, stderr)] {
            reading.enter()
            DispatchQueue.global().async {
                capture.read(pipe.fileHandleForReading)
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
        let deadline: DispatchTime = timeout.map { .now() + $0 } ?? .distantFuture
        let timedOut = finished.wait(timeout: deadline) == .timedOut
        if timedOut { stop(process, finished) }
        // Unsupervised, a killed worker's own children may still hold the pipes open.
        if timedOut && launcher == nil {
            _ = reading.wait(timeout: .now() + 2)
        } else {
            reading.wait()
        }
        if timedOut {
            let everything = launcher == nil ? "" : ", with every process it started"
            return Self.failed(.timeout, "timed out after \(Self.seconds(timeout ?? 0)) and was killed\(everything)")
        }
        let tail = WorkerCrashReport.summary(stderr.text) ?? Self.tail(stderr)
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            let name = String(cString: strsignal(status))
            return Self.failed(.crash, "the worker crashed with signal \(status) (\(name))", tail)
        }
        if launcher != nil, let exit = WorkerSupervisor.Exit(rawValue: status) {
            switch exit {
            case .memoryLimit:
                return Self.failed(.memoryLimit, "the resident memory of the worker's processes grew past the --memory-limit: killed",
                                   tail, limit: .resident)
            case .sandboxFailed: return Self.failed(.worker, "the worker's sandbox could not be set up", tail)
            case .launchFailed: return Self.failed(.worker, "the worker \(executable.path) could not be started", tail)
            }
        }
        guard stdout.dropped == 0 else {
            return Self.failed(.worker, "the worker's reply exceeded \(Self.replyLimit >> 20) MiB", tail)
        }
        guard var reply = try? JSONDecoder().decode(WorkerReply.self, from: stdout.head) else {
            return Self.failed(.crash, "the worker exited with status \(status) without a reply", tail)
        }
        if let resultDestination, FileManager.default.fileExists(atPath: resultInside) {
            try? FileManager.default.removeItem(atPath: resultDestination)
            do {
                try FileManager.default.moveItem(atPath: resultInside, toPath: resultDestination)
            } catch {
                reply.failure = reply.failure ?? RunFailure(kind: .worker, message: "cannot keep the result array: \(error.localizedDescription)")
            }
        }
        return reply
    }

    /// Stops a worker that outlived its timeout: its supervisor is asked to kill it with
    /// every process it started (SIGTERM), and killed itself if it has not within
    /// ``stopGrace``; an unsupervised worker is killed (SIGKILL).
    private func stop(_ process: Process, _ finished: DispatchSemaphore) {
        if launcher == nil {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            return
        }
        kill(process.processIdentifier, SIGTERM)
        if finished.wait(timeout: .now() + Self.stopGrace) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
    }

    static func failed(_ kind: RunFailure.Kind, _ message: String, _ tail: String? = nil,
                       limit: RunFailure.Limit? = nil) -> WorkerReply {
        var failure = RunFailure(kind: kind, message: message, stderrTail: tail)
        failure.limit = limit
        return WorkerReply(measurement: nil, failure: failure, openblasVersion: "unknown", jemallocVersion: "unknown")
    }

    /// The last 20 lines of standard error (the output left out noted), or nil when it is empty.
    static func tail(_ capture: OutputCapture) -> String? {
        let text = capture.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

extension WorkerProcess {
    /// `path` resolved against the parent's working directory (unchanged when absolute).
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).path
    }
}
