import Foundation
import Testing
import PeakmemEngine
import PeakmemMeasurement
import PeakmemResults
import PeakmemRuntime
import PeakmemScenario
@testable import PeakmemRunner

/// The NumPy engine's protocol pieces: what the parent sends the driver, what it reads back,
/// the skips, the fidelity verdict; and the driver itself on real NumPy when it is installed.
@Suite("NumPy engine")
struct NumpyEngineTests {
    static let yaml = """
        scenario: demo
        title: Demo
        params:
          n: {quick: 4, doc: 1000}
          f: {quick: 2.0, doc: 2.0}
          c: {quick: true, doc: true}
        setup: |
          X = np.ones((n, n))
        result: Z
        variants:
          plain:
            setup: Y = X * f
            run: Z = X + Y
          old:
            semantics: numpy-1.7
            run: Z = X + X
          lazy:
            run: |
              import peakmem
              Z = X + X
          fused:
            run: |
              import numexpr
              Z = numexpr.evaluate("X + X")
        """

    static let scenario = try! ScenarioLoader.load(yaml: yaml, file: "demo.yaml")

    @Test("the program sent to the driver: parameters as Python literals, setup blocks in order, file lines")
    func program() throws {
        let variant = try #require(Self.scenario.variant(named: "plain"))
        let parameters = try Self.scenario.parameterValues(scale: .quick, overrides: [:])
        let program = NumpyProgram(scenario: Self.scenario, variant: variant, parameters: parameters)
        #expect(program.parameters == ["n": "4", "f": "2.0", "c": "True"])
        #expect(program.setup.map(\.text) == ["X = np.ones((n, n))\n", "Y = X * f"])
        #expect(program.setup.map(\.firstLine) == [8, 12])
        #expect(program.run.text == "Z = X + Y")
        #expect(program.run.firstLine == 13)
        #expect(program.result == "Z")
        var request = WorkerRequest(file: "demo.yaml", variant: "plain", scale: .quick)
        request.numpy = program
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any])
        let sent = try #require(json["numpy"] as? [String: Any])
        #expect((sent["run"] as? [String: Any])?["first_line"] as? Int == 13)
        #expect(try JSONDecoder().decode(WorkerRequest.self, from: JSONEncoder().encode(request)) == request)
    }

    static let reply = """
        {"measurement": null, "failure": null, "expectations": [], "result": {"name": "Z", "dtype": "float64", "shape": [4, 4]},
         "openblas_version": "unknown", "jemalloc_version": "unknown",
         "numpy": {"peak_increment": 2000000, "memray_peak": 2010000, "blas_peak": 0, "blas_allocated_total": 0,
                   "interpreter_peak": 700, "traced_peak_increment": 2001500, "retained": 2000800, "temporaries": 700,
                   "allocations": 1, "allocated_total": 2000000, "rss_peak": 60000000, "rss_increment": 2097152,
                   "rss_before": 57902848, "memit_peak_mib": 57.22, "memit_increment_mib": 2.0,
                   "time": {"wall": 0.002, "cpu": 0.002}, "traced_wall_time": 0.01,
                   "timeline": [{"time": 0, "rss": 57902848}], "arrays": {"Z": {"nbytes": 2000000, "size": 250000}},
                   "versions": {"numpy": "2.4.6"}}}
        """

    @Test("a driver reply decodes; its figures, expectations and summary")
    func replyAndSummary() throws {
        let reply = try JSONDecoder().decode(WorkerReply.self, from: Data(Self.reply.utf8))
        #expect(reply.measurement == nil)
        let numpy = try #require(reply.numpy)
        #expect(numpy.figures["peak_increment"] == 2_000_000)
        #expect(numpy.figures["traced_peak_increment"] == 2_001_500)
        var variant = try #require(Self.scenario.variant(named: "plain"))
        variant.expectations = [
            Expectation(metric: .peakIncrement, comparison: "==", expression: "nbytes(Z)", position: .init(line: 1, column: 1)),
            Expectation(metric: .jemallocAllocatedPeak, comparison: "<=", expression: "1 MiB", position: .init(line: 1, column: 1)),
        ]
        let summary = ScenarioRunner.summarizeNumpy(variant, skip: nil, [reply, reply])
        #expect(summary.status == .ok)
        #expect(summary.runs.count == 2 && summary.runs[1].timeline.isEmpty && summary.runs[0].timeline.count == 1)
        #expect(summary.wallTime?.median == 0.002)
        #expect(summary.expectations.map(\.passed) == [true, false])
        #expect(summary.expectations[0].expected == 2_000_000)
        #expect(summary.expectations[1].error == "jemalloc_allocated_peak is not measured by the NumPy engine")
        let only = ScenarioRunner.numpyOnly(variant, semantics: "numpy-2", summary)
        #expect(only.engine == .numpy && only.figures["peak_increment"] == 2_000_000 && only.deterministic)
        #expect(only.result == ResultDescription(name: "Z", dtype: "float64", shape: [4, 4]))
    }

    @Test("a failed or skipped NumPy run")
    func failureAndSkip() throws {
        let variant = try #require(Self.scenario.variant(named: "plain"))
        let failed = ScenarioRunner.summarizeNumpy(variant, skip: nil, [WorkerProcess.failed(.crash, "gone")])
        #expect(failed.status == .failed && failed.failure?.message == "gone")
        let skipped = ScenarioRunner.summarizeNumpy(variant, skip: "why", [])
        #expect(skipped.status == .skipped && skipped.skipReason == "why")
        #expect(ScenarioRunner.numpyOnly(variant, semantics: "numpy-2", skipped).status == .ok)
    }

    @Test("without a checked python3 environment every NumPy run fails with the reason, and nothing is silently dropped")
    func missingEnvironment() throws {
        var configuration = RunConfiguration(executable: URL(fileURLWithPath: "/bin/false"), workerArguments: [])
        configuration.engine = .numpy
        configuration.filters = ["plain"]
        let results = try ScenarioRunner(configuration: configuration).run([Self.scenario])
        let numpy = try #require(results.scenarios.first?.variants.first?.numpy)
        #expect(numpy.status == .failed)
        #expect(numpy.failure?.message == "the NumPy engine was selected without a checked python3 environment")
    }

    @Test("variants using numpy-1.7 semantics or peakmem-only features are skipped, with the reason")
    func skips() throws {
        func reason(_ name: String, _ registry: FunctionRegistry = .standard) throws -> String? {
            NumpySkip.reason(Self.scenario, try #require(Self.scenario.variant(named: name)), registry: registry)
        }
        #expect(try reason("plain") == nil)
        #expect(try reason("fused") == nil)
        #expect(try reason("old") == "semantics numpy-1.7 is peakmem-only")
        #expect(try reason("lazy") == "uses peakmem-only peakmem")
    }

    @Test("the checker finds functions registered peakmemOnly")
    func peakmemOnlyFunctions() throws {
        let registry = FunctionRegistry()
        registry.register("numpy.lazy_thing", [], summary: "test", peakmemOnly: true) { _, _ in .none }
        registry.register("numpy.plain_thing", [], summary: "test") { _, _ in .none }
        let program = try ScenarioCode(text: "A = np.plain_thing()\nB = np.lazy_thing()\nC = np.lazy_thing()",
                                       file: "t", firstLine: 1, indent: 0, keyPath: "run").parse()
        #expect(Checker(registry: registry).peakmemOnlyFeatures([program]) == ["numpy.lazy_thing"])
    }

    @Test("optional Python packages a variant imports, when missing")
    func missingPackages() throws {
        let fused = try #require(Self.scenario.variant(named: "fused"))
        let plain = try #require(Self.scenario.variant(named: "plain"))
        let bare = NumpyEnvironment(python: URL(fileURLWithPath: "/usr/bin/python3"), interpreter: URL(fileURLWithPath: "/usr/bin/python3"), versions: [:], available: [])
        #expect(bare.missingPackages(Self.scenario, fused) == ["numexpr"])
        #expect(bare.missingPackages(Self.scenario, plain).isEmpty)
        var full = bare
        full.available = ["numexpr"]
        #expect(full.missingPackages(Self.scenario, fused).isEmpty)
    }

    @Test("the fidelity verdict: equal within 1 %, relative differences, time ratio")
    func fidelity() throws {
        let equal = FidelityVerdict(swiftPeak: 80_000, numpyPeak: 80_072, numpyTracedPeak: 81_858, swiftTime: 0.01, numpyTime: 0.04)
        #expect(equal.equal && equal.summary == "equal")
        #expect(equal.timeRatio == 0.25)
        #expect(abs(equal.relativeDifference! - (-72.0 / 80_072)) < 1e-15)
        let differs = FidelityVerdict(swiftPeak: 6_000_000, numpyPeak: 4_000_000, numpyTracedPeak: 4_001_508, swiftTime: nil, numpyTime: 1)
        #expect(!differs.equal && differs.summary == "differs by +50.0 %" && differs.timeRatio == nil)
        #expect(differs.peakRatio == 1.5)
        let zero = FidelityVerdict(swiftPeak: 0, numpyPeak: 0, numpyTracedPeak: 0, swiftTime: 1, numpyTime: 0)
        #expect(zero.equal && zero.relativeDifference == 0 && zero.timeRatio == nil && zero.peakRatio == nil)
        let onlySwift = FidelityVerdict(swiftPeak: 10, numpyPeak: 0, numpyTracedPeak: 0, swiftTime: nil, numpyTime: nil)
        #expect(!onlySwift.equal && onlySwift.relativeDifference == nil && onlySwift.summary == "differs (NumPy 0 B)")
        _ = try JSONEncoder().encode(onlySwift)
    }

    @Test("the driver runs a variant on real NumPy and reports exact figures from memray and tracemalloc",
          .enabled(if: (try? NumpyEnvironment.probe()) != nil, "python3 with numpy and memray is not installed"))
    func driver() throws {
        let (worker, workspace) = try Self.driverWorker()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let resultPath = workspace.appendingPathComponent("z.npy").path
        let request = try Self.driverRequest("""
            setup: |
              X = np.ones((1000, 1000))
            result: Z
            variants:
              v:
                run: |
                  Z = X + X
                  T = X * 3.0
                  del T
            """, resultPath: resultPath)
        let reply = worker.run(request)
        #expect(reply.failure == nil, "\(String(describing: reply.failure))")
        let numpy = try #require(reply.numpy)
        #expect(numpy.peakIncrement == 16_000_000)
        #expect(numpy.allocations == 2 && numpy.allocatedTotal == 16_000_000)
        #expect(numpy.tracedPeakIncrement >= 16_000_000 && numpy.tracedPeakIncrement < 16_010_000)
        #expect(numpy.retained >= 8_000_000 && numpy.retained < 8_010_000)
        #expect(numpy.arrays["Z"] == NumpyMeasurement.ArraySize(nbytes: 8_000_000, size: 1_000_000))
        #expect(numpy.rssPeak > 0 && !numpy.timeline.isEmpty && numpy.time.wall > 0)
        #expect(reply.result == ResultDescription(name: "Z", dtype: "float64", shape: [1000, 1000]))
        let saved = try NPYFormat.load(from: resultPath)
        #expect(saved.shape == [1000, 1000])

        var broken = request
        broken.numpy?.run.text = "Z = X + Q"
        let failure = try #require(worker.run(broken).failure)
        #expect(failure.kind == .error)
        #expect(failure.message == "t.yaml:9: error: NameError: name 'Q' is not defined (variant 'v' on NumPy)")
        // An allocation NumPy refuses is the code's error at its line, as on the Swift engine.
        broken.numpy?.run.text = "Z = np.empty((10**8, 10**8))"
        let memory = try #require(worker.run(broken).failure)
        #expect(memory.kind == .error)
        #expect(memory.message == "t.yaml:9: error: MemoryError: Unable to allocate 71.1 PiB for an array with shape (100000000, 100000000) and data type float64 (variant 'v' on NumPy)")
    }

    /// The driver written into a fresh workspace (removed by the caller) and its worker.
    static func driverWorker() throws -> (WorkerProcess, workspace: URL) {
        let environment = try NumpyEnvironment.probe()
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-driver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        let driver = try NumpyDriver.install(in: workspace)
        return (WorkerProcess(executable: environment.python, arguments: [driver.path], timeout: 120), workspace)
    }

    /// The driver's request for variant `v` of scenario `t` in `t.yaml`, whose text after
    /// its `scenario:` and `title:` lines is `body` (the run line numbers count those two).
    static func driverRequest(_ body: String, resultPath: String? = nil) throws -> WorkerRequest {
        let scenario = try ScenarioLoader.load(yaml: "scenario: t\ntitle: T\n" + body, file: "t.yaml")
        let variant = try #require(scenario.variant(named: "v"))
        var request = WorkerRequest(file: "t.yaml", variant: "v", scale: .quick, warmup: 1, resultPath: resultPath)
        request.numpy = NumpyProgram(scenario: scenario, variant: variant, parameters: [:])
        return request
    }

    @Test("OpenBLAS's job buffers under SciPy's blas.dgemm are BLAS memory, not NumPy's heap",
          .enabled(if: (try? NumpyEnvironment.probe())?.available.contains("scipy") == true,
                   "python3 with numpy, memray and scipy is not installed"))
    func scipyGemmJobBuffers() throws {
        let (worker, workspace) = try Self.driverWorker()
        defer { try? FileManager.default.removeItem(at: workspace) }
        // Threaded OpenBLAS mallocs a 512 KiB job buffer in dgemm_thread_tn, reached through
        // scipy_dgemm_ (no cblas_ frame): the heap figure is the 8 000 000-byte result alone.
        let reply = worker.run(try Self.driverRequest("""
            setup: |
              from scipy.linalg import blas
              np.random.seed(0)
              X = np.random.randn(1000, 5000)
            variants:
              v:
                run: S = blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)
            """))
        #expect(reply.failure == nil, "\(String(describing: reply.failure))")
        let numpy = try #require(reply.numpy)
        #expect(numpy.peakIncrement == 8_000_000)
        #expect(numpy.allocations == 1 && numpy.allocatedTotal == 8_000_000)
    }
}
