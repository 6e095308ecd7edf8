import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PeakmemReports
import PeakmemResults
import Testing

/// Renders charts to PNG with `rsvg-convert` (Debian `librsvg2-bin`, installed by `make deps`)
/// and checks their text programmatically: every text box, computed from the SVG's own
/// attributes with the font's advance widths, lies inside the canvas and over no other text.
@Suite("Reports: charts render without clipped or overlapping text")
struct ChartRenderingTests {
    /// The committed results of the shipped scenarios (`make report-commit`).
    static let shippedResults = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../reports/results.json").standardized.path

    @Test("every chart of the shipped scenarios renders to a PNG of its size, text inside the canvas and apart; kron-loop's time axis is in seconds")
    func shippedCharts() throws {
        let results = try ResultsFile.load(from: Self.shippedResults)
        let directory = try Fixture.TemporaryDirectory()
        var rendered = 0
        for scenario in results.scenarios {
            var charts = [("\(scenario.name)-peaks", PeakBarChart(scenario: scenario).render())]
            for variant in scenario.variants {
                if let svg = TimelineChart(scenario: scenario.name, variant: variant).render() {
                    charts.append(("\(scenario.name)-\(variant.name)-timeline", svg))
                }
            }
            for (name, svg) in charts {
                try Self.check(svg, name: name, in: directory.url)
                rendered += 1
            }
        }
        #expect(rendered >= 40)
        let kron = try #require(results.scenarios.first { $0.name == "kron-tensordot" }?.variants.first { $0.name == "kron-loop" })
        let layout = try SVGTextLayout(try #require(TimelineChart(scenario: "kron-tensordot", variant: kron).render()))
        #expect(layout.texts.map(\.content).contains("time (s)"))
        #expect(layout.counts["polygon"] == 4)  // 28 s of ticks: envelopes, not polylines
    }

    @Test("a very long variant name and a KiB-sized variant beside a GiB-sized one: nothing clipped, a log axis")
    func extremes() throws {
        var scenario = try Fixture.results().scenarios[0]
        scenario.variants[0].name = "a-variant-with-a-very-long-name-that-goes-on-and-on-in-memory"
        scenario.reference = scenario.variants[0].name
        scenario.variants[1].figures["peak_increment"] = 3 * 1024 * 1024 * 1024
        scenario.variants[1].figures["rss_increment"] = 3.1 * 1024 * 1024 * 1024
        scenario.variants[2].figures["peak_increment"] = 4096
        let svg = PeakBarChart(scenario: scenario).render()
        let directory = try Fixture.TemporaryDirectory()
        try Self.check(svg, name: "extremes", in: directory.url)
        let layout = try SVGTextLayout(svg)
        #expect(layout.texts.map(\.content).contains("bytes (log scale)"))
        // The 4 KiB bar is at least 20 px long on the log axis.
        let bar = try #require(layout.rects.first { $0.title?.contains("4,096 B") == true })
        #expect(bar.width >= 20)
    }

    /// Renders `svg` to PNG, checks the PNG's size and the SVG's text boxes.
    static func check(_ svg: String, name: String, in directory: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let svgURL = directory.appendingPathComponent(name + ".svg"), png = directory.appendingPathComponent(name + ".png")
        try Data(svg.utf8).write(to: svgURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsvg-convert", "-o", png.path, svgURL.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "rsvg-convert failed on \(name)", sourceLocation: sourceLocation)
        let layout = try SVGTextLayout(svg)
        let header = try Data(contentsOf: png)
        let pngWidth = header[16..<20].reduce(0) { $0 << 8 | Int($1) }, pngHeight = header[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(pngWidth == Int(layout.width.rounded(.up)) && pngHeight == Int(layout.height.rounded(.up)),
                "\(name): PNG \(pngWidth)×\(pngHeight), SVG \(layout.width)×\(layout.height)", sourceLocation: sourceLocation)
        for text in layout.texts {
            let box = text.box
            #expect(box.minX >= 0 && box.minY >= 0 && box.maxX <= layout.width && box.maxY <= layout.height,
                    "\(name): '\(text.content)' runs outside the canvas: \(box)", sourceLocation: sourceLocation)
        }
        for (index, a) in layout.texts.enumerated() {
            for b in layout.texts[(index + 1)...] where a.box.overlaps(b.box) {
                Issue.record("\(name): '\(a.content)' \(a.box) overlaps '\(b.content)' \(b.box)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// The text elements and rectangles of an SVG the charts wrote, with each text's box: its
/// advance width from ``TextMetrics`` placed by `text-anchor`, from the font's ascent above the
/// baseline to its descent below, turned by a `rotate(±90 x y)` transform.
final class SVGTextLayout: NSObject, XMLParserDelegate {
    struct Box: CustomStringConvertible {
        var minX, minY, maxX, maxY: Double
        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
        var description: String { String(format: "[%.1f, %.1f]×[%.1f, %.1f]", minX, maxX, minY, maxY) }
    }

    struct Text {
        var content: String
        var attributes: [String: String]
        var box: Box {
            let x = Double(attributes["x"] ?? "0") ?? 0, y = Double(attributes["y"] ?? "0") ?? 0
            let size = Double(attributes["font-size"] ?? "12") ?? 12
            let width = TextMetrics.width(content, size: size, bold: attributes["font-weight"] == "bold")
            let anchor = attributes["text-anchor"] ?? "start"
            let start = anchor == "end" ? -width : anchor == "middle" ? -width / 2 : 0
            let along = (start, start + width), across = (-TextMetrics.ascent * size, TextMetrics.descent * size)
            if attributes["transform"]?.hasPrefix("rotate(-90") == true {
                return Box(minX: x + across.0, minY: y - along.1, maxX: x + across.1, maxY: y - along.0)
            }
            return Box(minX: x + along.0, minY: y + across.0, maxX: x + along.1, maxY: y + across.1)
        }
    }

    struct Rect { var width: Double; var title: String? }

    var width = 0.0, height = 0.0
    var texts: [Text] = []
    var rects: [Rect] = []
    var counts: [String: Int] = [:]
    private var open: [String: String]?
    private var content = ""
    private var inTitle = false

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        switch name {
        case "svg": width = Double(attributes["width"] ?? "0") ?? 0; height = Double(attributes["height"] ?? "0") ?? 0
        case "text": open = attributes; content = ""
        case "rect": rects.append(Rect(width: Double(attributes["width"] ?? "0") ?? 0))
        case "title": inTitle = true; content = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { content += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let attributes = open { texts.append(Text(content: content, attributes: attributes)); open = nil }
        if name == "title", inTitle { rects[rects.count - 1].title = content; inTitle = false }
    }
}
