import Foundation
import Testing

/// End-to-end: a size NumPy refuses is that variant's Python error, not a worker crash
/// (issue 14); a merge of some shards only is refused unless asked for, and then gated only
/// when asked for (issue 15).
@Suite("Robustness end to end: refused sizes, partial shard sets", .serialized)
struct RobustnessCommandTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    static func variants(_ results: URL) throws -> [[String: Any]] {
        let document = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any])
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        return try #require(scenarios.first?["variants"] as? [[String: Any]])
    }

    @Test("np.zeros((2**32, 2**32)) is NumPy's ValueError in its variant; the worker survives and the next variant runs")
    func arrayTooBig() throws {
        let directory = try Self.folder(["big.yaml": """
            scenario: big
            title: big
            variants:
              huge:
                run: |
                  Y = np.zeros((2**32, 2**32))
              after:
                run: |
                  try_again = np.ones(10)

            """])
        defer { try? FileManager.default.removeItem(at: directory) }
        let results = directory.appendingPathComponent("r.json")
        let outcome = try PeakmemProcess.run(["run", directory.appendingPathComponent("big.yaml").path, "--no-report",
                                              "--json", results.path, "--no-progress"])
        #expect(outcome.status == 1)
        let variants = try Self.variants(results)
        let huge = try #require(variants.first { $0["name"] as? String == "huge" })
        let failure = try #require(huge["failure"] as? [String: Any])
        #expect(failure["kind"] as? String == "error")
        #expect((failure["message"] as? String)?.contains(
            "big.yaml:6:11: error: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") == true)
        let after = try #require(variants.first { $0["name"] as? String == "after" })
        #expect(after["status"] as? String == "ok")
    }

    @Test("merge of one of two shards exits 2 naming the missing one; --allow-partial keeps the marker, which gate and baseline update refuse")
    func partialShards() throws {
        let directory = try Self.folder(["two.yaml": """
            scenario: two
            title: two
            variants:
              a:
                run: y = np.ones(10)
              b:
                run: y = np.ones(20)

            """])
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let shard = try PeakmemProcess.run(["run", path("two.yaml"), "--shard", "1/2", "--no-report", "--json", path("s1.json"), "--no-progress"])
        #expect(shard.status == 0, "\(shard.standardError)")

        let refused = try PeakmemProcess.run(["merge", path("s1.json"), "-o", path("m.json")])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("incomplete set of shards: missing 2/2"))
        #expect(!FileManager.default.fileExists(atPath: path("m.json")))

        let partial = try PeakmemProcess.run(["merge", path("s1.json"), "-o", path("m.json"), "--allow-partial"])
        #expect(partial.status == 0, "\(partial.standardError)")
        let merged = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("m.json")))) as? [String: Any])
        #expect((merged["options"] as? [String: Any])?["shard"] as? String == "1/2")

        let baseline = try PeakmemProcess.run(["baseline", "update", path("m.json"), "--baseline", path("b.json")])
        #expect(baseline.status == 2)
        #expect(baseline.standardError.contains("holds only shard 1/2"))
        let recorded = try PeakmemProcess.run(["baseline", "update", path("m.json"), "--baseline", path("b.json"), "--allow-partial"])
        #expect(recorded.status == 0, "\(recorded.standardError)")
        let gate = try PeakmemProcess.run(["gate", path("m.json"), "--baseline", path("b.json")])
        #expect(gate.status == 2)
        #expect(gate.standardError.contains("holds only shard 1/2"))
        let allowed = try PeakmemProcess.run(["gate", path("m.json"), "--baseline", path("b.json"), "--allow-partial"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }
}
