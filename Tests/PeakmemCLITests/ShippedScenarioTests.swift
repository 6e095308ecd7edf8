import Foundation
import Testing

/// The shipped scenarios at quick scale: they validate, run, agree, meet their expectations,
/// and give the exact figures their sources document.
@Suite("Shipped scenarios (end to end, quick scale)")
struct ShippedScenarioTests {
    /// The repository's `scenarios/` directory.
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

    @Test("peakmem check accepts every shipped scenario")
    func check() throws {
        let outcome = try PeakmemProcess.run(["check", Self.scenarios.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    @Test("xxt-order: under numpy-1.7 an F-ordered operand adds exactly its nbytes; under numpy-2 nothing is copied")
    func xxtOrder() throws {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("xxt-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let outcome = try PeakmemProcess.run(["run", Self.scenarios.appendingPathComponent("xxt-order.yaml").path,
                                              "--scale", "quick", "--json", json.path, "--no-report"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let variants = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
        var peaks: [String: Double] = [:]
        for variant in variants {
            let name = try #require(variant["name"] as? String)
            peaks[name] = (variant["figures"] as? [String: Double])?["peak_increment"]
            let expectations = try #require(variant["expectations"] as? [[String: Any]])
            #expect(expectations.allSatisfy { $0["passed"] as? Bool == true }, "\(name)")
        }
        // quick scale: X 100×5000, Y 5000×100, S 100×100 float64.
        let (x, y, s) = (4_000_000.0, 4_000_000.0, 80_000.0)
        #expect(peaks["both-c"] == s)
        #expect(peaks["x-fortran"] == x + s)
        #expect(peaks["y-fortran"] == y + s)
        #expect(peaks["both-fortran"] == x + y + s)
        for name in ["both-c-numpy2", "x-fortran-numpy2", "y-fortran-numpy2", "both-fortran-numpy2"] {
            #expect(peaks[name] == s, "\(name)")
        }
    }

    @Test("reduce-accumulate: a reduction allocates only its result, an accumulation a full-size one")
    func reduceAccumulate() throws {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("reduce-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let outcome = try PeakmemProcess.run(["run", Self.scenarios.appendingPathComponent("reduce-accumulate.yaml").path,
                                              "--scale", "quick", "--json", json.path, "--no-report"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let variants = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
        #expect(variants.count == 6)
        // quick scale: x has 100 000 float64 (800 000 bytes); R holds [sum, product] (16 bytes).
        let (x, r) = (800_000.0, 16.0)
        for variant in variants {
            let name = try #require(variant["name"] as? String)
            let figures = try #require(variant["figures"] as? [String: Double])
            let expectations = try #require(variant["expectations"] as? [[String: Any]])
            #expect(expectations.count == 2 && expectations.allSatisfy { $0["passed"] as? Bool == true }, "\(name)")
            let full = name.contains("accumulate") || name.hasPrefix("cum")
            #expect(figures["peak_increment"] == (full ? x + r : r), "\(name)")
            #expect(figures["retained"] == (full ? x + r : r), "\(name)")
            if name != "reduce" {
                #expect((variant["agreement"] as? [String: Any])?["agrees"] as? Bool == true, "\(name)")
            }
        }
    }
}
