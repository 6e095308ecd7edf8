import PeakmemHistory
import Foundation
import PeakmemResults

/// Results documents built from a few figures, for store tests: `variants` maps
/// `SCENARIO/VARIANT` to its figures, nil for a failed variant.
enum ResultsFixture {
    static func results(_ variants: KeyValuePairs<String, [String: Double]?>, scale: String = "quick",
                        architecture: String = "x86_64") throws -> RunResults {
        var scenarios: [(String, [[String: Any]])] = []
        for (key, figures) in variants {
            let parts = key.split(separator: "/").map(String.init)
            var variant: [String: Any] = ["name": parts[1], "semantics": "current", "status": figures == nil ? "failed" : "ok",
                                          "runs": [], "figures": figures ?? [:], "deterministic": true,
                                          "nondeterministic_metrics": [], "expectations": [], "ratios": [:]]
            if figures == nil { variant["failure"] = ["kind": "memory_limit", "message": "over the limit"] }
            if let index = scenarios.firstIndex(where: { $0.0 == parts[0] }) {
                scenarios[index].1.append(variant)
            } else {
                scenarios.append((parts[0], [variant]))
            }
        }
        let document: [String: Any] = [
            "schema": "peakmem-results/1", "peakmem_version": "0.1.0", "created": "2026-12-07T00:00:00Z", "scale": scale,
            "options": ["repeats": 1, "warmup": 0, "interval": 0.001, "overrides": [:]],
            "machine": ["hostname": "test", "os": "Linux 6", "cpu": "cpu", "cores": 2, "memory_bytes": 1 << 30,
                        "openblas": "0.3", "jemalloc": "5.3", "system": "Linux", "architecture": architecture],
            "scenarios": scenarios.map { name, variants in
                ["name": name, "file": "scenarios/\(name).yaml", "title": name, "reference": variants[0]["name"]!,
                 "parameters": [:], "variants": variants] as [String: Any]
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: document)
        return try JSONDecoder().decode(RunResults.self, from: data)
    }

    /// A commit with a made-up hash from `number`.
    static func commit(_ number: Int, dirty: Bool = false) -> CommitInfo {
        CommitInfo(hash: String(repeating: String(number % 10), count: 40), date: "2026-01-0\(number)T00:00:00+00:00",
                             subject: "commit \(number)", branch: "main", dirty: dirty)
    }

    /// A fresh store path in a temporary directory.
    static func storePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-history-tests-\(UUID().uuidString)/history.sqlite").path
    }
}
