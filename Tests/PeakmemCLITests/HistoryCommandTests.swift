import Foundation
import Testing

/// `peakmem history` end to end, on throwaway git repositories: recording over commits,
/// `show`, `compare`, `export`, `prune`, `report --history` and `find`.
@Suite("peakmem history (end to end)")
struct HistoryCommandTests {
    /// The scenario at step `step` of the acceptance history: steps 1–2 double X in one
    /// allocation; step 3 adds a temporary (X + 0.0, 80,000 bytes, below the 256 KiB elision
    /// threshold, so it is allocated); steps 4–5 change the title only. Both variants compute
    /// 2·X, so they agree.
    static func growthScenario(step: Int) -> String {
        """
        scenario: growth
        title: Step \(step)
        setup: |
          X = np.ones((100, 100))
        result: Y
        variants:
          scaled:
            run: \(step >= 3 ? "Y = (X + 0.0) * 2.0" : "Y = X * 2.0")
          sum:
            run: Y = X + X
        """
    }

    /// Runs peakmem in `repository`, expecting exit status `status`.
    @discardableResult
    static func peakmem(_ arguments: [String], in repository: ThrowawayRepository, status: Int32 = 0,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> PeakmemProcess.Outcome {
        let outcome = try PeakmemProcess.run(arguments, in: repository.url)
        #expect(outcome.status == status, "peakmem \(arguments.joined(separator: " ")): \(outcome.standardError)", sourceLocation: sourceLocation)
        return outcome
    }

    @Test("acceptance: five commits, one adds a temporary; show, the trend SVG, history.md and find all name that commit")
    func acceptance() throws {
        let repository = try ThrowawayRepository()
        for step in 1...5 {
            try repository.write("scenarios/growth.yaml", Self.growthScenario(step: step))
            try repository.commit("step \(step)")
            try Self.peakmem(["run", "--repeat", "1", "scenarios", "--json", "results-\(step).json", "--no-report", "--quiet"], in: repository)
            let recorded = try Self.peakmem(["history", "record", "results-\(step).json"], in: repository)
            #expect(recorded.standardOutput.hasPrefix("recorded run #\(step): \(repository.commits[step - 1].prefix(10)) step \(step) — Linux/"))
        }
        let jump = repository.commits[2]

        // show: five entries, the jump (80,000 → 160,000 bytes) at the third commit only.
        let show = try Self.peakmem(["history", "show", "growth/scaled"], in: repository).standardOutput
        let rows = show.split(separator: "\n").filter { $0.hasPrefix(" #") }.map(String.init)
        #expect(rows.count == 5, "\(show)")
        for (index, row) in rows.enumerated() {
            #expect(row.contains(repository.commits[index].prefix(10)), "\(row)")
            #expect(row.contains(index < 2 ? " 80,000 B" : " 160,000 B"), "\(row)")
            #expect(row.hasSuffix("+80,000 B  ◀ changed") == (index == 2), "\(row)")
        }
        let unchanged = try Self.peakmem(["history", "show", "growth/sum"], in: repository).standardOutput
        #expect(!unchanged.contains("◀"), "\(unchanged)")
        #expect(unchanged.contains("5 runs, 0 changes"))

        // The trend SVG marks the jump's commit and no other; history.md lists the change with it.
        try Self.peakmem(["report", "results-5.json", "--history", "-o", "report"], in: repository)
        let report = repository.url.appendingPathComponent("report")
        let svg = try String(contentsOf: report.appendingPathComponent("charts/history/growth-scaled-peak_increment.svg"), encoding: .utf8)
        #expect(svg.contains(">changed at \(jump.prefix(10))<"))
        #expect(svg.components(separatedBy: ">changed at ").count == 2, "one marked commit")
        let rss = try String(contentsOf: report.appendingPathComponent("charts/history/growth-scaled-rss_peak.svg"), encoding: .utf8)
        #expect(rss.contains(">changed at \(jump.prefix(10))<"))
        let sum = try String(contentsOf: report.appendingPathComponent("charts/history/growth-sum-peak_increment.svg"), encoding: .utf8)
        #expect(!sum.contains("changed at"))
        let page = try String(contentsOf: report.appendingPathComponent("history.md"), encoding: .utf8)
        #expect(page.contains("| `growth/scaled` | peak_increment | `\(jump.prefix(10))` | 2026-01-03 | step 3 | 80,000 B | 160,000 B | +80,000 B |"), "\(page)")
        #expect(page.contains("| `growth/scaled` | temporaries | `\(jump.prefix(10))` |"))
        #expect(!page.contains("`growth/sum` |"), "sum never changed")
        let index = try String(contentsOf: report.appendingPathComponent("REPORT.md"), encoding: .utf8)
        #expect(index.contains("[history.md](history.md): 5 recorded runs of Linux/"))

        // find bisects the five commits in worktrees of each revision and names the third.
        let find = try Self.peakmem(["history", "find", "growth/scaled", "--metric", "peak_increment",
                                     "\(repository.commits[0])..\(repository.commits[4])"], in: repository)
        #expect(find.standardOutput.split(separator: "\n").last == "first commit where peak_increment changed: \(jump) step 3 (80,000 B → 160,000 B)",
                "\(find.standardOutput)")
        #expect(try repository.git(["worktree", "list"]).split(separator: "\n").count == 1, "the temporary worktrees are gone")
        let same = try Self.peakmem(["history", "find", "growth/sum", "HEAD~4..HEAD"], in: repository, status: 1)
        #expect(same.standardOutput.contains("nothing to find"))
    }

    @Test("history compare prints what compare prints on the two results files; export holds every figure")
    func compareAndExport() throws {
        let repository = try ThrowawayRepository()
        for step in [2, 3] {
            try repository.write("scenarios/growth.yaml", Self.growthScenario(step: step))
            try repository.commit("step \(step)")
            try Self.peakmem(["run", "scenarios", "--repeat", "1", "--json", "r\(step).json", "--no-report", "--quiet", "--record"], in: repository)
        }
        let files = try Self.peakmem(["compare", "r2.json", "r3.json", "--all"], in: repository)
        let stored = try Self.peakmem(["history", "compare", "HEAD~1", "HEAD", "--all"], in: repository)
        // The store keeps figures, not peak anatomies: compare on the files adds the line naming
        // the allocation behind the rise (docs/baseline-format.md), history compare cannot.
        func withoutExplanations(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(" rose: ") }.joined(separator: "\n")
        }
        #expect(stored.standardOutput == withoutExplanations(files.standardOutput))
        #expect(files.standardOutput.contains("growth/scaled rose: new "), "\(files.standardOutput)")
        #expect(files.standardOutput.contains("growth/scaled  peak_increment"))
        let byID = try Self.peakmem(["history", "compare", "#1", "#2"], in: repository)
        #expect(byID.standardOutput == withoutExplanations((try Self.peakmem(["compare", "r2.json", "r3.json"], in: repository)).standardOutput))
        try Self.peakmem(["history", "compare", "#1", "#7"], in: repository, status: 2)

        let export = try Self.peakmem(["history", "export"], in: repository)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "peakmem-history-export/1")
        let runs = try #require(document["runs"] as? [[String: Any]])
        #expect(runs.count == 2)
        for (run, step) in zip(runs, [2, 3]) {
            let results = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repository.url.appendingPathComponent("r\(step).json"))) as? [String: Any])
            let variants = try #require(((results["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
            #expect((run["options"] as? [String: Any])?["repeats"] as? Int == 1)
            let exported = try #require(run["figures"] as? [String: [String: Double]])
            for variant in variants {
                let name = try #require(variant["name"] as? String)
                var expected = try #require(variant["figures"] as? [String: Double])
                expected["wall_time"] = (variant["wall_time"] as? [String: Double])?["median"]
                expected["cpu_time"] = (variant["cpu_time"] as? [String: Double])?["median"]
                #expect(exported["growth/\(name)"] == expected)
            }
        }
        let csv = try Self.peakmem(["history", "export", "--format", "csv", "--variant", "scaled", "--metric", "peak_increment"], in: repository)
        let lines = csv.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("1,\(repository.commits[0]),2026-01-01T12:00:00+00:00,step 2,main,false,Linux,"))
        #expect(lines[1].hasSuffix(",growth/scaled,peak_increment,80000"))
        #expect(lines[2].hasSuffix(",growth/scaled,peak_increment,160000"))
    }

    @Test("prune deletes by age, dirtiness and id; --dry-run deletes nothing; list shows what is left")
    func prune() throws {
        let repository = try ThrowawayRepository()
        try repository.write("scenarios/growth.yaml", Self.growthScenario(step: 1))
        try repository.commit("step 1")
        try Self.peakmem(["run", "--repeat", "1", "scenarios", "--json", "r.json", "--no-report", "--quiet"], in: repository)
        for step in 2...4 {
            try repository.write("notes.txt", "step \(step)")
            try repository.commit("step \(step)")
            try Self.peakmem(["history", "record", "r.json"], in: repository)
        }
        try repository.write("notes.txt", "uncommitted")
        let dirty = try Self.peakmem(["history", "record", "r.json"], in: repository)
        #expect(dirty.standardOutput.contains(" (dirty) step 4"))
        try Self.peakmem(["history", "prune"], in: repository, status: 2)
        let dry = try Self.peakmem(["history", "prune", "--keep-last", "1", "--dry-run"], in: repository)
        #expect(dry.standardOutput.hasSuffix("2 of 4 runs would be deleted\n"), "\(dry.standardOutput)")
        try Self.peakmem(["history", "prune", "--dirty"], in: repository)
        try Self.peakmem(["history", "prune", "--run", "1"], in: repository)
        let list = try Self.peakmem(["history", "list"], in: repository).standardOutput
        #expect(list.split(separator: "\n").filter { $0.hasPrefix(" #") }.map { $0.prefix(3) } == [" #2", " #3"], "\(list)")
        #expect(list.hasSuffix("2 runs (+ after a commit: recorded with uncommitted changes)\n"))
    }

    @Test("gate --record records the results it checked, with the gate's verdict unchanged")
    func gateRecords() throws {
        let repository = try ThrowawayRepository()
        try repository.write("scenarios/growth.yaml", Self.growthScenario(step: 1))
        let hash = try repository.commit("step 1")
        try Self.peakmem(["run", "--repeat", "1", "scenarios", "--json", "r.json", "--no-report", "--quiet"], in: repository)
        try Self.peakmem(["baseline", "update", "r.json", "--baseline", "baseline.json"], in: repository)
        let gate = try Self.peakmem(["gate", "r.json", "--baseline", "baseline.json", "--record"], in: repository)
        #expect(gate.standardError.contains("recorded run #1 at \(hash.prefix(10)) in .peakmem/history.sqlite"), "\(gate.standardError)")
        let show = try Self.peakmem(["history", "show", "growth/scaled"], in: repository).standardOutput
        #expect(show.contains(" #1  \(hash.prefix(10))  2026-01-01  main    step 1"), "\(show)")
        #expect(show.contains("80,000 B"))
    }

    @Test("outside a git repository, recording fails before running (exit 2); a bad store path too")
    func badInput() throws {
        let directory = try CheckCommandTests.Directory(["s.yaml": Self.growthScenario(step: 1)])
        let outside = try PeakmemProcess.run(["run", "--repeat", "1", "s.yaml", "--record", "--no-report"], in: directory.url)
        #expect(outside.status == 2)
        #expect(outside.standardError.contains("cannot read the git commit of ."), "\(outside.standardError)")
        #expect(outside.standardOutput.isEmpty, "nothing ran")
        let repository = try ThrowawayRepository()
        try repository.write("store", "a file where the store's directory should be")
        try repository.commit("one")
        let store = try Self.peakmem(["history", "list", "--store", "store/history.sqlite"], in: repository, status: 2)
        #expect(store.standardError.hasPrefix("peakmem: error: cannot open the history store store/history.sqlite"), "\(store.standardError)")
        let unknown = try Self.peakmem(["history", "show", "nope/none"], in: repository, status: 2)
        #expect(unknown.standardError.contains("no variant 'nope/none' recorded"))
    }
}
