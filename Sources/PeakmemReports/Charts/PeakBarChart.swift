import Foundation
import PeakmemResults

/// A horizontal grouped bar chart of one scenario: per variant, the exact peak increment (the
/// ledger's) beside the RSS increment (the kernel's `VmHWM` − `VmRSS` before).
///
/// Both bars are increments over the memory live before the run, so they measure the same
/// thing two ways; their gap is what the scenario page explains. The byte axis is linear, or
/// logarithmic when the bars span more than a factor of ``ByteAxis/logThreshold`` (see
/// ``ByteAxis``). The margins are measured from the labels (``TextMetrics``), so no name or
/// value label is clipped, whatever its length.
public struct PeakBarChart: Sendable {
    /// One bar series: a figure of the results, its legend and its colour.
    public struct Series: Sendable {
        public var figure: String
        public var legend: String
        public var color: String
    }

    public static let series = [
        Series(figure: "peak_increment", legend: "exact peak increment (ledger)", color: "#1f77b4"),
        Series(figure: "rss_increment", legend: "RSS increment (VmHWM − VmRSS before)", color: "#ff7f0e"),
    ]

    public var scenario: ScenarioResult

    public init(scenario: ScenarioResult) { self.scenario = scenario }

    /// The SVG text.
    public func render() -> String {
        let variants = scenario.variants
        let nameSize = 12.0, valueSize = 10.0, tickSize = 11.0
        let barHeight = 14.0, groupGap = 14.0, plotMinimum = 480.0
        let names = variants.map { $0.name + ($0.name == scenario.reference ? " (ref)" : "") }
        let values = variants.filter { $0.status == .ok }.flatMap { v in Self.series.compactMap { v.figures[$0.figure] } }
        let axis = ByteAxis(values: values)
        let valueLabels = values.map { FigureFormatting.size($0) }
        let tickLabels = axis.ticks.map(axis.label)
        let widestName = names.map { TextMetrics.width($0, size: nameSize) }.max() ?? 0
        let widestValue = valueLabels.map { TextMetrics.width($0, size: valueSize) }.max() ?? 0
        let widestTick = tickLabels.map { TextMetrics.width($0, size: tickSize) }.max() ?? 0
        let left = max(ChartHeader.margin + widestName + 8, widestTick / 2 + ChartHeader.margin)
        let right = max(widestValue + 4, widestTick / 2) + ChartHeader.margin
        let header = ChartHeader(title: "\(scenario.name): peak memory per variant",
                                 entries: Self.series.map { .init(text: $0.legend, color: $0.color, swatch: .square) })
        let width = max(760, left + plotMinimum + right, header.minimumWidth).rounded(.up)
        let plotRight = width - right
        let groupHeight = Double(Self.series.count) * barHeight + groupGap
        let plotHeight = max(groupHeight * Double(variants.count), groupHeight)

        // The header's height depends on the width only; draw it on a scratch document first.
        var scratch = SVGDocument(width: width, height: 0)
        let top = header.draw(into: &scratch) + 6
        let height = top + plotHeight + 48
        var svg = SVGDocument(width: width, height: height)
        _ = header.draw(into: &svg)
        axis.draw(into: &svg, labels: tickLabels, left: left, right: plotRight, top: top, plotHeight: plotHeight, tickSize: tickSize)
        for (row, variant) in variants.enumerated() {
            let groupTop = top + Double(row) * groupHeight + groupGap / 2
            svg.text(names[row], x: left - 8, y: groupTop + Double(Self.series.count) * barHeight / 2 + 4, size: nameSize,
                     anchor: "end")
            if variant.status != .ok {
                svg.text("failed: \(variant.failure?.kind.rawValue ?? "error")", x: left + 6,
                         y: groupTop + barHeight, size: 11, fill: "#c00000")
                continue
            }
            for (index, item) in Self.series.enumerated() {
                guard let value = variant.figures[item.figure] else { continue }
                let y = groupTop + Double(index) * barHeight
                let end = axis.position(max(value, 0), from: left, to: plotRight)
                svg.rect(x: left, y: y, width: end - left, height: barHeight - 2, fill: item.color,
                         title: "\(variant.name) \(item.figure): \(FigureFormatting.exactBytes(value))")
                svg.text(FigureFormatting.size(value), x: end + 4, y: y + barHeight - 4, size: valueSize, fill: "#444")
            }
        }
        svg.line(x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: "#333")
        return svg.render()
    }
}
