import Foundation
import Testing

/// Runs the built `peakmem` executable as a subprocess and checks `peakmem probe` and
/// `peakmem --version` end to end.
@Suite("peakmem probe (end to end)")
struct ProbeCommandTests {
    @Test("probe --json prints every figure, positive where it must be")
    func probeJSON() throws {
        let outcome = try PeakmemProcess.run(["probe", "--json"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        let root = try #require(json as? [String: Any])
        #expect(Set(root.keys) == ["jemalloc", "jemalloc_version", "ledger", "openblas", "process", "thread_peak"])

        let jemalloc = try #require(root["jemalloc"] as? [String: Int])
        for key in ["allocated", "active", "resident", "mapped", "metadata"] {
            #expect((jemalloc[key] ?? 0) > 0, "jemalloc.\(key) = \(String(describing: jemalloc[key]))")
        }
        #expect((jemalloc["retained"] ?? -1) >= 0)
        #expect(jemalloc["allocated"]! <= jemalloc["active"]!)

        let process = try #require(root["process"] as? [String: Int])
        let rss = try #require(process["vm_rss"])
        let hwm = try #require(process["vm_hwm"])
        #expect(rss > 1 << 20)
        #expect(hwm >= rss)

        let ledger = try #require(root["ledger"] as? [String: Int])
        #expect(Set(ledger.keys) == ["live", "peak", "allocations", "deallocations", "allocated_total"])
        #expect(ledger.values.allSatisfy { $0 >= 0 })

        let openblas = try #require(root["openblas"] as? [String: Any])
        #expect((openblas["threads"] as? Int ?? 0) >= 1)
        let version = try #require(openblas["version"] as? String)
        #expect(version.first?.isNumber == true)
        #expect((openblas["config"] as? String)?.hasPrefix("OpenBLAS \(version)") == true)

        #expect((root["thread_peak"] as? Int ?? 0) > 0)
        #expect((root["jemalloc_version"] as? String)?.hasPrefix("5.") == true)

        // Pretty-printed with sorted keys: "jemalloc" comes before "ledger" in the text.
        let text = outcome.standardOutput
        let jemallocIndex = try #require(text.range(of: "\"jemalloc\""))
        let ledgerIndex = try #require(text.range(of: "\"ledger\""))
        #expect(jemallocIndex.lowerBound < ledgerIndex.lowerBound)
        #expect(text.contains("\n  \""))
    }

    @Test("probe without --json prints an aligned table, plain when not on a terminal")
    func probeTable() throws {
        let outcome = try PeakmemProcess.run(["probe"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("FIGURE") == true)
        #expect(!outcome.standardOutput.contains("\u{1B}["))
        for figure in ["ledger live", "jemalloc allocated", "jemalloc retained", "VmRSS", "VmHWM", "thread peak",
                       "OpenBLAS version", "OpenBLAS threads", "jemalloc version"] {
            #expect(lines.contains { $0.hasPrefix(figure + " ") }, "no row \(figure)")
        }
        // Aligned: every row's value starts in the same column as the header's.
        let valueColumn = try #require(lines.first?.range(of: "VALUE")).lowerBound.utf16Offset(in: lines[0])
        for line in lines.dropFirst() {
            let index = line.index(line.startIndex, offsetBy: valueColumn)
            #expect(line[line.index(before: index)] == " " && line[index] != " ", "misaligned: \(line)")
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let outcome = try PeakmemProcess.run(["--version"])
        #expect(outcome.status == 0)
        let version = outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = version.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil }, "version '\(version)'")
    }
}
