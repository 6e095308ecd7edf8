import Foundation
import PeakmemResults
import Testing

/// `--lines` end to end: memory_profiler's line-by-line table with exact increments.
@Suite("Line-by-line profile (--lines, end to end)")
struct LineProfileCommandTests {
    /// Five lines over a 100 000-element float64 `a` (800 000 B): each line's exact figures.
    static let snippet = "b = a * 2\nc = b + a\ndel b\nfor i in range(3):\n    d = a * i\n"

    @Test("memit --lines: each line's exact increment, peak and occurrences; the increments add up to retained")
    func memitLines() throws {
        let outcome = try PeakmemProcess.run(["memit", "--lines", "--json", "--setup", "a = np.ones(100000)", Self.snippet])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let results = try JSONDecoder().decode(RunResults.self, from: Data(outcome.standardOutput.utf8))
        let variant = try #require(results.scenarios.first?.variants.first)
        let lines = try #require(variant.lines)
        #expect(lines.map(\.line) == [1, 2, 3, 4, 5])
        #expect(lines.map(\.increment) == [800_000, 800_000, -800_000, 0, 800_000])
        // Line 5 runs three times; from the second on, the new d is made while the old one
        // still exists: 800 000 B above that occurrence's start, as on the first.
        #expect(lines.map(\.peak) == [800_000, 800_000, 0, 0, 800_000])
        #expect(lines.map(\.occurrences) == [1, 1, 1, 1, 3])
        #expect(lines.map(\.text) == ["b = a * 2", "c = b + a", "del b", "for i in range(3):", "    d = a * i"])
        #expect(lines.reduce(0) { $0 + $1.increment } == Int(variant.figures["retained"] ?? -1))
        #expect(lines.allSatisfy { $0.memUsage > 0 })
    }

    @Test("memit --lines prints memory_profiler's layout")
    func memitTable() throws {
        let outcome = try PeakmemProcess.run(["memit", "--lines", "--setup", "a = np.ones(100000)", Self.snippet])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = outcome.standardOutput
        #expect(text.contains("Line #   Mem usage   Increment  RSS increment  Peak in line  Occurrences  Line Contents"))
        let row = try #require(text.split(separator: "\n").first { $0.hasSuffix("    d = a * i") })
        #expect(row.hasPrefix("     5 ") && row.contains(" 800,000 B ") && row.contains("            3  "))
    }

    @Test("run --lines prints each variant's table and keeps it in the results")
    func runLines() throws {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        let file = ShippedScenarioRun.scenarios.appendingPathComponent("xxt-order.yaml").path
        let outcome = try PeakmemProcess.run(["run", file, "--filter", "x-fortran", "--lines", "--repeat", "1", "--json", json.path, "--no-report"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Line-by-line (xxt-order/x-fortran)"))
        let results = try JSONDecoder().decode(RunResults.self, from: Data(contentsOf: json))
        let variant = try #require(results.scenarios.first?.variants.first { $0.name == "x-fortran" })
        let lines = try #require(variant.lines)
        // quick scale: S = np.dot(X, Y) keeps S (80 000 B); its peak adds the C copy of X (4 000 000 B).
        #expect(lines.map(\.line) == [32])
        #expect(lines.map(\.increment) == [80_000] && lines.map(\.peak) == [4_080_000])
        // The worker reads no scenario file: the line is its code, the `    run: ` before it as spaces.
        #expect(lines.first?.text == String(repeating: " ", count: 9) + "S = np.dot(X, Y)")
    }
}
