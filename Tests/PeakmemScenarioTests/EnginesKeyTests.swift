import Foundation
import PeakmemResults
import PeakmemScenario
import Testing

/// `engines:` and `python_path:` in scenario files.
@Suite("Scenario files: engines and python_path")
struct EnginesKeyTests {
    static let base = "scenario: s\ntitle: t\n"

    @Test("engines: a name or a list, at scenario and variant level; an asv benchmark runs on NumPy only")
    func engines() throws {
        let s = try ScenarioLoader.load(yaml: Self.base + """
            engines: numpy
            variants:
              a: {run: x = 1}
              b: {run: x = 1, engines: [swift, numpy]}
            """, file: "x.yaml")
        #expect(s.engines == [.numpy])
        #expect(s.engines(of: s.variants[0]) == [.numpy])
        #expect(s.engines(of: s.variants[1]) == [.swift, .numpy])
        var benchmark = s.variants[1]
        benchmark.benchmark = BenchmarkTarget(module: "m", root: "/", className: nil, function: "peakmem_x", parameterIndex: 0,
                                              parameters: [:], timeout: nil)
        #expect(s.engines(of: benchmark) == [.numpy])
        let plain = try ScenarioLoader.load(yaml: Self.base + "variants: {a: {run: x = 1}}\n", file: "x.yaml")
        #expect(plain.engines(of: plain.variants[0]) == [.swift, .numpy])
    }

    @Test("an unknown engine and a python_path that is not a directory are errors at their position")
    func errors() throws {
        let yaml = Self.base + "python_path: [no-such-dir]\nvariants:\n  a: {run: x = 1, engines: [numpy, cupy]}\n"
        do {
            _ = try ScenarioLoader.load(yaml: yaml, file: "/tmp/x.yaml")
            Issue.record("loaded")
        } catch {
            let messages = error.problems.map(\.description)
            #expect(messages.contains("/tmp/x.yaml:5:36: error: unknown engine 'cupy'; choose swift or numpy [at variants.a.engines]"), "\(messages)")
            #expect(messages.contains("/tmp/x.yaml:3:15: error: 'no-such-dir' is not a directory (resolved against the scenario file's directory: /tmp/no-such-dir) [at python_path[0]]"), "\(messages)")
        }
    }

    @Test("python_path is resolved against the scenario file's directory")
    func pythonPath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-pp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("lib"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let s = try ScenarioLoader.load(yaml: Self.base + "python_path: lib\nvariants: {a: {run: x = 1}}\n",
                                        file: directory.appendingPathComponent("s.yaml").path)
        #expect(s.pythonPath == [directory.appendingPathComponent("lib").standardizedFileURL.path])
    }
}
