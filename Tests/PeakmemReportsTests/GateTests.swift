import Foundation
import PeakmemMeasurement
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import Testing

@Suite("Gate: policy, evaluation, baseline compatibility, JUnit")
struct GateTests {
    @Test("tolerances parse as relative, absolute, both or off")
    func tolerances() throws {
        #expect(Tolerance(parsing: "10%") == Tolerance(relative: 0.1))
        #expect(Tolerance(parsing: "4096") == Tolerance(absolute: 4096))
        #expect(Tolerance(parsing: "1MiB") == Tolerance(absolute: 1_048_576))
        #expect(Tolerance(parsing: "20ms") == Tolerance(absolute: 0.02))
        #expect(Tolerance(parsing: "5%,2MiB") == Tolerance(relative: 0.05, absolute: 2_097_152))
        #expect(Tolerance(parsing: "off") == .off)
        #expect(Tolerance(parsing: "ten") == nil)
        #expect(Tolerance(parsing: "-1") == nil)
        #expect(Tolerance(relative: 0.1, absolute: 1_048_576).allowance(for: 100_000_000) == 10_000_000)
        #expect(Tolerance(relative: 0.1, absolute: 1_048_576).allowance(for: 1_000_000) == 1_048_576)
    }

    @Test("default policy: exact 0, RSS and jemalloc 10 % with a 4 MiB floor, time off; --tolerance overrides groups")
    func policy() throws {
        var policy = GatePolicy.standard
        #expect(policy.tolerance(.peakIncrement) == .exact)
        #expect(policy.tolerance(.allocations) == .exact)
        #expect(policy.tolerance(.rssPeak) == Tolerance(relative: 0.1, absolute: 4_194_304))
        #expect(policy.tolerance(.wallTime) == .off)
        try policy.apply("time=20%")
        #expect(policy.tolerance(.wallTime) == Tolerance(relative: 0.2))
        #expect(policy.tolerance(.cpuTime) == Tolerance(relative: 0.2))
        try policy.apply("peak_increment=4096")
        #expect(policy.tolerance(.peakIncrement) == Tolerance(absolute: 4096))
        #expect(throws: GatePolicy.SpecificationError.self) { try policy.apply("bogus=1") }
        #expect(throws: GatePolicy.SpecificationError.self) { try policy.apply("rss=lots") }
        #expect(throws: GatePolicy.SpecificationError.self) { try policy.apply("rss") }
    }

    @Test("unchanged results pass; one lowered exact figure fails naming the variant and metric")
    func regression() throws {
        let results = try Fixture.results()
        var baseline = Baseline(results: results)
        let unchanged = GateEvaluation(results: results, baseline: baseline)
        // The failed variant fails the gate on its own; everything else passes.
        #expect(unchanged.checks.filter { $0.outcome.fails }.map(\.variant) == ["xxt-order/too-big"])
        #expect(unchanged.count(.regressed) == 0)
        baseline.variants["xxt-order/x-fortran"]!["temporaries"]! -= 1
        let lowered = GateEvaluation(results: results, baseline: baseline)
        let regressions = lowered.checks.filter { $0.outcome == .regressed }
        #expect(regressions.map(\.variant) == ["xxt-order/x-fortran"])
        #expect(regressions.map(\.metric) == ["temporaries"])
        #expect(regressions.first?.message == "rose by +1 B, tolerance 0 B")
        #expect(lowered.notable.map(lowered.row).first { $0[0] == "regressed" }
            == ["regressed", "xxt-order/x-fortran", "temporaries", "3,999,999 B", "4,000,000 B", "+<0.1 %", "rose by +1 B, tolerance 0 B"])
    }

    @Test("RSS within 10 % (at least 4 MiB) passes, beyond fails; a lower figure is an improvement; time is gated only when asked")
    func pageLevelAndTime() throws {
        let results = try Fixture.results()
        var baseline = Baseline(results: results)
        let key = "xxt-order/both-c"
        let rss = baseline.variants[key]!["rss_peak"]!
        baseline.variants[key]!["rss_peak"] = rss / 1.05
        #expect(GateEvaluation(results: results, baseline: baseline).count(.regressed) == 0)
        baseline.variants[key]!["rss_peak"] = rss / 1.2
        let worse = GateEvaluation(results: results, baseline: baseline)
        #expect(worse.checks.filter { $0.outcome == .regressed }.map(\.metric) == ["rss_peak"])
        baseline.variants[key]!["rss_peak"] = rss
        // A small figure gets the 4 MiB floor: x-fortran's rss_increment (4,874,240 B) may rise
        // by exactly 4,194,304 B over a baseline whose 10 % is only ~68 KB; one byte more fails.
        let increment = baseline.variants["xxt-order/x-fortran"]!["rss_increment"]!
        #expect(increment == 4_874_240)
        baseline.variants["xxt-order/x-fortran"]!["rss_increment"] = increment - GatePolicy.memoryNoiseFloor
        #expect(GateEvaluation(results: results, baseline: baseline).count(.regressed) == 0)
        baseline.variants["xxt-order/x-fortran"]!["rss_increment"] = increment - GatePolicy.memoryNoiseFloor - 1
        #expect(GateEvaluation(results: results, baseline: baseline).checks.filter { $0.outcome == .regressed }
            .map { "\($0.variant) \($0.metric ?? "")" } == ["xxt-order/x-fortran rss_increment"])
        baseline.variants["xxt-order/x-fortran"]!["rss_increment"] = increment
        baseline.variants[key]!["peak_increment"]! += 8
        #expect(GateEvaluation(results: results, baseline: baseline).checks.filter { $0.outcome == .improved }.map(\.metric) == ["peak_increment"])
        baseline.variants[key]!["peak_increment"]! -= 8
        baseline.variants[key]!["wall_time"]! /= 2
        #expect(GateEvaluation(results: results, baseline: baseline).count(.regressed) == 0)
        var timed = GatePolicy.standard
        try timed.apply("time=20%")
        #expect(GateEvaluation(results: results, baseline: baseline, policy: timed).checks
            .filter { $0.outcome == .regressed }.map(\.metric) == ["wall_time"])
    }

    @Test("limits are absolute, checked without a baseline")
    func limits() throws {
        var results = try Fixture.results()
        let index = results.scenarios[0].variants.firstIndex { $0.name == "x-fortran" }!
        results.scenarios[0].variants[index].limits = ["peak_increment": 4_079_999]
        let exceeded = GateEvaluation(results: results, baseline: nil)
        #expect(exceeded.checks.filter { $0.outcome == .limitExceeded }.map(\.variant) == ["xxt-order/x-fortran"])
        results.scenarios[0].variants[index].limits = ["peak_increment": 4_080_000]
        #expect(GateEvaluation(results: results, baseline: nil).count(.limitExceeded) == 0)
    }

    @Test("a variant missing from the results fails; a new one passes")
    func missingAndNew() throws {
        var results = try Fixture.results()
        let baseline = Baseline(results: results)
        results.scenarios[0].variants.removeAll { $0.name == "x-fortran" || $0.name == "too-big" }
        let missing = GateEvaluation(results: results, baseline: baseline)
        #expect(missing.checks.filter { $0.outcome == .missing }.map(\.variant) == ["xxt-order/x-fortran"])
        var fewer = baseline
        fewer.variants["xxt-order/both-c"] = nil
        let full = try Fixture.results()
        let withNew = GateEvaluation(results: full, baseline: fewer)
        #expect(withNew.checks.filter { $0.outcome == .new }.map(\.variant) == ["xxt-order/both-c"])
        #expect(withNew.verdict.hasSuffix(" improvements, 1 new variant (not in the baseline)"), "\(withNew.verdict)")
    }

    @Test("a filtered run is gated on what its --filter selected; the rest of the baseline is counted as not run")
    func filteredRun() throws {
        var results = try Fixture.results()
        let baseline = Baseline(results: results)
        results.scenarios[0].variants.removeAll { $0.name != "x-fortran" }
        results.options.filters = ["x-*"]
        let filtered = GateEvaluation(results: results, baseline: baseline)
        #expect(filtered.passed)
        #expect(filtered.count(.missing) == 0)
        #expect(filtered.unselected == baseline.variants.keys.filter { $0 != "xxt-order/x-fortran" }.sorted())
        #expect(filtered.verdict.hasSuffix(", \(filtered.unselected.count) baseline variants not run (filtered out or scenario not run)"))
        // A variant the filters select but the results lack is still missing.
        results.options.filters = ["x-*", "xxt-order/both-*"]
        let selected = GateEvaluation(results: results, baseline: baseline)
        #expect(selected.checks.filter { $0.outcome == .missing }.map(\.variant) == ["xxt-order/both-c", "xxt-order/both-fortran-numpy2"])
        #expect(selected.unselected.isEmpty)
    }

    @Test("merging filtered runs joins their filters; an unfiltered input adds its scenarios")
    func mergedFilters() throws {
        var a = try Fixture.results(), b = try Fixture.results()
        #expect(ResultsMerge.mergedFilters([a, b]) == nil)
        a.options.filters = ["x-*", "both-c"]
        b.options.filters = ["both-c", "y-*"]
        #expect(ResultsMerge.mergedFilters([a, b]) == ["x-*", "both-c", "y-*"])
        b.options.filters = nil
        #expect(ResultsMerge.mergedFilters([a, b]) == ["x-*", "both-c", "xxt-order/*"])
    }

    @Test("--engine both: NumPy's figures are gated as SCENARIO/VARIANT@numpy, and the engine is part of the machine class")
    func numpyEngine() throws {
        var results = try Fixture.results()
        let swiftOnly = Baseline(results: results)
        #expect(swiftOnly.machineClass.engine == "swift")
        var numpy = NumpyEngineResult(skipped: "placeholder")
        numpy.status = .ok
        numpy.skipReason = nil
        numpy.figures = ["peak_increment": 4_080_072, "retained": 80_000]
        results.scenarios[0].variants[1].numpy = numpy
        #expect(MachineClass(results).engine == "both")
        #expect(swiftOnly.incompatibility(with: results)?.contains("machine class Linux/x86_64/swift") == true)
        var baseline = Baseline(results: results)
        #expect(baseline.variants["xxt-order/x-fortran@numpy"] == ["peak_increment": 4_080_072, "retained": 80_000])
        baseline.variants["xxt-order/x-fortran@numpy"]!["peak_increment"]! -= 72
        let regressions = GateEvaluation(results: results, baseline: baseline).checks.filter { $0.outcome == .regressed }
        #expect(regressions.map(\.variant) == ["xxt-order/x-fortran@numpy"])
        #expect(regressions.map(\.metric) == ["peak_increment"])
    }

    @Test("a baseline for another scale, machine class or parameters is refused")
    func compatibility() throws {
        let results = try Fixture.results()
        var baseline = Baseline(results: results)
        #expect(baseline.incompatibility(with: results) == nil)
        baseline.scale = "doc"
        #expect(baseline.incompatibility(with: results) == "the baseline is for scale 'doc', the results are at scale 'quick'")
        baseline.scale = "quick"
        baseline.machineClass.architecture = "aarch64"
        #expect(baseline.incompatibility(with: results)?.contains("machine class Linux/aarch64/swift") == true)
        baseline.machineClass.architecture = "x86_64"
        baseline.parameters["xxt-order"]!["n"] = .int(200)
        #expect(baseline.incompatibility(with: results)?.hasPrefix("scenario xxt-order ran with parameters") == true)
    }

    @Test("the baseline round-trips through its file, written atomically; a missing file is .missing")
    func baselineFile() throws {
        let directory = try Fixture.TemporaryDirectory()
        let path = directory.url.appendingPathComponent("baseline.json").path
        let baseline = Baseline(results: try Fixture.results())
        try baseline.write(to: path)
        #expect(try Baseline.load(from: path) == baseline)
        #expect(baseline.variants.count == 3)  // the failed variant has no figures
        #expect(baseline.versions["openblas"] == "0.3.21")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["baseline.json"])
        #expect(throws: Baseline.LoadError.self) { try Baseline.load(from: directory.url.appendingPathComponent("none.json").path) }
    }

    @Test("a file of another schema is named by its schema, not by its first missing field")
    func schemaFirst() throws {
        let directory = try Fixture.TemporaryDirectory()
        let baselinePath = directory.url.appendingPathComponent("baseline.json").path
        try Baseline(results: try Fixture.results()).write(to: baselinePath)
        let resultsPath = directory.url.appendingPathComponent("results.json").path
        try Fixture.results().write(to: resultsPath)
        func message(_ load: () throws -> Any) -> String {
            do { _ = try load(); return "loaded" } catch { return "\(error)" }
        }
        #expect(message { try ResultsFile.load(from: baselinePath) }
            == "\(baselinePath): not a peakmem results file (schema 'peakmem-baseline/1', expected 'peakmem-results/1')")
        #expect(message { try Baseline.load(from: resultsPath) }
            == "\(resultsPath) is not a peakmem baseline: schema 'peakmem-results/1', expected 'peakmem-baseline/1'")
        for (text, problem) in [("{\"schema\": \"x\"}", "schema 'x', expected 'peakmem-results/1'"), ("{}", "no 'schema' (expected 'peakmem-results/1')"),
                                ("[1]", "not a JSON object with a 'schema'"), ("{", "invalid JSON")] {
            try text.write(toFile: resultsPath, atomically: true, encoding: .utf8)
            #expect(message { try ResultsFile.load(from: resultsPath) } == "\(resultsPath): not a peakmem results file (\(problem))")
        }
    }

    @Test("JUnit: one test case per variant (checks as properties) and per expectation, time set, nothing skipped")
    func junit() throws {
        let results = try Fixture.results()
        var baseline = Baseline(results: results)
        baseline.variants["xxt-order/both-c"]!["retained"]! -= 8
        let evaluation = GateEvaluation(results: results, baseline: baseline)
        let xml = JUnitReport(evaluation: evaluation, results: results).render()
        let census = try XMLCensus(xml)
        let variants = results.scenarios[0].variants, expectations = variants.flatMap(\.expectations)
        #expect(expectations.count > 0)
        #expect(census.counts["testcase"] == variants.count + expectations.count)
        #expect(census.counts["property"] == evaluation.checks.count)
        // The retained regression of both-c, the failed run of too-big, and no failed expectation.
        #expect(census.counts["failure"] == 2 + expectations.filter { !$0.passed }.count)
        #expect(census.counts["skipped"] == nil)
        let time = String(format: "%.6f", variants[0].runs.map(\.time.wall).reduce(0, +))
        #expect(xml.contains("<testcase classname=\"xxt-order\" name=\"both-c\" time=\"\(time)\">"))
        #expect(xml.contains("<failure type=\"regressed\" message=\"1 check failed\">retained (baseline): regressed: "))
        let claim = expectations[0]
        #expect(xml.contains("name=\"\(variants.first { !$0.expectations.isEmpty }!.name): expect \(claim.metric.rawValue) \(SVGDocument.escape(claim.comparison))"))
    }

    @Test("compare lists each changed figure with its change")
    func comparison() throws {
        let results = try Fixture.results()
        var old = FigureTable(results)
        old.variants["xxt-order/both-c"]!["peak_increment"] = 40_000
        let comparison = ResultsComparison(old: old, new: FigureTable(results))
        #expect(comparison.changed.map(\.figure) == ["peak_increment"])
        #expect(comparison.changed.first?.formattedDelta == "+40,000 B")
        let markdown = comparison.markdown(oldLabel: "old.json", newLabel: "new.json")
        #expect(markdown.contains("| `xxt-order/both-c` | peak_increment | exact | 40,000 B | 80,000 B | +40,000 B | +100.0 % | worse |"))
    }

    @Test("shards cover every variant exactly once, in contiguous runs")
    func shards() throws {
        for total in [1, 2, 7, 8, 13] {
            for count in 1...5 {
                let shards = (1...count).map { Shard(index: $0, count: count)! }
                var owners: [Int] = []
                for position in 0..<total {
                    let owning = shards.filter { $0.owns(position: position, of: total) }
                    #expect(owning.count == 1)
                    owners.append(owning.first?.index ?? 0)
                }
                #expect(owners == owners.sorted())
            }
        }
        #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
        #expect(Shard(parsing: "0/3") == nil)
        #expect(Shard(parsing: "4/3") == nil)
        #expect(Shard(parsing: "1/") == nil)
    }
}
