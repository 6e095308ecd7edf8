import Foundation
import Testing

/// The large-array technique scenarios (seed 001) at quick scale: they run, agree, meet their
/// expectations, and give the exact figures NumPy 2.4.6 gives (docs/research/numpy-techniques.md).
@Suite("Technique scenarios (end to end, quick scale)")
struct TechniqueScenarioTests {
    /// Runs `file` at quick scale and returns each variant's figures; every expectation passed
    /// and every result agreed with the reference.
    private func figures(_ file: String) throws -> [String: [String: Double]] {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("tech-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let outcome = try PeakmemProcess.run(["run", ShippedScenarioTests.scenarios.appendingPathComponent(file).path,
                                              "--scale", "quick", "--json", json.path, "--no-report"])
        #expect(outcome.status == 0, "\(outcome.standardError)\(outcome.standardOutput)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let variants = try #require(((root["scenarios"] as? [[String: Any]])?.first?["variants"]) as? [[String: Any]])
        var result: [String: [String: Double]] = [:]
        for variant in variants {
            let name = try #require(variant["name"] as? String)
            result[name] = variant["figures"] as? [String: Double]
            let expectations = try #require(variant["expectations"] as? [[String: Any]])
            #expect(expectations.allSatisfy { $0["passed"] as? Bool == true }, "\(name)")
        }
        return result
    }

    @Test("large-array-techniques: out= allocates nothing, numexpr only its output, naive two arrays")
    func largeArrayTechniques() throws {
        let f = try figures("large-array-techniques.yaml")
        let s = 300_000.0 * 8  // quick n, float64
        #expect(f["naive"]?["peak_increment"] == 2 * s)
        #expect(f["out-buffers"]?["peak_increment"] == 0)
        #expect(f["chunked"]?["peak_increment"] == s + 2 * 50_000 * 8)
        #expect(f["numexpr"]?["peak_increment"] == s)
        #expect(f["int32"]?["peak_increment"] == s / 2 * 2)
        #expect(f["uint8"]?["peak_increment"] == s / 8 * 2)
        #expect(f["uint8-numexpr"]?["peak_increment"] == s / 2)
    }

    @Test("rgb-cmyk-lookup: 52 bytes a pixel per pixel, 7 and the small table through the lookup table")
    func lookupTable() throws {
        let f = try figures("rgb-cmyk-lookup.yaml")
        let npix = 65_536.0
        #expect(f["per-pixel"]?["peak_increment"] == 52 * npix)
        #expect(f["lookup-table"]?["peak_increment"] == 7 * npix + 16_384 + 2 * 32_768 + 128)
    }

    @Test("memmap-sum: the mapped figure is the file's size; the data add no heap bytes")
    func memmapSum() throws {
        let f = try figures("memmap-sum.yaml")
        #expect(f["memmap"]?["mapped"] == 8_000_000)
        #expect(f["memmap"]?["peak_increment"] == 8)
        #expect(f["in-memory"]?["mapped"] == 0)
    }
}
