import Foundation
import Testing

/// `peakmem run` and `peakmem memit` end to end: workers, failures, repeats, agreement, JSON.
@Suite("peakmem run and memit (end to end)")
struct RunCommandTests {
    @Test("memit prints memit's line and the exact peak increment")
    func memit() throws {
        let outcome = try PeakmemProcess.run(["memit", "Y = X * 2.0", "--setup", "X = np.ones((1000, 1000))"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        let memitLine = try #require(lines.first)
        #expect(memitLine.wholeMatch(of: /peak memory: [0-9]+\.[0-9]{2} MiB, increment: [0-9]+\.[0-9]{2} MiB/) != nil, "\(memitLine)")
        #expect(Array(lines.dropFirst().prefix(5)) == [
            "exact (ledger of array buffers):",
            "  peak increment: 8,000,000 bytes (7.63 MiB)",
            "  retained:       8,000,000 bytes (7.63 MiB)",
            "  temporaries:    0 bytes (0 B)",
            "  allocations:    1 (8,000,000 bytes (7.63 MiB) in all)",
        ], "\(outcome.standardOutput)")
        #expect(lines.count == 7)
        #expect(lines.last?.wholeMatch(of: /time: [0-9.]+ (s|ms|µs) wall \(median\), [0-9.]+ (s|ms|µs) CPU/) != nil, "\(lines.last ?? "")")
    }

    @Test("memit checks the code first (exit 2) and reports a failing run (exit 1), at the code's position")
    func memitErrors() throws {
        let syntax = try PeakmemProcess.run(["memit", "Y = (X"])
        #expect(syntax.status == 2)
        #expect(syntax.standardError.hasPrefix("<statement>:1:5: error: '(' was never closed"))
        let name = try PeakmemProcess.run(["memit", "Y = Z * 2"])
        #expect(name.status == 2)
        #expect(name.standardError.hasPrefix("<statement>:1:5: error: NameError: name 'Z' is not defined"))
        let failing = try PeakmemProcess.run(["memit", "Y = X + np.ones((3, 4))", "--setup", "X = np.ones((2, 2))"])
        #expect(failing.status == 1)
        #expect(failing.standardError.hasPrefix("peakmem memit: error: <statement>:1:5: error: ValueError: operands could not be broadcast together with shapes (2,2) (3,4)"))
    }

    static let isolation = """
        scenario: isolation
        title: Failures stay in their variant
        setup: |
          X = np.ones((1000, 1000))
        result: Y
        variants:
          healthy:
            run: Y = X * 2.0
          too-big:
            run: Y = np.ones((5000, 5000))
          too-slow:
            run: |
              for i in range(100000000):
                  pass
              Y = X * 2.0
          raises:
            run: Y = X + np.ones((3, 4))
          differs:
            run: Y = X * 3.0
        """

    @Test("a healthy variant has full results; memory limit, timeout and error each fail alone; exit 1; the JSON is complete")
    func isolationOfFailures() throws {
        let directory = try CheckCommandTests.Directory(["iso.yaml": Self.isolation])
        let outcome = try PeakmemProcess.run(["run", "iso.yaml", "--memory-limit", "100MiB", "--timeout", "1", "--json", "r.json"],
                                             in: directory.url)
        #expect(outcome.status == 1)
        let data = try Data(contentsOf: directory.url.appendingPathComponent("r.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["schema"] as? String == "peakmem-results/1")
        let scenario = try #require((root["scenarios"] as? [[String: Any]])?.first)
        let variants = try #require(scenario["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["healthy", "too-big", "too-slow", "raises", "differs"])
        func failure(_ index: Int) -> [String: Any]? { variants[index]["failure"] as? [String: Any] }

        let healthy = variants[0]
        #expect(healthy["status"] as? String == "ok")
        let figures = try #require(healthy["figures"] as? [String: Double])
        #expect(figures["peak_increment"] == 8_000_000)
        #expect(figures["retained"] == 8_000_000)
        #expect((figures["rss_peak"] ?? 0) > 0)

        #expect(failure(1)?["kind"] as? String == "memory_limit")
        #expect(failure(1)?["message"] as? String == """
            iso.yaml:10:14: error: MemoryError: exceeded the memory limit of 100.00 MiB: allocating 190.73 MiB with 7.63 MiB of arrays live
                     Y = np.ones((5000, 5000))
                         ^^^^^^^^^^^^^^^^^^^^^
            """)
        #expect(failure(2)?["kind"] as? String == "timeout")
        #expect(failure(2)?["message"] as? String == "timed out after 1 s and was killed, with every process it started")
        #expect(failure(3)?["kind"] as? String == "error")
        #expect((failure(3)?["message"] as? String)?.hasPrefix("iso.yaml:17:14: error: ValueError: operands could not be broadcast together with shapes (1000,1000) (3,4)") == true)

        let differs = try #require(variants[4]["agreement"] as? [String: Any])
        #expect(differs["agrees"] as? Bool == false)
        #expect(differs["reference"] as? String == "healthy")
        #expect(outcome.standardOutput.contains("DIFFERS"))
    }

    static let repeated = """
        scenario: repeated
        title: Exact figures do not change between runs
        params:
          n: {quick: 300}
        setup: |
          np.random.seed(0)
          a = np.random.randn(n, n)
          b = np.random.randn(n, n)
        result: c
        variants:
          naive:
            run: c = a * a + b * b + 2 * a * b
          inplace:
            run: |
              c = a + b
              c *= c
        """

    @Test("in a worker, a freed 8 MB array stays with jemalloc for reuse and a freed 40 MB one goes back to the kernel, as in NumPy's glibc heap")
    func heapPolicy() throws {
        // 8 000 000 bytes: size class 8 MiB, which jemalloc's defaults purge at free; 40 000 000
        // bytes: over glibc's 32 MiB mmap threshold, unmapped by glibc and purged by the policy.
        let outcome = try PeakmemProcess.run(["memit", "x = np.ones(1000000); del x; y = np.ones(5000000); del y", "--json"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let variant = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"] as? [[String: Any]])?.first)
        let run = try #require((variant["runs"] as? [[String: Any]])?.first)
        let heap = try #require(run["jemalloc_after"] as? [String: Int])
        // Pages jemalloc holds that are neither allocated nor its own metadata: freed, kept.
        let kept = heap["resident"]! - heap["allocated"]! - heap["metadata"]!
        #expect(kept >= 8_000_000, "\(heap)")
        #expect(kept < 40_000_000, "\(heap)")
    }

    @Test("exact figures are identical over 5 repeats; agreeing results agree")
    func repeats() throws {
        let directory = try CheckCommandTests.Directory(["rep.yaml": Self.repeated])
        let outcome = try PeakmemProcess.run(["run", "rep.yaml", "--repeat", "5", "--json", "r.json"], in: directory.url)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let data = try Data(contentsOf: directory.url.appendingPathComponent("r.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let variants = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
        for variant in variants {
            #expect(variant["deterministic"] as? Bool == true)
            let runs = try #require(variant["runs"] as? [[String: Any]])
            #expect(runs.count == 5)
            for key in ["peak_increment", "retained", "temporaries", "allocations", "allocated_total"] {
                #expect(Set(runs.map { $0[key] as? Int }).count == 1, "\(key) differs between runs")
            }
            let time = try #require(variant["wall_time"] as? [String: Double])
            #expect(time["min"]! <= time["median"]! && time["median"]! <= time["max"]!)
        }
        let inplace = variants[1]
        #expect((inplace["agreement"] as? [String: Any])?["agrees"] as? Bool == true)
        // c = a + b allocates one 300×300 array; c *= c allocates nothing.
        #expect((inplace["figures"] as? [String: Double])?["peak_increment"] == 720_000)
    }
}
