import Foundation

/// The top of a chart: its title, then legend entries flowing left to right and wrapping onto a
/// new row when the next one would pass the right margin. Widths come from ``TextMetrics``.
struct ChartHeader {
    /// A legend entry: a swatch (a filled square, a short line, or none) and its text.
    struct Entry {
        enum Swatch { case square, line, none }
        var text: String
        var color: String
        var swatch: Swatch
        var textColor = "#222"
    }

    static let margin = 12.0
    static let titleSize = 15.0
    static let entrySize = 11.0
    static let rowHeight = 17.0

    var title: String
    var entries: [Entry]

    /// The width the title needs, margins included.
    var minimumWidth: Double {
        let widest = entries.map(Self.entryWidth).max() ?? 0
        return max(TextMetrics.width(title, size: Self.titleSize, bold: true), widest) + 2 * Self.margin
    }

    static func entryWidth(_ entry: Entry) -> Double {
        (entry.swatch == .none ? 0 : 23) + TextMetrics.width(entry.text, size: entrySize)
    }

    /// Draws the header into `svg` (whose width is final) and returns the y below it.
    func draw(into svg: inout SVGDocument) -> Double {
        svg.text(title, x: Self.margin, y: 22, size: Self.titleSize, weight: "bold")
        var x = Self.margin, baseline = 42.0
        for entry in entries {
            let width = Self.entryWidth(entry)
            if x > Self.margin, x + width > svg.width - Self.margin {
                x = Self.margin
                baseline += Self.rowHeight
            }
            switch entry.swatch {
            case .square: svg.rect(x: x, y: baseline - 10, width: 12, height: 12, fill: entry.color)
            case .line: svg.line(x1: x, y1: baseline - 4, x2: x + 18, y2: baseline - 4, stroke: entry.color, width: 2.5)
            case .none: break
            }
            svg.text(entry.text, x: x + (entry.swatch == .none ? 0 : 23), y: baseline, size: Self.entrySize,
                     fill: entry.textColor)
            x += width + 18
        }
        return baseline + 8
    }
}
