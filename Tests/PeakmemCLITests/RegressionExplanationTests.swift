import Foundation
import Testing

/// `peakmem gate` and `peakmem compare` name the allocation behind a regression of an exact
/// figure, from the peak anatomies of the baseline and of the run (end to end).
@Suite("Regression explanations (gate, compare; end to end)")
struct RegressionExplanationTests {
    /// A one-variant scenario over 100 000 float64 (800 000 B per array); `last` is the run's
    /// second line.
    static func scenario(_ last: String) -> String {
        """
        scenario: extra
        title: One more temporary
        params:
          n: {quick: 100000, doc: 100000}
        setup: |
          a = np.ones(n)
        reference: v
        variants:
          v:
            run: |
              b = a + 1
              \(last)
        """
    }

    @Test("one extra temporary (b * 3) fails the gate, which names its line, column and operation; compare names it too")
    func extraTemporary() throws {
        let directory = try CheckCommandTests.Directory(["extra.yaml": Self.scenario("S = a * 2 + b")])
        let first = try PeakmemProcess.run(["run", "extra.yaml", "--repeat", "1", "--json", "old.json", "--no-report", "--quiet"], in: directory.url)
        #expect(first.status == 0, "\(first.standardError)")
        let update = try PeakmemProcess.run(["baseline", "update", "old.json", "--baseline", "b.json"], in: directory.url)
        #expect(update.status == 0, "\(update.standardError)")

        // Line 12 of the file gains `b * 3`: a new 800 000-byte temporary live at the peak
        // (a * 2 and b * 3 are both temporaries there; `+` then computes into a * 2's buffer).
        try Self.scenario("S = a * 2 + b * 3").write(to: directory.url.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
        let second = try PeakmemProcess.run(["run", "extra.yaml", "--repeat", "1", "--json", "new.json", "--no-report", "--quiet"], in: directory.url)
        #expect(second.status == 0, "\(second.standardError)")
        let gate = try PeakmemProcess.run(["gate", "--baseline", "b.json", "new.json"], in: directory.url)
        #expect(gate.status == 1)
        let regressed = gate.standardOutput.split(separator: "\n").first { $0.hasPrefix("regressed  extra/v  peak_increment") }
        #expect(regressed?.hasSuffix("rose by +800,000 B, tolerance 0 B: new temporary of * (float64 (100000,), 800,000 B) at line 12, col 19") == true,
                "\(gate.standardOutput)")

        let compare = try PeakmemProcess.run(["compare", "old.json", "new.json"], in: directory.url)
        #expect(compare.standardOutput.contains("extra/v rose: new temporary of * (float64 (100000,), 800,000 B) at line 12, col 19"),
                "\(compare.standardOutput)")
    }
}
