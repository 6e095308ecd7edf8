import Foundation
import Testing

/// The NumPy engine on the user's own Python, end to end: any Python with `--engine numpy`,
/// the Swift engine's subset applied only to what it runs, `python_path:`/`engines:`, asv-style
/// benchmark files, `memit --setup-file`, the code's output.
@Suite("peakmem on the user's Python: --engine numpy, asv-style benchmarks (end to end)",
       .enabled(if: NumpyEngineCommandTests.numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"))
struct PythonCodeCommandTests {
    typealias Directory = CheckCommandTests.Directory

    static func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

    /// The variants of a results file, by name.
    static func variants(_ path: URL) throws -> [String: [String: Any]] {
        let results = object(try JSONSerialization.jsonObject(with: Data(contentsOf: path)))
        let scenarios = results["scenarios"] as? [[String: Any]] ?? []
        let all = scenarios.flatMap { $0["variants"] as? [[String: Any]] ?? [] }
        return Dictionary(all.map { ($0["name"] as? String ?? "?", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Everyday NumPy and Python: sorting, searching, linalg, fft, statistics, nan-functions,
    /// `def`, `while`, `try`, f-strings, dicts, comprehensions, `import math`. Most are outside
    /// the Swift engine's subset; the NumPy engine runs them all.
    static let everyday: [(String, String)] = [
        ("sort", "y = np.sort(x)"),
        ("argsort", "i = np.argsort(x)"),
        ("method-sort", "y = x.copy()\ny.sort()"),
        ("partition", "y = np.partition(x, 10)"),
        ("lexsort", "i = np.lexsort((x, -x))"),
        ("searchsorted", "i = np.searchsorted(np.sort(x), [0.25, 0.5, 0.75])"),
        ("argmax", "i = np.argmax(x)"),
        ("where", "y = np.where(x > 0.5, x, 0.0)"),
        ("nonzero", "i = np.nonzero(x > 0.9)"),
        ("unique", "u = np.unique(np.round(x, 2))"),
        ("isin", "m = np.isin(np.arange(1000), [1, 5, 7])"),
        ("inv", "Ai = np.linalg.inv(A)"),
        ("solve", "z = np.linalg.solve(A, b)"),
        ("det", "d = np.linalg.det(A)"),
        ("eigh", "w, v = np.linalg.eigh(A + A.T)"),
        ("svd", "u, s, vt = np.linalg.svd(A)"),
        ("qr", "q, r = np.linalg.qr(A)"),
        ("norm", "n = np.linalg.norm(A)"),
        ("lstsq", "solution = np.linalg.lstsq(A, b, rcond=None)"),
        ("fft", "f = np.fft.fft(x)"),
        ("rfft", "f = np.fft.rfft(x)"),
        ("ifft", "g = np.fft.ifft(np.fft.fft(x)).real"),
        ("fft2", "f = np.fft.fft2(A)"),
        ("mean", "m = x.mean()"),
        ("std", "s = np.std(x)"),
        ("median", "m = np.median(x)"),
        ("percentile", "p = np.percentile(x, [5, 50, 95])"),
        ("corrcoef", "c = np.corrcoef(A[:10])"),
        ("cov", "c = np.cov(A[:10])"),
        ("histogram", "h, edges = np.histogram(x, bins=20)"),
        ("nanmean", "m = np.nanmean(xn)"),
        ("nansum", "s = np.nansum(xn)"),
        ("nanmax", "m = np.nanmax(xn)"),
        ("nanstd", "s = np.nanstd(xn)"),
        ("nanmedian", "m = np.nanmedian(xn)"),
        ("def", "def scale(a, k=2.0):\n    return a * k\ny = scale(x)"),
        ("while", "total, i = 0.0, 0\nwhile i < 10:\n    total += x[i]\n    i += 1"),
        ("try", "try:\n    np.linalg.inv(np.zeros((3, 3)))\nexcept np.linalg.LinAlgError as error:\n    message = str(error)"),
        ("f-string", "label = f\"mean={x.mean():.3f}, n={x.size}\""),
        ("dict", "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1"),
        ("list-comprehension", "squares = [v * v for v in x[:1000]]"),
        ("dict-comprehension", "d = {i: float(x[i]) for i in range(100)}"),
        ("import-math", "import math\nr = math.sqrt(x.sum()) + math.pi"),
        ("class", "class Counter:\n    def __init__(self):\n        self.n = 0\nc = Counter()\nc.n += len(x)"),
        ("sorted-lambda", "ordered = sorted(words[:10], key=lambda w: len(w))"),
    ]

    static var everydayScenario: String {
        var text = """
            scenario: everyday
            title: Everyday Python and NumPy on the NumPy engine
            setup: |
              rng = np.random.default_rng(0)
              x = rng.random(100_000)
              A = rng.random((200, 200)) + 200 * np.eye(200)
              b = np.ones(200)
              xn = x.copy()
              xn[::10] = np.nan
              words = ["alpha", "beta", "gamma"] * 100
            variants:

            """
        for (name, code) in everyday {
            let indented = code.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
            text += "  \(name):\n    run: |\n\(indented)\n"
        }
        return text
    }

    @Test("45 everyday statements (sorting, searching, linalg, fft, statistics, nan-functions, def, while, try, f-strings, dicts, comprehensions, import math) are all measured with --engine numpy")
    func everydayStatements() throws {
        #expect(Self.everyday.count >= 40)
        let directory = try Directory(["everyday.yaml": Self.everydayScenario])
        let json = directory.url.appendingPathComponent("results.json")
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", "everyday.yaml", "--engine", "numpy", "--json", json.path, "--no-report", "--quiet"],
                                             in: directory.url)
        #expect(outcome.status == 0, "stdout: \(outcome.standardOutput)\nstderr: \(outcome.standardError)")
        let variants = try Self.variants(json)
        #expect(variants.count == Self.everyday.count)
        for (name, _) in Self.everyday {
            let variant = try #require(variants[name], "\(name) missing")
            #expect(variant["status"] as? String == "ok", "\(name): \(variant["failure"] ?? "")")
            #expect(variant["engine"] as? String == "numpy", "\(name)")
            #expect(Self.object(variant["numpy"])["status"] as? String == "ok", "\(name)")
            #expect(Self.object(variant["figures"])["peak_increment"] as? Double != nil, "\(name): no exact peak")
        }
        // NumPy 2.4.6, measured: sorting 100,000 float64 makes one 800,000-byte copy (sorted in
        // place) and a 2,632-byte array iterator (memray's stack: PyArray_Sort → PyArray_IterNew);
        // argsort an int64 index array of the same size and 5,264 bytes of iteration state.
        #expect(Self.object(variants["sort"]?["figures"])["peak_increment"] as? Double == Double(800_000 + 2_632))
        #expect(Self.object(variants["argsort"]?["figures"])["peak_increment"] as? Double == Double(800_000 + 5_264))
    }

    @Test("--engine both: a variant outside the Swift subset is measured on NumPy, its Swift side skipped with the checker's reason and position; exit 0")
    func bothSkipsSwiftUnrunnable() throws {
        let directory = try Directory(["mixed.yaml": """
            scenario: mixed
            title: inside and outside the Swift subset
            setup: |
              x = np.ones(1000)
            variants:
              plain:
                run: y = x * 2
              helper:
                run: |
                  class Doubler:
                      factor = 2
                  y = x * Doubler.factor
              declared:
                engines: [numpy]
                run: y = x + 1
            """])
        let json = directory.url.appendingPathComponent("results.json")
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", "mixed.yaml", "--engine", "both", "--json", json.path, "--no-report", "--quiet"],
                                             in: directory.url)
        #expect(outcome.status == 0, "stdout: \(outcome.standardOutput)\nstderr: \(outcome.standardError)")
        let variants = try Self.variants(json)
        #expect(variants["plain"]?["swift_skip_reason"] == nil)
        #expect(variants["plain"]?["engine"] == nil, "both engines ran plain")
        let helper = try #require(variants["helper"])
        #expect(helper["engine"] as? String == "numpy")
        let reason = helper["swift_skip_reason"] as? String ?? ""
        #expect(reason.hasPrefix("mixed.yaml:10:7: error: class definitions are not supported"), "\(reason)")
        #expect(Self.object(helper["figures"])["peak_increment"] as? Double == 8000)
        #expect(variants["declared"]?["swift_skip_reason"] as? String == "engines: numpy")
        #expect(outcome.standardOutput.contains("mixed/helper: measured on NumPy; Swift engine skipped: mixed.yaml:10:7"))

        // check: an error for the Swift engine, NumPy-only with --engine both.
        let swiftCheck = try PeakmemProcess.run(["check", "mixed.yaml"], in: directory.url)
        #expect(swiftCheck.status == 2)
        #expect(swiftCheck.standardError.hasPrefix("mixed.yaml:10:7: error: class definitions"))
        let bothCheck = try PeakmemProcess.run(["check", "mixed.yaml", "--engine", "both"], in: directory.url)
        #expect(bothCheck.status == 0, "\(bothCheck.standardError)")
        #expect(bothCheck.standardOutput.hasPrefix("mixed/helper: NumPy-only: mixed.yaml:10:7: error: class definitions"))
        #expect(bothCheck.standardOutput.contains("mixed/declared: NumPy-only: engines: numpy\n"))
        #expect(bothCheck.standardOutput.hasSuffix("peakmem check: 1 scenario, 3 variants: no problems (2 NumPy-only)\n"))
    }

    @Test("--engine numpy never refuses code for the Swift subset: memit of np.sort, --setup-file, the code's output with --verbose")
    func memitAnyPython() throws {
        let directory = try Directory(["setup.py": "import math\nx = np.random.default_rng(0).random(10**5)\nprint('setup ran', math.floor(math.pi))\n"])
        let sort = try PeakmemProcess.run(["memit", "y = np.sort(x)", "--setup", "x = np.random.rand(10**5)", "--engine", "numpy"])
        #expect(sort.status == 0, "\(sort.standardError)")
        #expect(sort.standardOutput.contains("  peak increment: 802,632 bytes (783.82 KiB) [memray: NumPy's heap]"), "\(sort.standardOutput)")
        let file = try PeakmemProcess.run(["memit", "y = np.sort(x); print(f'sorted {y.size}')", "--setup-file", "setup.py",
                                           "--engine", "numpy", "--verbose"], in: directory.url)
        #expect(file.status == 0, "\(file.standardError)")
        #expect(file.standardOutput.contains("output (NumPy engine; the worker runs setup and code twice):\nsetup ran 3\nsorted 100000\nsetup ran 3\nsorted 100000\n"),
                "\(file.standardOutput)")
        // Output is always shown on failure, with the error's position in the setup file.
        let failing = try PeakmemProcess.run(["memit", "print('about to fail'); y = x.reshape(7, 3)", "--setup-file", "setup.py",
                                              "--engine", "numpy"], in: directory.url)
        #expect(failing.status == 1)
        #expect(failing.standardError.contains("<statement>:1: error: ValueError: cannot reshape"), "\(failing.standardError)")
        #expect(failing.standardError.contains("about to fail"))
    }

    @Test("a missing module fails that variant with the ImportError and its position; the others run")
    func missingModule() throws {
        let directory = try Directory([
            "imports.yaml": """
                scenario: imports
                title: a missing module
                variants:
                  fine:
                    run: y = np.ones(10)
                  missing:
                    run: |
                      import not_installed_peakmem_module
                      y = np.ones(10)
                """,
            "bench/bench_missing.py": "import not_installed_peakmem_module\n\n\ndef peakmem_x():\n    pass\n",
            "bench/bench_fine.py": "import numpy as np\n\n\ndef peakmem_ones():\n    np.ones(1000)\n",
        ])
        let json = directory.url.appendingPathComponent("results.json")
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", "imports.yaml", "bench", "--engine", "numpy", "--json", json.path, "--no-report", "--quiet"],
                                             in: directory.url)
        #expect(outcome.status == 1)
        let variants = try Self.variants(json)
        #expect(variants["fine"]?["status"] as? String == "ok")
        #expect(variants["peakmem_ones"]?["status"] as? String == "ok")
        let scenario = Self.object(variants["missing"]?["failure"])["message"] as? String ?? ""
        #expect(scenario == "imports.yaml:8: error: ModuleNotFoundError: No module named 'not_installed_peakmem_module' (variant 'missing' on NumPy)")
        let benchmark = Self.object(variants["peakmem_x"]?["failure"])["message"] as? String ?? ""
        #expect(benchmark.hasSuffix("bench/bench_missing.py:1: error: ModuleNotFoundError: No module named 'not_installed_peakmem_module' (variant 'peakmem_x' on NumPy)"),
                "\(benchmark)")
    }

    @Test("a benchmark file with a syntax error is exit 2 at file:line:column; a file without peakmem_ benchmarks says so")
    func badBenchmarkFiles() throws {
        let directory = try Directory([
            "bad.py": "import numpy as np\n\ndef peakmem_x():\n    return (1,\n",
            "none.py": "import numpy as np\n\ndef time_x():\n    pass\n",
        ])
        let syntax = try PeakmemProcess.run(["run", "--repeat", "1", "bad.py", "--engine", "numpy", "--no-report"], in: directory.url)
        #expect(syntax.status == 2)
        #expect(syntax.standardError.hasPrefix("bad.py:4:12: error: SyntaxError: "), "\(syntax.standardError)")
        let none = try PeakmemProcess.run(["run", "--repeat", "1", "none.py", "--engine", "numpy", "--no-report"], in: directory.url)
        #expect(none.status == 2)
        #expect(none.standardError == "none.py: error: defines no peakmem_ benchmark (asv-style: a peakmem_* function or a Class.peakmem_* method)\n")
        let python = try PeakmemProcess.run(["run", "--repeat", "1", "none.py", "--python", "/nonexistent/python3", "--no-report"], in: directory.url)
        #expect(python.status == 2)
        #expect(python.standardError.contains("cannot start /nonexistent/python3"), "\(python.standardError)")
    }

    @Test("a benchmark whose setup allocates 100 MB and whose body 8 MB reports an exact peak increment of 8,000,000 bytes; asv's figure includes the setup")
    func setupExcluded() throws {
        let directory = try Directory(["bench_setup.py": """
            import numpy as np


            class Big:
                def setup(self):
                    self.base = np.ones(100_000_000 // 8)

                def teardown(self):
                    del self.base

                def peakmem_body(self):
                    y = np.empty(1_000_000)
                    y[:] = self.base[:1_000_000]
            """])
        let json = directory.url.appendingPathComponent("results.json")
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", "bench_setup.py", "--engine", "numpy", "--json", json.path, "--no-report", "--quiet"],
                                             in: directory.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let variant = try #require(try Self.variants(json)["Big.peakmem_body"])
        let figures = Self.object(variant["figures"])
        // memray's heap peak: exactly the body's array (the driver's own objects are pymalloc's
        // or the interpreter's, excluded); tracemalloc adds the driver's small objects.
        #expect(figures["peak_increment"] as? Double == 8_000_000)
        let traced = try #require(figures["traced_peak_increment"] as? Double)
        #expect(traced >= 8_000_000 && traced < 8_000_000 + 4096, "tracemalloc: \(traced)")
        #expect((figures["asv_peakmem"] as? Double ?? 0) > 108_000_000, "asv's whole-process figure includes the setup's 100 MB")
        #expect(Self.object(variant["benchmark"])["class"] as? String == "Big")
    }

    @Test("benchmark variants shard and merge as scenario variants do")
    func shardsAndMerge() throws {
        let directory = try Directory(["bench_sizes.py": "import numpy as np\n\n\ndef peakmem_zeros(n):\n    np.zeros(n)\n\n\npeakmem_zeros.params = [1000, 2000, 3000]\n"])
        for shard in ["1/2", "2/2"] {
            let outcome = try PeakmemProcess.run(["run", "--repeat", "1", "bench_sizes.py", "--engine", "numpy", "--shard", shard,
                                                  "--json", "shard\(shard.prefix(1)).json", "--no-report", "--quiet"], in: directory.url)
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }
        let merge = try PeakmemProcess.run(["merge", "shard1.json", "shard2.json", "--output", "merged.json"], in: directory.url)
        #expect(merge.status == 0, "\(merge.standardError)")
        let variants = try Self.variants(directory.url.appendingPathComponent("merged.json"))
        #expect(variants.keys.sorted() == ["peakmem_zeros(1000)", "peakmem_zeros(2000)", "peakmem_zeros(3000)"])
        for (name, bytes) in [("peakmem_zeros(1000)", 8000.0), ("peakmem_zeros(2000)", 16000), ("peakmem_zeros(3000)", 24000)] {
            #expect(Self.object(variants[name]?["figures"])["peak_increment"] as? Double == bytes, "\(name)")
        }
        let compare = try PeakmemProcess.run(["compare", "shard1.json", "merged.json"], in: directory.url)
        #expect(compare.status == 0, "\(compare.standardError)")
    }

    /// examples/ in the repository.
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    @Test("examples/: run measures every benchmark (one variant per parameter combination); the gate passes on a baseline made from it and fails (exit 1) when the package allocates one more full-size array")
    func examplesGate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-examples-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.examples, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("results.json")
        let run = try PeakmemProcess.run(["run", "--repeat", "1", "benchmarks", "scenarios", "--engine", "numpy", "--json", json.path, "--no-report", "--quiet"],
                                         in: directory)
        #expect(run.status == 0, "stdout: \(run.standardOutput)\nstderr: \(run.standardError)")
        let variants = try Self.variants(json)
        let benchmarks = ["Standardise.peakmem_standardise(2000)", "Standardise.peakmem_standardise(8000)",
                          "PairwiseDistances.peakmem_pairwise(500, 8)", "PairwiseDistances.peakmem_pairwise(500, 64)",
                          "PairwiseDistances.peakmem_pairwise(1000, 8)", "PairwiseDistances.peakmem_pairwise(1000, 64)",
                          "ChunkedSumOfSquares.peakmem_chunked_sum_of_squares"]
        #expect(Set(variants.keys) == Set(benchmarks + ["standardise", "by-hand", "chunked"]))
        for name in variants.keys { #expect(variants[name]?["status"] as? String == "ok", "\(name)") }
        // standardise(X) of 8000 x 64 float64: one array of X's size (4,096,000 bytes: std's
        // X - mean, then Z) and 65,536 bytes beside it (measured, NumPy 2.4.6).
        #expect(Self.object(variants["Standardise.peakmem_standardise(8000)"]?["figures"])["peak_increment"] as? Double == Double(4_096_000 + 65_536))

        let baseline = try PeakmemProcess.run(["baseline", "update", json.path, "--baseline", "baseline.json"], in: directory)
        #expect(baseline.status == 0, "\(baseline.standardError)")
        let pass = try PeakmemProcess.run(["gate", "--baseline", "baseline.json", "--no-progress", "--quiet"], in: directory)
        #expect(pass.status == 0, "stdout: \(pass.standardOutput)\nstderr: \(pass.standardError)")

        let module = directory.appendingPathComponent("peakexample/standardise.py")
        let source = try String(contentsOf: module, encoding: .utf8)
        #expect(source.contains("    Z = X - mean\n"))
        try source.replacingOccurrences(of: "    Z = X - mean\n", with: "    Z = X - mean\n    centred = Z.copy()\n")
            .write(to: module, atomically: true, encoding: .utf8)
        let fail = try PeakmemProcess.run(["gate", "--baseline", "baseline.json", "--no-progress", "--quiet"], in: directory)
        #expect(fail.status == 1, "stdout: \(fail.standardOutput)\nstderr: \(fail.standardError)")
        let regression = fail.standardOutput.split(separator: "\n").first { $0.contains("Standardise.peakmem_standardise(8000)") && $0.contains(" peak_increment ") }
        #expect(regression?.contains("rose by +4,096,000 B") == true, "\(fail.standardOutput)")
    }
}
