import Foundation
import Synchronization
import Testing

/// A corpus of bad command lines and damaged results/baseline JSON files (issue 15): each
/// exits 2 without crashing, and names the option, field or file that is wrong.
@Suite("Malformed command line and JSON corpus: exit 2 naming the option or field", .serialized)
struct MalformedCommandCorpusTests {
    /// A command line and a text its error must contain (the option, field or file it names).
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var names: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let scenario = """
        scenario: corpus
        title: corpus
        params:
          n: {quick: 1000}
        setup: |
          x = np.ones(n)
        variants:
          a:
            run: y = x * 2
          b:
            run: y = x + 1

        """

    /// Option values that are out of range or malformed, per option of the measuring commands.
    static let optionValues: [(option: String, values: [String])] = [
        ("--interval", ["1e-12", "1e10", "1e400", "0", "-1", "nan", "abc", "5 XB"]),
        ("--memory-limit", ["1e19B", "1e400", "-5", "0", "nan", "5XB", "0.5", "abc"]),
        ("--timeout", ["0", "-1", "1e400", "nan", "abc"]),
        ("--repeat", ["0", "-1", "99999999999999999999", "abc"]),
        ("--warmup", ["-1", "abc"]),
    ]

    /// Every case; `FILE` stands for the scenario file, `RESULTS`/`BASELINE` for valid files and
    /// `BAD` for the damaged JSON of the case.
    static let commandCases: [Case] = {
        var cases: [Case] = []
        for (option, values) in optionValues {
            for value in values {
                cases.append(Case(arguments: ["run", "FILE", "--no-report", option, value], names: option))
                cases.append(Case(arguments: ["baseline", "update", "--scenarios", "FILE", "--baseline", "OUT", option, value], names: option))
                cases.append(Case(arguments: ["memit", "y = 1", option, value], names: option))
            }
        }
        for value in ["gigantic", "", "QUICK"] {
            cases.append(Case(arguments: ["run", "FILE", "--scale", value], names: "--scale"))
            cases.append(Case(arguments: ["baseline", "update", "--scenarios", "FILE", "--scale", value], names: "--scale"))
        }
        for value in ["0/2", "3/2", "1/0", "abc", "1/-1", "1/2/3"] {
            cases.append(Case(arguments: ["run", "FILE", "--shard", value], names: "--shard"))
        }
        for value in ["n=1e400", "bogus=1", "noequals", "n=-1e999"] {
            cases.append(Case(arguments: ["run", "FILE", "--set", value], names: value.split(separator: "=").first.map(String.init)!))
        }
        for value in ["memory=1e19", "memory=1e400%", "memory=-1", "exact=nan", "bogus=1%", "memory=", "=5%", "memory=5XB",
                      "memory=abc%", "time=1e400s", "rss=1e19GiB", "sampled=-5%"] {
            cases.append(Case(arguments: ["gate", "RESULTS", "--baseline", "BASELINE", "--tolerance", value], names: "--tolerance"))
        }
        for topic in [["bogus"], ["run", "bogus"], ["baseline", "bogus"], ["gate", "x"], ["Run"]] {
            cases.append(Case(arguments: ["help"] + topic, names: "no help topic"))
        }
        cases.append(Case(arguments: ["list", "BROKEN"], names: "broken.yaml:"))
        cases.append(Case(arguments: ["check", "BROKEN"], names: "broken.yaml:"))
        return cases
    }()

    /// Damaged results files: an edit of a valid one, and the field the error must name.
    static let damages: [(edit: @Sendable (inout [String: Any]) -> Void, names: String)] = [
        ({ figure(&$0, "peak_increment", 9.3e18) }, ".figures.peak_increment"),
        ({ figure(&$0, "peak_increment", 1e300) }, ".figures.peak_increment"),
        ({ figure(&$0, "peak_increment", -1e300) }, ".figures.peak_increment"),
        ({ figure(&$0, "rss_peak", 1e300) }, ".figures.rss_peak"),
        ({ figure(&$0, "allocations", 1.8e19) }, ".figures.allocations"),
        ({ figure(&$0, "memit_peak_mib", 1e308) }, ".figures.memit_peak_mib"),
        ({ $0["scale"] = "gigantic" }, "gigantic"),
        ({ $0["scale"] = "" }, ".scale"),
        ({ $0["schema"] = "peakmem-results/9" }, "peakmem-results/9"),
        ({ $0["schema"] = nil }, "schema"),
        ({ $0["scenarios"] = nil }, "scenarios"),
        ({ $0["scenarios"] = "none" }, "scenarios"),
        ({ var options = $0["options"] as! [String: Any]; options["interval"] = 1e300; $0["options"] = options }, ".options.interval"),
        ({ var options = $0["options"] as! [String: Any]; options["repeats"] = 2e19; $0["options"] = options }, ".options.repeats"),
    ]

    static func figure(_ document: inout [String: Any], _ name: String, _ value: Double) {
        var scenarios = document["scenarios"] as! [[String: Any]]
        var variants = scenarios[0]["variants"] as! [[String: Any]]
        var figures = variants[0]["figures"] as! [String: Any]
        figures[name] = value
        variants[0]["figures"] = figures
        scenarios[0]["variants"] = variants
        document["scenarios"] = scenarios
    }

    /// Texts that are not JSON documents of the schema at all.
    static let brokenTexts = ["", "{", "[]", "null", "{\"schema\": 5}", "{\"schema\": \"peakmem-results/1\", \"scale\": 1e400}"]

    /// A folder with the scenario file, a broken one, and valid results and baseline made by one run.
    final class Fixture: @unchecked Sendable {
        let directory: URL
        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-cli-corpus-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try scenario.write(to: url("s.yaml"), atomically: true, encoding: .utf8)
            try "scenario: broken\ntitle: t\nvariants:\n  a:\n    run: y = (\n".write(to: url("broken.yaml"), atomically: true, encoding: .utf8)
            let run = try PeakmemProcess.run(["run", url("s.yaml").path, "--no-report", "--json", url("results.json").path, "--no-progress"])
            guard run.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
            let baseline = try PeakmemProcess.run(["baseline", "update", url("results.json").path, "--baseline", url("baseline.json").path])
            guard baseline.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
        }
        deinit { try? FileManager.default.removeItem(at: directory) }
        func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

        func substitute(_ arguments: [String], bad: String? = nil) -> [String] {
            arguments.map { argument in
                switch argument {
                case "FILE": url("s.yaml").path
                case "BROKEN": url("broken.yaml").path
                case "RESULTS": url("results.json").path
                case "BASELINE": url("baseline.json").path
                case "OUT": url("never-written.json").path
                case "BAD": bad ?? argument
                default: argument
                }
            }
        }
    }

    static func expectRefused(_ outcome: PeakmemProcess.Outcome, naming text: String, _ description: String) {
        #expect(outcome.status == 2, "\(description): exit \(outcome.status): \(outcome.standardError.prefix(400))")
        #expect(outcome.standardError.contains(text), "\(description): the error does not name \(text): \(outcome.standardError.prefix(400))")
    }

    @Test("the corpus holds at least 150 command lines and JSON inputs")
    func size() {
        #expect(Self.commandCases.count + 3 * (Self.damages.count + Self.brokenTexts.count) >= 150)
    }

    /// Runs the command lines four at a time (most fail while parsing: the time is process start).
    static func runAll(_ commands: [[String]], in directory: URL) -> [PeakmemProcess.Outcome?] {
        let results = Mutex<[PeakmemProcess.Outcome?]>(Array(repeating: nil, count: commands.count))
        let lanes = 4
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: commands.count, by: lanes) {
                let outcome = try? PeakmemProcess.run(commands[index], in: directory)
                results.withLock { $0[index] = outcome }
            }
        }
        return results.withLock { $0 }
    }

    @Test("every bad command line exits 2 naming its option")
    func commandLines() throws {
        let fixture = try Fixture()
        let outcomes = Self.runAll(Self.commandCases.map { fixture.substitute($0.arguments) }, in: fixture.directory)
        for (item, outcome) in zip(Self.commandCases, outcomes) {
            let outcome = try #require(outcome, "\(item.testDescription) did not run")
            Self.expectRefused(outcome, naming: item.names, item.testDescription)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.url("never-written.json").path))
    }

    @Test("every damaged results file: report, compare and gate exit 2 naming the field")
    func damagedJSON() throws {
        let fixture = try Fixture()
        let valid = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.url("results.json"))) as! [String: Any]
        var inputs: [(text: Data, names: String)] = []
        for damage in Self.damages {
            var document = valid
            damage.edit(&document)
            inputs.append((try JSONSerialization.data(withJSONObject: document), damage.names))
        }
        for text in Self.brokenTexts { inputs.append((Data(text.utf8), "bad.json")) }
        var commands: [[String]] = [], names: [String] = []
        for (index, input) in inputs.enumerated() {
            let bad = fixture.url("bad-\(index).json")
            try input.text.write(to: bad)
            for command in [["report", "BAD", "-o", fixture.url("report-\(index)").path], ["compare", "RESULTS", "BAD"],
                            ["gate", "BAD", "--baseline", "BASELINE"]] {
                commands.append(fixture.substitute(command, bad: bad.path))
                names.append(input.names == "bad.json" ? "bad-\(index).json" : input.names)
            }
        }
        let outcomes = Self.runAll(commands, in: fixture.directory)
        for (index, outcome) in outcomes.enumerated() {
            let outcome = try #require(outcome, "\(commands[index]) did not run")
            Self.expectRefused(outcome, naming: names[index], commands[index].joined(separator: " "))
        }
        for index in inputs.indices {
            #expect(!FileManager.default.fileExists(atPath: fixture.url("report-\(index)").path))
        }
    }
}
