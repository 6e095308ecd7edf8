import Foundation
import Testing
import PeakmemMeasurement
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

    /// A worker that answers with its own `MALLOC_CONF` as the failure message.
    static let echoMallocConf = "cat > /dev/null; printf '{\"failure\":{\"kind\":\"error\",\"message\":\"%s\"},"
        + "\"expectations\":[],\"openblas_version\":\"u\",\"jemalloc_version\":\"u\"}' \"$MALLOC_CONF\""

    @Test("a Swift worker starts with the heap policy's MALLOC_CONF before the parent's; other workers keep the parent's")
    func heapPolicyEnvironment() {
        var swift = worker(Self.echoMallocConf)
        swift.appliesHeapPolicy = true
        let inherited = ProcessInfo.processInfo.environment["MALLOC_CONF"]
        #expect(swift.run(request).failure?.message == WorkerHeapPolicy.mallocConf(inherited: inherited))
        #expect(swift.run(request).failure?.message.hasPrefix("oversize_threshold:33554432") == true)
        let other = worker(Self.echoMallocConf)
        #expect(other.run(request).failure?.message == (inherited ?? ""))
    }

    @Test("the scenario runner starts its Swift workers with the heap policy")
    func runnerUsesPolicy() throws {
        let configuration = RunConfiguration(executable: URL(fileURLWithPath: "/bin/true"), workerArguments: [])
        let runner = try ScenarioRunner(configuration: configuration)
        #expect(runner.swiftWorkerProcess().appliesHeapPolicy)
    }

    @Test("a missing executable is a worker failure")
    func missing() {
        let reply = WorkerProcess(executable: URL(fileURLWithPath: "/nonexistent/peakmem"), arguments: [], timeout: nil).run(request)
        #expect(reply.failure?.kind == .worker)
    }
}
