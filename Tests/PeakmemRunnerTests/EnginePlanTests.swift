import Foundation
import PeakmemResults
import PeakmemRunner
import PeakmemScenario
import Testing

/// Which engine measures a variant: neither refuses code for the other's limits.
@Suite("Engine plans and discovered benchmarks")
struct EnginePlanTests {
    static func scenario(_ yaml: String) throws -> Scenario {
        try ScenarioLoader.load(yaml: "scenario: s\ntitle: t\n" + yaml, file: "s.yaml")
    }

    @Test("--engine swift: a Swift-runnable variant on Swift; a NumPy-only one measured on NumPy in its place")
    func swiftSelection() throws {
        let s = try Self.scenario("variants:\n  a: {run: x = 1}\n  b: {run: x = 1, engines: numpy}\n")
        let a = EnginePlan(s, s.variants[0], selection: .swift, swiftProblem: nil)
        #expect(a.runsSwift && !a.runsNumpy && a.swiftSkip == nil)
        let b = EnginePlan(s, s.variants[1], selection: .swift, swiftProblem: nil)
        #expect(!b.runsSwift && b.runsNumpy && b.swiftSkip == "engines: numpy")
    }

    @Test("--engine both: the checker's problem skips the Swift side; NumPy still runs")
    func bothSelection() throws {
        let s = try Self.scenario("variants:\n  a: {run: x = 1}\n")
        let plan = EnginePlan(s, s.variants[0], selection: .both, swiftProblem: "s.yaml:5:7: error: def")
        #expect(!plan.runsSwift && plan.runsNumpy && plan.swiftSkip == "s.yaml:5:7: error: def" && plan.numpySkip == nil)
        let fine = EnginePlan(s, s.variants[0], selection: .both, swiftProblem: nil)
        #expect(fine.runsSwift && fine.runsNumpy)
    }

    @Test("--engine numpy: semantics numpy-1.7 and engines: swift are NumPy skips, not Swift runs")
    func numpySelection() throws {
        let s = try Self.scenario("variants:\n  old: {run: x = 1, semantics: numpy-1.7}\n  swift: {run: x = 1, engines: swift}\n")
        let old = EnginePlan(s, s.variants[0], selection: .numpy, swiftProblem: nil)
        #expect(!old.runsSwift && !old.runsNumpy && old.numpySkip == "semantics numpy-1.7 is peakmem-only")
        let swift = EnginePlan(s, s.variants[1], selection: .numpy, swiftProblem: nil)
        #expect(!swift.runsNumpy && swift.numpySkip == "engines: swift")
    }

    @Test("a discovered benchmark file: one variant per parameter combination, in asv's order, NumPy only")
    func benchmarkScenario() throws {
        let json = """
            {"file": "/b/benchmarks/bench_x.py", "module": "benchmarks.bench_x", "root": "/b", "syntax_error": null,
             "import_error": null, "benchmarks": [
               {"class": "Sizes", "function": "peakmem_copy", "line": 12, "params": [["10", "20"], ["'C'", "'F'"]],
                "param_names": ["n", "order"], "timeout": 30.0},
               {"class": null, "function": "peakmem_ones", "line": 4, "params": [], "param_names": [], "timeout": null}]}
            """
        let file = try JSONDecoder().decode(BenchmarkFile.self, from: Data(json.utf8))
        let scenario = file.scenario(path: "benchmarks/bench_x.py")
        #expect(scenario.name == "benchmarks.bench_x")
        #expect(scenario.file == "benchmarks/bench_x.py")
        #expect(scenario.variants.map(\.name) == ["Sizes.peakmem_copy(10, 'C')", "Sizes.peakmem_copy(10, 'F')",
                                                  "Sizes.peakmem_copy(20, 'C')", "Sizes.peakmem_copy(20, 'F')", "peakmem_ones"])
        let third = scenario.variants[2]
        #expect(third.benchmark?.parameterIndex == 2)
        #expect(third.benchmark?.parameters == ["n": "20", "order": "'C'"])
        #expect(third.benchmark?.timeout == 30)
        #expect(third.run.text == "Sizes().peakmem_copy(20, 'C')")
        #expect(third.position.line == 12)
        let plan = EnginePlan(scenario, third, selection: .both, swiftProblem: nil)
        #expect(!plan.runsSwift && plan.runsNumpy && plan.swiftSkip == "an asv-style benchmark runs on NumPy")
    }
}
