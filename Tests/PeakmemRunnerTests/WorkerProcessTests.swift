import Foundation
import Testing
@testable import PeakmemRunner

/// How the parent reports workers that die, hang or answer nonsense, whatever the worker is.
@Suite("Worker processes")
struct WorkerProcessTests {
    let request = WorkerRequest(file: "x.yaml", variant: "v", scale: .quick)

    func worker(_ script: String, timeout: Double? = nil) -> WorkerProcess {
        WorkerProcess(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script], timeout: timeout)
    }

    @Test("a worker killed by a signal is a crash, with the signal and the tail of its stderr")
    func crash() {
        let reply = worker("echo 'about to fail' >&2; echo 'last words' >&2; kill -SEGV $$").run(request)
        #expect(reply.failure?.kind == .crash)
        #expect(reply.failure?.message == "the worker crashed with signal 11 (Segmentation fault)")
        #expect(reply.failure?.stderrTail == "about to fail\nlast words")
        #expect(reply.measurement == nil)
    }

    @Test("a worker that exits without a reply is a crash with its status")
    func noReply() {
        let reply = worker("cat > /dev/null; exit 3").run(request)
        #expect(reply.failure?.kind == .crash)
        #expect(reply.failure?.message == "the worker exited with status 3 without a reply")
    }

    @Test("a worker past its timeout is killed and reported as timed out")
    func timeout() {
        let started = Date()
        let reply = worker("exec sleep 30", timeout: 0.5).run(request)
        #expect(reply.failure?.kind == .timeout)
        #expect(reply.failure?.message == "timed out after 0.5 s and was killed")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("a missing executable is a worker failure")
    func missing() {
        let reply = WorkerProcess(executable: URL(fileURLWithPath: "/nonexistent/peakmem"), arguments: [], timeout: nil).run(request)
        #expect(reply.failure?.kind == .worker)
    }
}
