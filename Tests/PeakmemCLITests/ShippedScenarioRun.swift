import Foundation
import Testing

/// One shipped scenario run at quick scale by the built executable, as the end-to-end tests of
/// the shipped scenarios use it: the run exits 0, writes no report (the repository's `reports/`
/// stays as `make run` left it), every variant meets every `expect:` claim and agrees with
/// the reference variant.
struct ShippedScenarioRun {
    /// The repository's `scenarios/` directory.
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

    /// Each variant's JSON object in the results, by variant name.
    let variants: [String: [String: Any]]

    /// Runs `scenarios/<name>.yaml` at quick scale and checks its verdicts.
    init(_ name: String) throws {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let file = Self.scenarios.appendingPathComponent("\(name).yaml").path
        // One cold run: these tests check memory verdicts, not times.
        let outcome = try PeakmemProcess.run(["run", file, "--scale", "quick", "--repeat", "1", "--warmup", "0", "--json", json.path, "--no-report"])
        #expect(outcome.status == 0, "\(outcome.standardError)\(outcome.standardOutput)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let list = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for variant in list {
            let name = try #require(variant["name"] as? String)
            byName[name] = variant
            let expectations = try #require(variant["expectations"] as? [[String: Any]])
            #expect(expectations.allSatisfy { $0["passed"] as? Bool == true }, "\(name): \(expectations)")
            let agreement = variant["agreement"] as? [String: Any]
            #expect(agreement == nil || agreement?["agrees"] as? Bool == true, "\(name)")
        }
        variants = byName
    }

    /// The exact or measured figure `metric` of `variant` (nil when absent).
    func figure(_ variant: String, _ metric: String = "peak_increment") -> Double? {
        (variants[variant]?["figures"] as? [String: Double])?[metric]
    }

    /// The number of `expect:` claims of `variant`.
    func expectationCount(_ variant: String) -> Int {
        (variants[variant]?["expectations"] as? [[String: Any]])?.count ?? 0
    }
}
