import Foundation
import Testing

/// `peakmem gate`, `baseline update`, `report`, `compare`, `run --shard` and `merge` end to end.
@Suite("peakmem gate, baseline, report, compare, shards (end to end)")
struct GateCommandTests {
    /// Three ways to double a 1000×1000 float64 array (8,000,000 bytes); `copy` has a limit.
    static func scenario(limit: String) -> String {
        """
        scenario: doubling
        title: Doubling an array
        params:
          n: {quick: 1000, doc: 2000}
        setup: |
          X = np.ones((n, n))
        result: Y
        reference: copy
        variants:
          copy:
            run: Y = X * 2.0
          inplace:
            run: |
              Y = X.copy()
              Y *= 2.0
          chain:
            run: Y = (X + 1.0) * 2.0 - 2.0
        limits:
          copy: {peak_increment: \(limit)}
        """
    }

    typealias Directory = CheckCommandTests.Directory

    /// A directory with the scenario, its results `r.json` and baseline `b.json`.
    static func prepared(limit: String = "16 MB") throws -> Directory {
        let directory = try Directory(["doubling.yaml": scenario(limit: limit)])
        let run = try PeakmemProcess.run(["run", "doubling.yaml", "--json", "r.json", "--out", "rep", "--quiet"], in: directory.url)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let update = try PeakmemProcess.run(["baseline", "update", "r.json", "--baseline", "b.json"], in: directory.url)
        #expect(update.status == 0, "stderr: \(update.standardError)")
        #expect(update.standardOutput.hasPrefix("wrote b.json: 3 variants, scale quick, machine class Linux/"))
        return directory
    }

    static func editJSON(_ url: URL, _ edit: (inout [String: Any]) -> Void) throws {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
    }

    @Test("run writes the report; the gate passes unchanged results, fails a lowered exact figure naming variant and metric")
    func lowered() throws {
        let directory = try Self.prepared()
        let report = try FileManager.default.contentsOfDirectory(atPath: directory.url.appendingPathComponent("rep").path).sorted()
        #expect(report == ["REPORT.md", "charts", "doubling.md", "results.json"])
        let pass = try PeakmemProcess.run(["gate", "--baseline", "b.json", "r.json", "--junit", "j.xml", "--markdown", "g.md"], in: directory.url)
        #expect(pass.status == 0, "\(pass.standardOutput)\(pass.standardError)")
        #expect(pass.standardOutput.hasPrefix("PASSED: "))
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("j.xml").path))
        let markdown = try String(contentsOf: directory.url.appendingPathComponent("g.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("## peakmem gate: ✅ PASSED"))
        // On a pass, the current exact peaks: doubling/copy allocates one 1000×1000 float64 array.
        #expect(markdown.contains("Current exact peak increments:\n\n| variant | exact peak increment | baseline |"), "\(markdown)")
        #expect(markdown.contains("| `doubling/copy` | 8,000,000 B | 8,000,000 B |"), "\(markdown)")

        try FileManager.default.copyItem(at: directory.url.appendingPathComponent("b.json"), to: directory.url.appendingPathComponent("lowered.json"))
        try Self.editJSON(directory.url.appendingPathComponent("lowered.json")) { baseline in
            var variants = baseline["variants"] as! [String: [String: Double]]
            variants["doubling/inplace"]!["peak_increment"]! -= 8
            baseline["variants"] = variants
        }
        let summary = directory.url.appendingPathComponent("step-summary.md")
        try "# earlier step\n".write(to: summary, atomically: true, encoding: .utf8)
        let fail = try PeakmemProcess.run(["gate", "--baseline", "lowered.json", "r.json", "--junit", "j.xml"], in: directory.url,
                                          environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(fail.status == 1)
        let appended = try String(contentsOf: summary, encoding: .utf8)
        #expect(appended.hasPrefix("# earlier step\n## peakmem gate: ❌ FAILED: "))
        #expect(appended.contains("| ❌ regressed | `doubling/inplace` | peak_increment | "))
        let lines = fail.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("regressed  doubling/inplace  peak_increment") && $0.hasSuffix("rose by +8 B, tolerance 0 B") },
                "\(fail.standardOutput)")
        #expect(lines.last?.hasPrefix("FAILED: ") == true)
        let junit = try String(contentsOf: directory.url.appendingPathComponent("j.xml"), encoding: .utf8)
        #expect(junit.contains("<testcase classname=\"doubling\" name=\"inplace\" time=\""), "\(junit)")
        #expect(junit.contains("<failure type=\"regressed\" message=\"1 check failed\">peak_increment (baseline): regressed: "), "\(junit)")
        #expect(!junit.contains("skipped"))
    }

    @Test("limits: one below the measured peak fails (also without a baseline), one above passes")
    func limits() throws {
        let tight = try Self.prepared(limit: "7 MB")
        let fail = try PeakmemProcess.run(["gate", "--baseline", "b.json", "r.json"], in: tight.url)
        #expect(fail.status == 1)
        #expect(fail.standardOutput.contains("limit_exceeded  doubling/copy  peak_increment  7,000,000 B (limit)  8,000,000 B"), "\(fail.standardOutput)")
        let noBaseline = try PeakmemProcess.run(["gate", "--baseline", "none.json", "r.json"], in: tight.url)
        #expect(noBaseline.status == 1)
        #expect(noBaseline.standardOutput.contains("limit_exceeded  doubling/copy"))

        let loose = try Self.prepared(limit: "9 MB")
        let pass = try PeakmemProcess.run(["gate", "--baseline", "b.json", "r.json"], in: loose.url)
        #expect(pass.status == 0, "\(pass.standardOutput)")
    }

    @Test("exit 3 for a missing baseline or one of another scale or machine class; exit 2 for bad input and usage")
    func exitCodes() throws {
        let directory = try Self.prepared()
        let missing = try PeakmemProcess.run(["gate", "--baseline", "none.json", "r.json"], in: directory.url)
        #expect(missing.status == 3)
        #expect(missing.standardError.contains("baseline none.json does not exist"))
        let summarized = try PeakmemProcess.run(["gate", "--baseline", "none.json", "r.json", "--markdown", "none.md"], in: directory.url)
        #expect(summarized.status == 3)
        let summary = try String(contentsOf: directory.url.appendingPathComponent("none.md"), encoding: .utf8)
        #expect(summary.hasPrefix("## peakmem gate: ❌ no baseline\n\nbaseline none.json does not exist"), "\(summary)")
        #expect(summary.contains("The scenarios' limits alone: PASSED: "), "\(summary)")
        let noRun = try PeakmemProcess.run(["gate", "--baseline", "none.json"], in: directory.url)
        #expect(noRun.status == 3)
        #expect(noRun.standardError == "peakmem gate: baseline none.json does not exist (create it with `peakmem baseline update`)\n")
        #expect(noRun.standardOutput.isEmpty)

        try FileManager.default.copyItem(at: directory.url.appendingPathComponent("b.json"), to: directory.url.appendingPathComponent("doc.json"))
        try Self.editJSON(directory.url.appendingPathComponent("doc.json")) { $0["scale"] = "doc" }
        let scale = try PeakmemProcess.run(["gate", "--baseline", "doc.json", "r.json"], in: directory.url)
        #expect(scale.status == 3)
        #expect(scale.standardError.contains("the baseline is for scale 'doc', the results are at scale 'quick'"))
        let scaleSummary = try PeakmemProcess.run(["gate", "--baseline", "doc.json", "r.json", "--markdown", "doc.md"], in: directory.url)
        #expect(scaleSummary.status == 3)
        #expect(try String(contentsOf: directory.url.appendingPathComponent("doc.md"), encoding: .utf8)
            == "## peakmem gate: ❌ baseline not comparable\n\nCannot use `doc.json`: the baseline is for scale 'doc', the results are at scale 'quick'.\n")
        try FileManager.default.copyItem(at: directory.url.appendingPathComponent("b.json"), to: directory.url.appendingPathComponent("arm.json"))
        try Self.editJSON(directory.url.appendingPathComponent("arm.json")) { baseline in
            var machineClass = baseline["machine_class"] as! [String: String]
            machineClass["architecture"] = "aarch64"
            baseline["machine_class"] = machineClass
        }
        let arm = try PeakmemProcess.run(["gate", "--baseline", "arm.json", "r.json"], in: directory.url)
        #expect(arm.status == 3)
        #expect(arm.standardError.hasPrefix("peakmem gate: cannot use arm.json: the baseline is for machine class Linux/aarch64/swift, the results come from Linux/"),
                "\(arm.standardError)")

        try "not json".write(to: directory.url.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let badResults = try PeakmemProcess.run(["gate", "--baseline", "b.json", "bad.json"], in: directory.url)
        #expect(badResults.status == 2)
        #expect(badResults.standardError.hasPrefix("peakmem: error: bad.json: not a peakmem results file"))
        let badBaseline = try PeakmemProcess.run(["gate", "--baseline", "bad.json", "r.json"], in: directory.url)
        #expect(badBaseline.status == 2)
        #expect(badBaseline.standardError == "peakmem: error: bad.json is not a peakmem baseline: invalid JSON\n")
        let unknownMetric = try PeakmemProcess.run(["gate", "--baseline", "b.json", "r.json", "--tolerance", "speed=1"], in: directory.url)
        #expect(unknownMetric.status == 2)
        #expect(unknownMetric.standardError.hasPrefix("peakmem: error: --tolerance: unknown metric 'speed' (one of peak_increment, "), "\(unknownMetric.standardError)")
        let badTolerance = try PeakmemProcess.run(["gate", "--baseline", "b.json", "r.json", "--tolerance", "rss=much"], in: directory.url)
        #expect(badTolerance.status == 2)
        #expect(badTolerance.standardError == "peakmem: error: --tolerance rss: 'much' is not a tolerance (10%, 4096, 1MiB, 20ms, 10%,1MiB or off)\n")
        let unknownOption = try PeakmemProcess.run(["gate", "--no-such-option"], in: directory.url)
        #expect(unknownOption.status == 2)
        #expect(unknownOption.standardError.hasPrefix("Error: Unknown option '--no-such-option'\n"), "\(unknownOption.standardError)")
        let badShard = try PeakmemProcess.run(["run", "doubling.yaml", "--shard", "3/2"], in: directory.url)
        #expect(badShard.status == 2)
        #expect(badShard.standardError.hasPrefix("Error: The value '3/2' is invalid for '--shard <i/n>'\n"), "\(badShard.standardError)")
        let badReport = try PeakmemProcess.run(["report", "bad.json", "-o", "x"], in: directory.url)
        #expect(badReport.status == 2)
        #expect(badReport.standardError == "peakmem: error: bad.json: not a peakmem results file (invalid JSON)\n")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("x").path))
    }

    @Test("baseline update refuses a failed variant (exit 1), a shard's results and --repeat 0 (exit 2), writing nothing")
    func baselineRefusals() throws {
        let directory = try Self.prepared()
        try FileManager.default.copyItem(at: directory.url.appendingPathComponent("r.json"), to: directory.url.appendingPathComponent("failed.json"))
        try Self.editJSON(directory.url.appendingPathComponent("failed.json")) { object in
            var scenarios = object["scenarios"] as! [[String: Any]]
            var variants = scenarios[0]["variants"] as! [[String: Any]]
            variants[1]["status"] = "failed"
            scenarios[0]["variants"] = variants
            object["scenarios"] = scenarios
        }
        let failed = try PeakmemProcess.run(["baseline", "update", "failed.json", "--baseline", "nb.json"], in: directory.url)
        #expect(failed.status == 1)
        #expect(failed.standardError == "peakmem baseline update: not recording a baseline with failed or disagreeing variants: doubling/inplace\n")

        try FileManager.default.copyItem(at: directory.url.appendingPathComponent("r.json"), to: directory.url.appendingPathComponent("shard.json"))
        try Self.editJSON(directory.url.appendingPathComponent("shard.json")) { object in
            var options = object["options"] as! [String: Any]
            options["shard"] = "1/2"
            object["options"] = options
        }
        let shard = try PeakmemProcess.run(["baseline", "update", "shard.json", "--baseline", "nb.json"], in: directory.url)
        #expect(shard.status == 2)
        #expect(shard.standardError == "peakmem: error: shard.json holds only shard 1/2 of the variants: merge every shard (peakmem merge) or pass --allow-partial\n")

        let zero = try PeakmemProcess.run(["baseline", "update", "--repeat", "0", "--baseline", "nb.json"], in: directory.url)
        #expect(zero.status == 2)
        #expect(zero.standardError.hasPrefix("Error: --repeat must be at least 1\n"), "\(zero.standardError)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("nb.json").path))
        // run and memit share the option and its check (MeasurementOptions).
        for arguments in [["memit", "Y = 1", "-r", "0"], ["run", "doubling.yaml", "--repeat", "0", "--no-report"]] {
            let usage = try PeakmemProcess.run(arguments, in: directory.url)
            #expect(usage.status == 2)
            #expect(usage.standardError.hasPrefix("Error: --repeat must be at least 1\n"), "\(arguments): \(usage.standardError)")
        }
    }

    @Test("unchanged code passes the gate 10 times in a row, each time running the scenario afresh")
    func tenRuns() throws {
        let directory = try Self.prepared()
        for attempt in 1...10 {
            let gate = try PeakmemProcess.run(["gate", "--baseline", "b.json", "--quiet", "--no-progress"], in: directory.url)
            #expect(gate.status == 0, "attempt \(attempt): \(gate.standardOutput)\(gate.standardError)")
            #expect(gate.standardOutput.contains(" 0 regressions"), "attempt \(attempt): \(gate.standardOutput)")
        }
    }

    @Test("a run with --filter records its filters and gates on the variants it selected")
    func filtered() throws {
        let directory = try Self.prepared()
        let run = try PeakmemProcess.run(["run", "doubling.yaml", "--filter", "c*", "--json", "f.json", "--no-report", "--quiet"], in: directory.url)
        #expect(run.status == 0, "\(run.standardError)")
        let results = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.url.appendingPathComponent("f.json"))) as! [String: Any]
        #expect((results["options"] as! [String: Any])["filters"] as? [String] == ["c*"])
        let gate = try PeakmemProcess.run(["gate", "--baseline", "b.json", "f.json"], in: directory.url)
        #expect(gate.status == 0, "\(gate.standardOutput)\(gate.standardError)")
        #expect(gate.standardOutput.contains("1 baseline variant not run (filtered out or scenario not run)"), "\(gate.standardOutput)")
        // A baseline of a filtered run records the filters; the gate runs the same selection.
        let partial = try PeakmemProcess.run(["baseline", "update", "f.json", "--baseline", "fb.json"], in: directory.url)
        #expect(partial.standardOutput.hasPrefix("wrote fb.json: 2 variants, scale quick, machine class Linux/"))
        #expect(partial.standardOutput.hasSuffix("/swift (only the variants of --filter 'c*')\n"), "\(partial.standardOutput)")
        let rerun = try PeakmemProcess.run(["gate", "--baseline", "fb.json", "--quiet", "--no-progress"], in: directory.url)
        #expect(rerun.status == 0, "\(rerun.standardOutput)\(rerun.standardError)")
        #expect(!rerun.standardOutput.contains("new variant"), "\(rerun.standardOutput)")
        // Results that lose a selected variant still fail as missing.
        try Self.editJSON(directory.url.appendingPathComponent("f.json")) { object in
            var scenarios = object["scenarios"] as! [[String: Any]]
            scenarios[0]["variants"] = (scenarios[0]["variants"] as! [[String: Any]]).filter { $0["name"] as? String != "chain" }
            object["scenarios"] = scenarios
        }
        let lost = try PeakmemProcess.run(["gate", "--baseline", "b.json", "f.json"], in: directory.url)
        #expect(lost.status == 1, "\(lost.standardOutput)")
        let lostLines = lost.standardOutput.split(separator: "\n").map(String.init)
        #expect(lostLines.contains { $0.hasPrefix("missing  doubling/chain  —") && $0.hasSuffix("in the baseline but not in the results") },
                "\(lost.standardOutput)")
        #expect(lostLines.last?.hasPrefix("FAILED: ") == true && lostLines.last?.contains(", 1 missing variant, ") == true, "\(lost.standardOutput)")
    }

    @Test("shards run disjoint shares, merge joins them into what gates like a full run; report and compare read results")
    func shardsAndMerge() throws {
        let directory = try Self.prepared()
        for index in 1...2 {
            let shard = try PeakmemProcess.run(["run", "doubling.yaml", "--shard", "\(index)/2", "--json", "s\(index).json", "--no-report", "--quiet"],
                                               in: directory.url)
            #expect(shard.status == 0, "\(shard.standardError)")
        }
        // A shard gates alone only when asked (--allow-partial): its share is checked, the other
        // shards' variants are not missing.
        let refused = try PeakmemProcess.run(["gate", "--baseline", "b.json", "s2.json"], in: directory.url)
        #expect(refused.status == 2, "\(refused.standardOutput)")
        let alone = try PeakmemProcess.run(["gate", "--baseline", "b.json", "s2.json", "--allow-partial"], in: directory.url)
        #expect(alone.status == 0, "\(alone.standardOutput)")
        let merge = try PeakmemProcess.run(["merge", "s2.json", "s1.json", "-o", "m.json"], in: directory.url)
        #expect(merge.status == 0, "\(merge.standardError)")
        #expect(merge.standardOutput == "merged 2 files into m.json: 1 scenario, 3 variants\n")
        let merged = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.url.appendingPathComponent("m.json"))) as! [String: Any]
        let variants = ((merged["scenarios"] as! [[String: Any]])[0]["variants"] as! [[String: Any]]).map { $0["name"] as! String }
        #expect(variants == ["copy", "inplace", "chain"])
        #expect(try PeakmemProcess.run(["gate", "--baseline", "b.json", "m.json"], in: directory.url).status == 0)
        let overlap = try PeakmemProcess.run(["merge", "s1.json", "s1.json", "-o", "o.json"], in: directory.url)
        #expect(overlap.status == 2)
        #expect(overlap.standardError.contains("shards overlap"))

        let report = try PeakmemProcess.run(["report", "m.json", "-o", "again"], in: directory.url)
        #expect(report.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("again/charts/doubling-peaks.svg").path))
        let compare = try PeakmemProcess.run(["compare", "r.json", "m.json", "--markdown", "c.md"], in: directory.url)
        #expect(compare.status == 0)
        #expect(compare.standardOutput.contains("figures compared"))
        #expect(!compare.standardOutput.contains("peak_increment"), "exact figures do not change: \(compare.standardOutput)")
        #expect(compare.standardError.isEmpty)
        try FileManager.default.copyItem(at: directory.url.appendingPathComponent("b.json"), to: directory.url.appendingPathComponent("doc.json"))
        try Self.editJSON(directory.url.appendingPathComponent("doc.json")) { $0["scale"] = "doc" }
        let scales = try PeakmemProcess.run(["compare", "doc.json", "m.json"], in: directory.url)
        #expect(scales.status == 0)
        #expect(scales.standardError == "peakmem compare: doc.json is at scale 'doc', m.json at 'quick': the figures differ by size too\n")
        // A damaged baseline is reported as the baseline it says it is, not as "not a results file".
        try Self.editJSON(directory.url.appendingPathComponent("doc.json")) { $0["variants"] = "none" }
        let damaged = try PeakmemProcess.run(["compare", "doc.json", "m.json"], in: directory.url)
        #expect(damaged.status == 2)
        #expect(damaged.standardError == "peakmem: error: doc.json is not a peakmem baseline: "
                + "Expected to decode Dictionary<String, Any> but found a string instead at .variants\n")
    }
}
