import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import Testing

@Suite("Reports: Markdown pages, file set, atomic writing")
struct ReportSetTests {
    @Test("the report holds REPORT.md, one page per scenario, a bar chart, a timeline per variant that ran, results.json")
    func fileSet() throws {
        let files = try ReportSet(results: try Fixture.results()).files()
        #expect(files.keys.sorted() == [
            "REPORT.md", "charts/xxt-order-both-c-timeline.svg", "charts/xxt-order-both-fortran-numpy2-timeline.svg",
            "charts/xxt-order-peaks.svg", "charts/xxt-order-x-fortran-timeline.svg", "results.json", "xxt-order.md",
        ])
        let reloaded = try JSONDecoder().decode(RunResults.self, from: Data(files["results.json"]!.utf8))
        #expect(reloaded == (try Fixture.results()))
    }

    @Test("REPORT.md and the scenario page match their golden files")
    func golden() throws {
        let files = try ReportSet(results: try Fixture.results()).files()
        try Fixture.expectGolden(files["REPORT.md"]!, "REPORT.md")
        try Fixture.expectGolden(files["xxt-order.md"]!, "xxt-order.md")
    }

    @Test("an einsum scenario's page lists the recorded paths, one line per distinct call (golden file)")
    func einsumPathsGolden() throws {
        let results = try ResultsFile.load(from: Fixture.directory.appendingPathComponent("einsum-results.json").path)
        let page = try #require(try ReportSet(results: results).files()["einsum-paths.md"])
        try Fixture.expectGolden(page, "einsum-paths.md")
        #expect(page.contains("- `d1-optimal`:\n  - `numpy.einsum('i, jk, i, kj -> k')`, optimal: `['einsum_path', (0, 2), (0, 1), (0, 1)]`, largest intermediate 20 elements (160 B), predicted peak of intermediates 328 B\n"))
        #expect(!page.contains("- `d-via-c`:\n  - "))
        // Results without einsum_paths (written before runs recorded them) decode, with no section.
        #expect(!(try ReportSet(results: try Fixture.results()).files()["xxt-order.md"]!).contains("## Einsum paths"))
    }

    @Test("REPORT.md of a filtered run names its filters")
    func filteredIndex() throws {
        var results = try Fixture.results()
        results.options.filters = ["x-*", "xxt-order/both-c"]
        #expect(IndexPage(results: results).render().contains("\n| variants | only those matching `x-*`, `xxt-order/both-c` |\n"))
        #expect(!IndexPage(results: try Fixture.results()).render().contains("only those matching"))
    }

    @Test("the scenario page has every section, the failure, the documented differences and the unknown figure")
    func scenarioPageContent() throws {
        let page = try ReportSet(results: try Fixture.results()).files()["xxt-order.md"]!
        for heading in ["# xxt-order: ", "## Memory", "## Time and verdicts", "## Documented figures", "## Other figures",
                        "## Exact vs RSS", "## Timelines"] {
            #expect(page.contains("\n" + heading) || page.hasPrefix(heading), "missing \(heading)")
        }
        #expect(!page.contains("## Einsum paths"))
        // x-fortran copies X (100×5000 float64) before the product: exact 4,080,000 B, 4,000,000 B temporaries.
        // The reference's 80,000 B is under the 1 MiB ratio floor: the difference, not 51.00×.
        #expect(page.contains("| `x-fortran` | 4,080,000 B | 4,000,000 B | 80,000 B | 2 | +3.81 MiB |"))
        #expect(page.contains("\n**Finding:** `both-c` needs the least memory (exact peak increment 78.12 KiB) and `x-fortran` the most (3.89 MiB, 3.81 MiB more): at its peak 3.81 MiB of temporaries are live, freed by the end of the run, against 0 B for `both-c`.\n"))
        #expect(page.contains("| `too-big` | numpy-2 | — | — | 0 | — | — | ❌ failed (memory_limit): memory limit exceeded"))
        #expect(page.contains("| `x-fortran` | memit_peak | 867.07 MiB |"))
        #expect(page.contains("381.52 MiB"))  // documented 867.07 − 485.55
        #expect(page.contains("| variant | future_figure |"))
        #expect(page.contains("| `x-fortran` | 4,000,000 B |"))
        // np.memmap's mapped bytes get a column of the memory table when a variant maps a file.
        #expect(page.contains("| memit increment | mapped |"))
        #expect(page.contains("| 45.86 MiB | 4.65 MiB | 4,000,000 B |"))
        #expect(page.contains("- `too-big`: no figures (the run failed)."))
    }

    @Test("each variant's code: the shared setup once, then each run block; ratios above the floor")
    func codeAndRatios() throws {
        var scenario = try Fixture.results().scenarios[0]
        for index in scenario.variants.indices {
            let order = index == 1 ? "X = np.asfortranarray(X)" : nil
            scenario.variants[index].code = VariantCode(setup: ["X = np.ones((100, 5000))"] + (order.map { [$0] } ?? []),
                                                        run: "Y = np.dot(X, X.T)")
        }
        let page = ScenarioPage(scenario: scenario, scale: "quick").render()
        #expect(page.contains("## Code\n\nSetup of every variant (not measured):\n\n```python\nX = np.ones((100, 5000))\n```\n"))
        #expect(page.contains("`both-c` (ref):\n\n```python\nY = np.dot(X, X.T)\n```\n"))
        #expect(page.contains("`x-fortran`:\n\n```python\n# setup (not measured)\nX = np.asfortranarray(X)\n# run (measured)\nY = np.dot(X, X.T)\n```\n"))
        // A reference of at least 1 MiB: ratios.
        scenario.variants[0].figures["peak_increment"] = 2 * 1024 * 1024
        let ratios = ScenarioPage(scenario: scenario, scale: "quick").render()
        #expect(ratios.contains("| 2 | 1.95× |"))  // 4,080,000 B ÷ 2 MiB
    }

    @Test("the einsum-path hook and extra columns appear when given")
    func hooks() throws {
        var hooks = ReportHooks(einsumPaths: { $0.name == "x-fortran" ? ["path [(0, 1)]"] : [] })
        hooks.extraMemoryColumns = [VariantColumn("engine", rightAligned: false) { _, _ in "swift" }]
        let page = ScenarioPage(scenario: try Fixture.results().scenarios[0], scale: "quick", hooks: hooks).render()
        #expect(page.contains("## Einsum paths\n\nThe einsum calls of the measured run"))
        #expect(page.contains("made the call N times.\n\n- `x-fortran`:\n  - path [(0, 1)]\n"))
        #expect(page.contains("| memit increment | mapped | engine |"))
    }

    @Test("writing keeps other files of the directory, leaves no staging directory, replaces old reports")
    func atomicWrite() throws {
        let directory = try Fixture.TemporaryDirectory()
        let baseline = directory.url.appendingPathComponent("baseline.json")
        try Data("{}".utf8).write(to: baseline)
        try Data("old".utf8).write(to: directory.url.appendingPathComponent("REPORT.md"))
        try ReportSet(results: try Fixture.results()).write(to: directory.url.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(names == ["REPORT.md", "baseline.json", "charts", "results.json", "xxt-order.md"])
        #expect(try String(contentsOf: baseline, encoding: .utf8) == "{}")
        #expect(try String(contentsOf: directory.url.appendingPathComponent("REPORT.md"), encoding: .utf8).hasPrefix("# peakmem report"))
    }

    @Test("a write that cannot happen changes nothing and says where")
    func failedWrite() throws {
        let directory = try Fixture.TemporaryDirectory()
        let blocker = directory.url.appendingPathComponent("charts")
        try Data("a file where the charts directory goes".utf8).write(to: blocker)
        #expect(throws: AtomicFileWriter.WriteError.self) {
            try ReportSet(results: try Fixture.results()).write(to: directory.url.path)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(names == ["charts"])
        do { try ReportSet(results: try Fixture.results()).write(to: directory.url.path) } catch {
            #expect("\(error)".hasSuffix(": \(blocker.path) is a file, not a directory"), "\(error)")
        }
    }

    @Test("what stands in the way of a write is found before any work, and named")
    func obstacles() throws {
        let directory = try Fixture.TemporaryDirectory()
        let file = directory.url.appendingPathComponent("file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(AtomicFileWriter.obstacle(toWriting: file + "/sub/r.json") == "cannot write \(file)/sub/r.json: \(file) is a file, not a directory")
        #expect(AtomicFileWriter.obstacle(toWriting: file, asDirectory: true) == "cannot write \(file): \(file) is a file, not a directory")
        #expect(AtomicFileWriter.obstacle(toWriting: directory.url.path) == "cannot write \(directory.url.path): is a directory")
        #expect(AtomicFileWriter.obstacle(toWriting: file) == nil)
        #expect(AtomicFileWriter.obstacle(toWriting: directory.url.path + "/new/deeper/r.json") == nil)
        #expect(AtomicFileWriter.obstacle(toWriting: directory.url.path + "/new", asDirectory: true) == nil)
        // A single file goes into a directory created for it; its error names the file.
        let results = try Fixture.results()
        try ResultsFile.write(results, to: directory.url.path + "/new/r.json")
        #expect(try ResultsFile.load(from: directory.url.path + "/new/r.json") == results)
        #expect(throws: AtomicFileWriter.WriteError(path: file + "/r.json", reason: "\(file) is a file, not a directory")) {
            try ResultsFile.write(results, to: file + "/r.json")
        }
    }
}
