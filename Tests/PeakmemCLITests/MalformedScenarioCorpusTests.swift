import Foundation
import Testing

/// A corpus of malformed scenario files, generated from one valid file by mutations (issue 15):
/// `peakmem check` of the whole directory exits 2 without crashing and reports every file,
/// each at a line and column or a key path; `run` refuses a sample of them before measuring.
@Suite("Malformed scenario corpus: every file exit 2 with its position or field")
struct MalformedScenarioCorpusTests {
    /// The valid file the mutations start from; `NAME` becomes each file's own scenario name.
    static let base = """
        scenario: NAME
        title: a valid scenario
        params:
          n: {quick: 1000, doc: 2000}
        setup: |
          x = np.ones(n)
        variants:
          a:
            run: |
              y = x * 2
            expect: {peak_increment: "<= 1 MiB"}
            documented: {memit_peak: 10 MiB}
          b:
            run: y = x + 1
        limits:
          a: {peak_increment: 1 MiB}

        """

    /// A mutation: replace the first `old` of the base by `new`.
    struct Mutation: Sendable, CustomTestStringConvertible {
        var old: String
        var new: String
        var testDescription: String { new }
    }

    static func replacing(_ old: String, with values: [String]) -> [Mutation] {
        values.map { Mutation(old: old, new: $0) }
    }

    static let expectations = [
        "\"<= 5 XB\"", "\"~= 5\"", "\"nbytes(Y) +\"", "\"<= nbytes(zz)\"", "\"<= n\"", "\"<= 1e400 MiB\"",
        "\"<= nbytes(n)\"", "\"<= x\"", "\"<= np.ones(3)\"", "\"<= 1e400\"", "\"<= (1\"", "\"<= 1 +* 2\"",
        "\"<= size()\"", "\"<= nbytes(y\"", "\"<= 5 MiB MiB\"", "\"<= lambda\"", "\"<= [1]\"", "\"<= 'abc'\"",
        "\"<=\"", "\"<= nbytes(y)(\"", "\"<= 1e19 TiB\"", "\"<= 9.1e15\"", "\"<= open('f')\"", "\"<= y.nbytes\"",
    ]
    static let documentedValues = [
        "1e19 MB", "1e19 MiB", "1e400 MiB", "nan MiB", "-inf MiB", "5 XB", "10 MB", "5 s", "abc", "[1, 2]", "{a: 1}",
    ]
    static let limitValues = ["1e400 MiB", "1e19 TB", "-1 MiB", "nan", "5 s", "abc", "[1]", "1e300"]

    static let mutations: [Mutation] = {
        var all: [Mutation] = []
        for metric in ["peak_increment", "temporaries"] {
            all += replacing("{peak_increment: \"<= 1 MiB\"}", with: expectations.map { "{\(metric): \($0)}" })
        }
        all += replacing("expect: {peak_increment: \"<= 1 MiB\"}", with: [
            "expect: {bogus_metric: \"<= 1\"}", "expect: {peak: \"<= 1\"}", "expect: 5", "expect: [1, 2]",
            "expect: {? [a, b] : \"<= 1\"}",
        ])
        for figure in ["memit_peak", "memit_increment"] {
            all += replacing("{memit_peak: 10 MiB}", with: documentedValues.map { "{\(figure): \($0)}" })
        }
        all += replacing("documented: {memit_peak: 10 MiB}", with: [
            "documented: {time: 5 MiB}", "documented: {peak_increment: 3 s}", "documented: {bogus: 1}",
            "documented: 5", "documented: [1]",
        ])
        for metric in ["peak_increment", "retained"] {
            all += replacing("a: {peak_increment: 1 MiB}", with: limitValues.map { "a: {\(metric): \($0)}" })
        }
        all += replacing("a: {peak_increment: 1 MiB}", with: [
            "c: {peak_increment: 1 MiB}", "a: {bogus: 1 MiB}", "a: [1]", "a: 5", "? [a] : {peak_increment: 1}",
        ])
        all += replacing("  n: {quick: 1000, doc: 2000}", with: [
            "  n: 1e400", "  lambda: 1", "  class: 1", "  for: 1", "  np: 1", "  1n: 1", "  n: {gigantic: 1}",
            "  n: [1, 2]", "  n: {doc: 5}", "  n: {quick: 1e400}", "  n: {quick: [1]}", "  ? [a, b]\n  : 1",
            "  n: {quick: -1e999}", "  yield: 2", "  import: 3", "  len: 4",
        ])
        all += replacing("title: a valid scenario", with: [
            "titel: a valid scenario", "title: [a]", "title: {a: 1}", "? [title]\n: x", "result: 1x\ntitle: t",
            "reference: nope\ntitle: t", "semantics: numpy-9\ntitle: t", "tolerance: {rtol: 1e400}\ntitle: t",
            "tolerance: {rtol: -1}\ntitle: t", "tolerance: {rtol: nan}\ntitle: t", "tolerance: {bogus: 1}\ntitle: t",
            "tolerance: 5\ntitle: t", "bogus: 1\ntitle: t",
        ])
        all += replacing("scenario: NAME", with: ["scenario: [NAME]", "scenarios: NAME", "scenario: \"NAME bad!\""])
        all += replacing("      y = x * 2", with: [
            "      y = (", "      y = x +", "      def", "      y = x **", "      for", "      y = [1, 2", "      y = x)",
            "      y = 'abc", "      y = x @@ x", "      y = zz + 1", "      y = np.foo(x)", "      y = np.ones(3, bogus=1)",
            "      import os", "      y = x +* 2", "      y = {1: 2}", "      return 5", "      y = 1 if",
            "      y = np.zeros(2**32, 2**32", "      y = x[", "      y = x.", "      y = 1e",
        ])
        all += replacing("  x = np.ones(n)", with: ["  x = np.ones(n", "  x = undefined_name", "  x = np.bogus(n)"])
        all += replacing("    run: y = x + 1", with: [
            "    run: >\n      y = x + 1", "    run: [1]", "    ruun: y = x + 1", "    semantics: numpy-9\n    run: y = x",
            "    run: y = x +", "    notes: [1]\n    run: y = x", "    tolerance: {atol: inf}\n    run: y = x",
        ])
        all += replacing("  b:\n", with: ["  \"bad name!\":\n", "  ? [b]\n  :\n", "  a:\n"])
        all += replacing("variants:\n", with: ["variants: []\nxx:\n", "variants: 5\nxx:\n", "vars:\n"])
        // Whole-file breakage: YAML that does not parse or is of the wrong shape.
        all += replacing("setup: |", with: ["setup: |\n\t", "setup: \"unclosed\n", "setup: *undefined_alias\nxx: |"])
        all += replacing("params:\n", with: ["params: {\n", "params: [\n", "params: : :\n", "params:\n  n: 1\nparams:\n"])
        return all
    }()

    /// The file of mutation `index`: its own scenario name (so no two files share one).
    static func file(_ index: Int, _ mutation: Mutation) -> String {
        let name = String(format: "m%03d", index)
        return base.replacingOccurrences(of: mutation.old, with: mutation.new).replacingOccurrences(of: "NAME", with: name)
    }

    @Test("the corpus holds at least 150 distinct malformed files")
    func size() {
        #expect(Self.mutations.count >= 150)
        let files = Self.mutations.enumerated().map { Self.file($0.offset, $0.element).replacingOccurrences(of: String(format: "m%03d", $0.offset), with: "X") }
        #expect(Set(files).count == files.count, "two mutations make the same file")
        for (index, mutation) in Self.mutations.enumerated() {
            #expect(Self.file(index, mutation) != Self.base.replacingOccurrences(of: "NAME", with: String(format: "m%03d", index)),
                    "mutation \(index) changes nothing: \(mutation.old)")
        }
    }

    @Test("the base file is valid (so each mutation is what check reports)")
    func baseIsValid() throws {
        let directory = try Self.directory(files: ["base.yaml": Self.base.replacingOccurrences(of: "NAME", with: "base")])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try PeakmemProcess.run(["check", directory.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    @Test("check of every file: exit 2, each file reported at a position or key path, no crash")
    func checkReportsEveryFile() throws {
        var files: [String: String] = [:]
        for (index, mutation) in Self.mutations.enumerated() {
            files[String(format: "m%03d.yaml", index)] = Self.file(index, mutation)
        }
        let directory = try Self.directory(files: files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try PeakmemProcess.run(["check", directory.path])
        #expect(outcome.status == 2)
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        for (index, mutation) in Self.mutations.enumerated() {
            let name = String(format: "m%03d.yaml", index)
            let reported = lines.filter { $0.contains("/\(name):") }
            let located = reported.contains { line in
                line.range(of: "/\(name):[0-9]+:[0-9]+: error: ", options: .regularExpression) != nil || line.contains(" [at ")
            }
            #expect(located, "\(name) (\(mutation.new)) is not reported at a position or key path: \(reported)")
        }
    }

    @Test("run refuses malformed files before measuring: exit 2, no report, no results", arguments: [0, 30, 60, 90, 120])
    func runRefusesBeforeMeasuring(index: Int) throws {
        let mutation = Self.mutations[index]
        let directory = try Self.directory(files: ["s.yaml": Self.file(index, mutation)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out"), json = directory.appendingPathComponent("r.json")
        let outcome = try PeakmemProcess.run(["run", directory.appendingPathComponent("s.yaml").path, "--out", out.path,
                                              "--json", json.path, "--no-progress"])
        #expect(outcome.status == 2, "\(mutation.new): \(outcome.standardError)")
        #expect(outcome.standardError.contains("s.yaml"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: json.path))
    }

    static func directory(files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }
}
