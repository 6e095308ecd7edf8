import Foundation
import Testing

/// `peakmem run`'s printed tables: every time with its number of runs, and the footnotes on
/// time ratios that rest on one run.
@Suite("peakmem run output (golden text)")
struct RunOutputTests {
    static let timing = """
        scenario: timing
        title: Timings with their samples
        setup: |
          X = np.ones((100, 100))
        variants:
          copy:
            run: Y = X.copy()
          double:
            run: Y = X * 2.0
        """

    /// The output with the measured values masked: times as `T`, MiB figures (RSS) as `M`,
    /// ratios as `R×`, runs of spaces as one.
    static func masked(_ text: String) -> String {
        text.replacing(/[0-9]+(\.[0-9]+)? (ms|µs|s)\b/, with: "T")
            .replacing(/[0-9]+\.[0-9]+ MiB/, with: "M")
            .replacing(/[0-9]+\.[0-9]+×/, with: "R×")
            .replacing(/\ +/, with: " ")
    }

    @Test("--repeat 1: each time says n=1 and the time ratio carries the single-sample note")
    func singleSample() throws {
        let directory = try CheckCommandTests.Directory(["timing.yaml": Self.timing])
        let outcome = try PeakmemProcess.run(["run", "timing.yaml", "--repeat", "1", "--warmup", "0", "--no-report", "--no-progress"],
                                             in: directory.url)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(Self.masked(outcome.standardOutput) == """
            timing — Timings with their samples
            variant peak increment temporaries RSS peak median time (runs) peak vs ref time ÷ ref result status
            copy (ref) 78.12 KiB 0 B M T (n=1) ±0 B R× — ok
            double 78.12 KiB 0 B M T (n=1) ±0 B R×¹ — ok
            ¹ one timed run of the variant or of its reference: a single sample, not a median (use --repeat 3 or more).


            """, "\(outcome.standardOutput)")
        // One line per finished variant on standard error (not a terminal), with its runs.
        #expect(outcome.standardError.contains("timing/double: peak increment 78.12 KiB, median time "), "\(outcome.standardError)")
        #expect(outcome.standardError.contains(" (n=1), ok"), "\(outcome.standardError)")
    }

    @Test("the default is 3 runs without warm-up: n=3, and the single-sample note is gone")
    func defaultRuns() throws {
        let directory = try CheckCommandTests.Directory(["timing.yaml": Self.timing])
        let outcome = try PeakmemProcess.run(["run", "timing.yaml", "--json", "r.json", "--no-report", "--no-progress"], in: directory.url)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let lines = Self.masked(outcome.standardOutput).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("T (n=3)") }.count == 2, "\(outcome.standardOutput)")
        #expect(!outcome.standardOutput.contains("¹"))
        let data = try Data(contentsOf: directory.url.appendingPathComponent("r.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let options = try #require(root["options"] as? [String: Any])
        #expect(options["repeats"] as? Int == 3 && options["warmup"] as? Int == 0)
    }

    @Test("--help states the defaults readably")
    func help() throws {
        let outcome = try PeakmemProcess.run(["run", "--help"])
        #expect(outcome.standardOutput.contains("(default: 1 ms)"), "\(outcome.standardOutput)")
        #expect(!outcome.standardOutput.contains("TimeArgument"))
        #expect(outcome.standardOutput.contains("Default: 3 for run"))
    }
}
