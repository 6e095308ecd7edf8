import Foundation
import PeakmemResults

/// A horizontal stacked bar chart of one scenario: per variant with a ``PeakAnatomy``, the
/// ledger's live bytes at the exact high-water mark split by what the buffers were (arrays made
/// before the run, results bound to names, temporaries, layout copies, cast copies, scratch,
/// einsum intermediates, buffers past the anatomy's list). Each bar's length is the anatomy's
/// `live_bytes` exactly; the axis is linear (a stack has no log scale).
public struct AnatomyBarChart: Sendable {
    /// One segment kind: its legend and colour.
    public struct Part: Sendable, Hashable {
        public var legend: String
        public var color: String
    }

    public static let before = Part(legend: "before the run", color: "#c7c7c7")
    public static let bound = Part(legend: "result bound to a name", color: "#1f77b4")
    public static let temporary = Part(legend: "temporary", color: "#ff7f0e")
    public static let layoutCopy = Part(legend: "layout copy", color: "#d62728")
    public static let castCopy = Part(legend: "cast copy", color: "#9467bd")
    public static let scratch = Part(legend: "scratch", color: "#8c564b")
    public static let einsum = Part(legend: "einsum intermediate", color: "#2ca02c")
    public static let unlisted = Part(legend: "not listed", color: "#7f7f7f")
    /// The parts in stacking order.
    public static let parts = [before, bound, temporary, layoutCopy, castCopy, scratch, einsum, unlisted]

    /// The part `allocation` belongs to.
    public static func part(of allocation: PeakAllocation) -> Part {
        if allocation.setup { return before }
        switch allocation.role {
        case .result: return allocation.name == nil ? temporary : bound
        case .layoutCopy: return layoutCopy
        case .castCopy: return castCopy
        case .scratch: return scratch
        case .einsumIntermediate: return einsum
        }
    }

    /// The bytes of each part of `anatomy`, in stacking order (parts with none left out).
    public static func segments(of anatomy: PeakAnatomy) -> [(part: Part, bytes: Int)] {
        var bytes: [Part: Int] = [unlisted: anatomy.otherBytes]
        for allocation in anatomy.allocations { bytes[part(of: allocation), default: 0] += allocation.bytes }
        return parts.compactMap { part in bytes[part].flatMap { $0 > 0 ? (part, $0) : nil } }
    }

    public var scenario: ScenarioResult

    public init(scenario: ScenarioResult) { self.scenario = scenario }

    /// The SVG text, or nil when no variant has an anatomy.
    public func render() -> String? {
        let variants = scenario.variants.filter { $0.peakAnatomy != nil }
        guard !variants.isEmpty else { return nil }
        let nameSize = 12.0, valueSize = 10.0, tickSize = 11.0, barHeight = 18.0, gap = 10.0
        let totals = variants.map { Double($0.peakAnatomy?.liveBytes ?? 0) }
        let maximum = max(totals.max() ?? 1, 1)
        let axis = ByteAxis(values: [maximum, maximum / 2])          // linear: a stack has no log scale
        let tickLabels = axis.ticks.map(axis.label)
        let valueLabels = totals.map { FigureFormatting.size($0) }
        let widestName = variants.map { TextMetrics.width($0.name, size: nameSize) }.max() ?? 0
        let widestValue = valueLabels.map { TextMetrics.width($0, size: valueSize) }.max() ?? 0
        let widestTick = tickLabels.map { TextMetrics.width($0, size: tickSize) }.max() ?? 0
        let left = max(ChartHeader.margin + widestName + 8, widestTick / 2 + ChartHeader.margin)
        let right = max(widestValue + 4, widestTick / 2) + ChartHeader.margin
        let used = Set(variants.flatMap { Self.segments(of: $0.peakAnatomy!).map(\.part) })
        let header = ChartHeader(title: "\(scenario.name): live bytes at the exact peak, by role",
                                 entries: Self.parts.filter(used.contains).map { .init(text: $0.legend, color: $0.color, swatch: .square) })
        let width = max(760, left + 480 + right, header.minimumWidth).rounded(.up)
        let plotRight = width - right
        let plotHeight = Double(variants.count) * (barHeight + gap)
        var scratch = SVGDocument(width: width, height: 0)
        let top = header.draw(into: &scratch) + 6
        var svg = SVGDocument(width: width, height: top + plotHeight + 48)
        _ = header.draw(into: &svg)
        axis.draw(into: &svg, labels: tickLabels, left: left, right: plotRight, top: top, plotHeight: plotHeight, tickSize: tickSize)
        for (row, variant) in variants.enumerated() {
            let y = top + Double(row) * (barHeight + gap) + gap / 2
            svg.text(variant.name, x: left - 8, y: y + barHeight / 2 + 4, size: nameSize, anchor: "end")
            var start = 0
            for (part, bytes) in Self.segments(of: variant.peakAnatomy!) {
                let x0 = axis.position(Double(start), from: left, to: plotRight)
                let x1 = axis.position(Double(start + bytes), from: left, to: plotRight)
                svg.rect(x: x0, y: y, width: max(x1 - x0, 0), height: barHeight, fill: part.color,
                         title: "\(variant.name) \(part.legend): \(FigureFormatting.exactBytes(Double(bytes)))")
                start += bytes
            }
            let end = axis.position(Double(start), from: left, to: plotRight)
            svg.text(valueLabels[row], x: end + 4, y: y + barHeight - 5, size: valueSize, fill: "#444")
        }
        svg.line(x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: "#333")
        return svg.render()
    }
}
