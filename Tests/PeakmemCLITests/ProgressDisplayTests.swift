import Foundation
import Testing

/// `peakmem run`'s progress on a terminal (a pseudo-terminal from `script`, util-linux) and off one.
@Suite("peakmem run progress (end to end)")
struct ProgressDisplayTests {
    static let slow = """
        scenario: slow
        title: A variant that runs for a few seconds
        setup: X = np.ones((100, 100))
        variants:
          quick:
            run: Y = X * 2.0
          loop:
            run: |
              import time
              time.sleep(2.2)
              Y = X * 2.0
        """

    @Test("on a terminal: the variant, run k/n, an elapsed time that ticks during a run, variant i/N and an ETA")
    func terminal() throws {
        let directory = try CheckCommandTests.Directory(["slow.yaml": Self.slow])
        let peakmem = try PeakmemProcess.executableURL().path
        let command = "'\(peakmem)' run slow.yaml --repeat 2 --warmup 0 --no-report"
        let outcome = try PeakmemProcess.run(program: "script", ["-qec", command, "/dev/null"], in: directory.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let screen = outcome.standardOutput
        #expect(screen.contains("[1/1] slow/quick run 1/2"), "\(screen)")
        #expect(screen.contains("slow/loop run 2/2"), "\(screen)")
        #expect(screen.contains("variant 2/2"), "\(screen)")
        #expect(screen.contains("ETA "), "\(screen)")
        // The line is redrawn while the loop runs: several distinct elapsed times for one run.
        let elapsed = Set(screen.matches(of: /slow\/loop run 1\/2  ([0-9]+:[0-9]{2}) elapsed/).map { String($0.1) })
        #expect(elapsed.count >= 2, "\(screen)")
    }

    @Test("off a terminal: one line per finished variant, no progress line")
    func pipe() throws {
        let directory = try CheckCommandTests.Directory(["slow.yaml": Self.slow])
        let outcome = try PeakmemProcess.run(["run", "slow.yaml", "--repeat", "1", "--warmup", "0", "--no-report"], in: directory.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 2, "\(outcome.standardError)")
        #expect(lines.allSatisfy { $0.hasPrefix("slow/") && $0.contains("(n=1), ok") }, "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("elapsed"))
    }
}
