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
}
