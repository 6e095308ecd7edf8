import Foundation
import Testing
@testable import PeakmemRunner

/// A crashed worker's standard error is summarised as its fatal error, signal and symbolicated
/// frames; the backtracer's addresses, registers and images are dropped.
@Suite("Worker crash reports")
struct WorkerCrashReportTests {
    /// The backtracer's output for a trap (a Double too large for Int) with the worker's
    /// SWIFT_BACKTRACE setting, as peakmem printed it before range checks existed.
    static let backtrace = """
        Swift/IntegerTypes.swift:8841: Fatal error: Double value cannot be converted to Int because the result would be greater than Int.max

        *** Signal 4: Backtracing from 0x7f820416df7f... done ***

        *** Program crashed: Illegal instruction at 0x00007f820416df7f ***

        Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

        Thread 0 "peakmem" crashed:

          0               0x00007f820416df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
          1 [ra]          0x00007f82042f961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
          2 [ra]          0x000055785e72754e static ScenarioDecoder.trim(_:) + 925 in peakmem at /work/main/Sources/PeakmemScenario/Loading/ScenarioDecoder.swift:386:45
          3 [ra]          0x000055785e71c737 ScenarioDecoder.decodeDocumented(_:path:) + 2614 in peakmem at /work/main/Sources/PeakmemScenario/Loading/ScenarioDecoder.swift:181:126
         10 [ra] [thunk]  0x000055785e7b881b protocol witness for ParsableCommand.run() in conformance CheckCommand + 26 in peakmem at //<compiler-generated>
        ...

        Backtrace took 1.85s

        """

    @Test("fatal error, signal and frames, without addresses")
    func summary() throws {
        let text = try #require(WorkerCrashReport.summary(Self.backtrace))
        #expect(text == """
            Swift/IntegerTypes.swift:8841: Fatal error: Double value cannot be converted to Int because the result would be greater than Int.max
            Program crashed: Illegal instruction at 0x00007f820416df7f
            Thread 0 "peakmem" crashed:
            #0 closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) in libswiftCore.so
            #1 _assertionFailure(_:_:file:line:flags:) in libswiftCore.so
            #2 static ScenarioDecoder.trim(_:) at /work/main/Sources/PeakmemScenario/Loading/ScenarioDecoder.swift:386:45
            #3 ScenarioDecoder.decodeDocumented(_:path:) at /work/main/Sources/PeakmemScenario/Loading/ScenarioDecoder.swift:181:126
            #10 protocol witness for ParsableCommand.run() in conformance CheckCommand at //<compiler-generated>
            """)
        #expect(!text.contains("rax"))
    }

    @Test("text without a backtrace has no summary")
    func noBacktrace() {
        #expect(WorkerCrashReport.summary("Killed\n") == nil)
    }

    @Test("a crashed worker's failure carries the summary, not the backtracer's last lines")
    func workerFailure() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-backtrace-\(UUID().uuidString).txt")
        try Self.backtrace.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let worker = WorkerProcess(executable: URL(fileURLWithPath: "/bin/sh"),
                                   arguments: ["-c", "cat '\(file.path)' >&2; kill -ILL $$"], timeout: nil)
        let reply = worker.run(WorkerRequest(file: "x.yaml", variant: "v", scale: .quick))
        #expect(reply.failure?.kind == .crash)
        #expect(reply.failure?.message == "the worker crashed with signal 4 (Illegal instruction)")
        #expect(reply.failure?.stderrTail == WorkerCrashReport.summary(Self.backtrace))
    }
}
