import Foundation
import Testing

/// The shipped matrix-product scenarios dgemm-trans and kron-tensordot at quick scale, end to
/// end: every variant runs, meets its exact `expect:` claims and agrees with the reference, and
/// the peaks are the exact figures of docs/research/numpy-products.md.
@Suite("Shipped product scenarios (end to end, quick scale)")
struct ProductScenarioTests {
    /// Runs a shipped scenario at quick scale and returns each variant's JSON object by name,
    /// after checking that it passed its expectations and agrees with the reference.
    static func run(_ scenario: String) throws -> [String: [String: Any]] {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("\(scenario)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let path = ShippedScenarioTests.scenarios.appendingPathComponent("\(scenario).yaml").path
        let outcome = try PeakmemProcess.run(["run", path, "--scale", "quick", "--json", json.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let variants = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for variant in variants {
            let name = try #require(variant["name"] as? String)
            byName[name] = variant
            let expectations = try #require(variant["expectations"] as? [[String: Any]])
            #expect(expectations.allSatisfy { $0["passed"] as? Bool == true }, "\(name): \(expectations)")
            let agreement = variant["agreement"] as? [String: Any]
            #expect(agreement == nil || agreement?["agrees"] as? Bool == true, "\(name)")
        }
        return byName
    }

    static func figure(_ variant: [String: Any]?, _ metric: String) -> Double? {
        (variant?["figures"] as? [String: Double])?[metric]
    }

    @Test("dgemm-trans: dgemm on the transposes, np.dot and @ under numpy-2 and syrk twice allocate only S; numpy-1.7 adds nbytes(X)")
    func dgemmTrans() throws {
        let variants = try Self.run("dgemm-trans")
        #expect(variants.count == 7)
        // quick scale: X 100×5000 float64, S 100×100.
        let (x, s) = (4_000_000.0, 80_000.0)
        for name in ["dgemm-trans", "dot-numpy2", "matmul", "syrk-twice"] {
            #expect(Self.figure(variants[name], "peak_increment") == s, "\(name)")
        }
        #expect(Self.figure(variants["dot-numpy17"], "peak_increment") == x + s)
        #expect(Self.figure(variants["xdot-numpy17"], "peak_increment") == x + s)
        #expect(Self.figure(variants["dgemm-c-operands"], "peak_increment") == 2 * x + s)
    }

    @Test("kron-tensordot: the kron loop holds two Kronecker matrices; tensordot, reshape-dot and matmul only the float64 copy of data")
    func kronTensordot() throws {
        let variants = try Self.run("kron-tensordot")
        #expect(variants.count == 5)
        // quick scale: data 16×2352 float32 (150 528 B), bar 16×9 float64 (1 152 B),
        // foo 9×2352 float64 (169 344 B), identity 3×3 (72 B).
        let (data, bar, foo) = (150_528.0, 1_152.0, 169_344.0)
        #expect(Self.figure(variants["kron-loop"], "peak_increment") == bar + 2 * foo + 72)
        for name in ["tensordot", "reshape-dot", "batched-matmul"] {
            #expect(Self.figure(variants[name], "peak_increment") == 2 * data + bar, "\(name)")
            #expect(Self.figure(variants[name], "retained") == bar, "\(name)")
        }
        let csrPeak = try #require(Self.figure(variants["csr"], "peak_increment"))
        #expect(csrPeak.truncatingRemainder(dividingBy: 28) == 0 && csrPeak > 0)
    }
}
