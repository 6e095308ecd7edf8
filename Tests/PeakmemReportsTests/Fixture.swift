import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import Testing

/// The test fixtures: `Fixtures/quick-results.json` is the results of a real quick-scale run of
/// `scenarios/xxt-order.yaml` (three of its variants), plus a failed variant shaped as the
/// runner writes a memory-limit failure, and an extra `mapped` figure on one variant that this
/// renderer has no column for. `Fixtures/einsum-results.json` is a real quick-scale run of
/// `scenarios/einsum-paths.yaml`, with the einsum paths its variants recorded.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func results() throws -> RunResults {
        try ResultsFile.load(from: directory.appendingPathComponent("quick-results.json").path)
    }

    /// Compares `text` with the golden file `Fixtures/golden/NAME`; with
    /// `PEAKMEM_UPDATE_GOLDEN=1` in the environment, rewrites the golden file instead.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PEAKMEM_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if golden != text {
            let ours = text.split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, theirs.count)
            Issue.record("\(name) differs from its golden file at line \(line + 1): got '\(line < ours.count ? ours[line] : "<end>")', golden '\(line < theirs.count ? theirs[line] : "<end>")'",
                         sourceLocation: sourceLocation)
        }
    }

    /// A fresh temporary directory, removed when the value goes.
    final class TemporaryDirectory {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-reports-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }
}

/// Counts the elements of an XML document by name, and checks that it parses.
final class XMLCensus: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var texts: [String] = []
    private var inText = false
    private var current = ""

    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: parser.parserError.map { "\($0)" } ?? "?"])
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "text" { inText = true; current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { inText = false; texts.append(current) }
    }
}
