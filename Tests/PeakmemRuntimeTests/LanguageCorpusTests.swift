import Foundation
import Testing
import PeakmemLanguage
@testable import PeakmemRuntime

/// The scenario-language corpus: every snippet of docs/research/scripts/language-corpus/
/// snippets runs on the Swift engine, and prints exactly what CPython 3.11 printed (recorded
/// by record.py in expected/NAME.out); a snippet that allocates arrays peaks at exactly the
/// bytes of NumPy 2.4.6's buffers (expected/NAME.peak, replayed from memray).
@Suite("Language corpus agrees with CPython")
struct LanguageCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/research/scripts/language-corpus")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("snippets").path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test func theCorpusHasAtLeastSixtySnippets() {
        #expect(Self.names.count >= 60)
    }

    @Test(arguments: names)
    func snippetPrintsWhatCPythonPrints(_ name: String) throws {
        let code = try String(contentsOf: Self.directory.appendingPathComponent("snippets/\(name).py"), encoding: .utf8)
        let expected = try String(contentsOf: Self.directory.appendingPathComponent("expected/\(name).out"), encoding: .utf8)
        let harness = Harness()
        let figures = try harness.measure(code)
        #expect(harness.output == expected)
        let peakFile = Self.directory.appendingPathComponent("expected/\(name).peak")
        if let text = try? String(contentsOf: peakFile, encoding: .utf8), let peak = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            #expect(figures.peak == peak, "ledger peak vs NumPy's buffers")
        }
    }

    @Test(arguments: names)
    func checkAcceptsWhatRuns(_ name: String) throws {
        let code = try String(contentsOf: Self.directory.appendingPathComponent("snippets/\(name).py"), encoding: .utf8)
        let program = try Parser.parse(code, origin: SourceOrigin(file: "\(name).py"))
        let problems = Checker().check([program])
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }
}
