import ArgumentParser
import Foundation
import PeakmemResults
import PeakmemRunner

/// `peakmem worker`: the hidden worker mode. Reads one ``WorkerRequest`` (JSON) from standard
/// input, carries it out, writes one ``WorkerReply`` (JSON) to standard output. Everything
/// else the run prints goes to standard error, so the reply is the only thing on the pipe.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run one measured run for a parent peakmem process (internal).",
        shouldDisplay: false
    )

    func run() throws {
        let reply = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let answer: WorkerReply
        do {
            let request = try JSONDecoder().decode(WorkerRequest.self, from: input)
            answer = ScenarioWorker(request: request).run()
        } catch {
            answer = WorkerReply(measurement: nil, failure: RunFailure(kind: .worker, message: "unreadable request: \(error)"),
                                 openblasVersion: "unknown", jemallocVersion: "unknown")
        }
        let data = try JSONEncoder().encode(answer)
        let handle = FileHandle(fileDescriptor: reply, closeOnDealloc: true)
        handle.write(data)
    }
}
