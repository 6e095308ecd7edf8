import Foundation

/// A small SVG 1.1 writer: elements appended in drawing order, text escaped, numbers written
/// with at most two decimals so that files are stable and diff well.
package struct SVGDocument: Sendable {
    package var width: Double
    package var height: Double
    private var body: [String] = []

    package init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// `value` with at most two decimals and no trailing zeros.
    package static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// XML-escaped text.
    package static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    package mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                              opacity: Double? = nil, title: String? = nil) {
        var pairs = [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
                     ("height", Self.number(max(0, height))), ("fill", fill)]
        if let opacity { pairs.append(("fill-opacity", Self.number(opacity))) }
        if let title {
            body.append("<rect\(Self.attributes(pairs))><title>\(Self.escape(title))</title></rect>")
        } else {
            body.append("<rect\(Self.attributes(pairs))/>")
        }
    }

    package mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                              dashed: Bool = false) {
        var pairs = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                     ("stroke", stroke), ("stroke-width", Self.number(width))]
        if dashed { pairs.append(("stroke-dasharray", "5 3")) }
        body.append("<line\(Self.attributes(pairs))/>")
    }

    package mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.5) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        body.append("<polyline\(Self.attributes([("points", list), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width)), ("stroke-linejoin", "round")]))/>")
    }

    /// A closed filled shape (a min/max envelope), outlined in its own colour.
    package mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        body.append("<polygon\(Self.attributes([("points", list), ("fill", fill), ("fill-opacity", Self.number(opacity)), ("stroke", fill), ("stroke-width", "0.8"), ("stroke-linejoin", "round")]))/>")
    }

    package mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        body.append("<circle\(Self.attributes([("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)), ("fill", fill)]))/>")
    }

    /// Text; `anchor` is `start`, `middle` or `end`.
    package mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                              weight: String? = nil, fill: String = "#222", rotate: Double? = nil) {
        var pairs = [("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)),
                     ("text-anchor", anchor), ("fill", fill)]
        if let weight { pairs.append(("font-weight", weight)) }
        if let rotate { pairs.append(("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))")) }
        body.append("<text\(Self.attributes(pairs))>\(Self.escape(content))</text>")
    }

    /// The document: an XML declaration, the `svg` root with its size and a white background.
    package func render() -> String {
        let w = Self.number(width), h = Self.number(height)
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">",
                     "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>"]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
