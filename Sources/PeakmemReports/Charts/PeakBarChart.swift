import Foundation
import PeakmemResults

/// A horizontal grouped bar chart of one scenario: per variant, the exact peak increment (the
/// ledger's) beside the RSS increment (the kernel's `VmHWM` − `VmRSS` before), in MiB.
///
/// Both bars are increments over the memory live before the run, so they measure the same
/// thing two ways; their gap is what the scenario page explains.
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
        let labelWidth = min(260, Double(variants.map(\.name.count).max() ?? 8) * 7.5 + 20)
        let left = labelWidth, right = 40.0, top = 56.0, barHeight = 14.0, groupGap = 14.0
        let groupHeight = Double(Self.series.count) * barHeight + groupGap
        let plotHeight = max(groupHeight * Double(variants.count), groupHeight)
        let width = 760.0, height = top + plotHeight + 48
        let mib = 1024.0 * 1024.0
        let maximum = variants.flatMap { v in Self.series.compactMap { v.figures[$0.figure] } }.max() ?? 0
        let axis = AxisScale(maximum: max(maximum / mib, 0.01))
        var svg = SVGDocument(width: width, height: height)
        svg.text("\(scenario.name): peak memory per variant (MiB)", x: 12, y: 22, size: 15, weight: "bold")
        for (index, item) in Self.series.enumerated() {
            let x = 12 + Double(index) * 300
            svg.rect(x: x, y: 32, width: 12, height: 12, fill: item.color)
            svg.text(item.legend, x: x + 17, y: 42, size: 11)
        }
        let plotRight = width - right
        for tick in axis.ticks {
            let x = axis.position(tick, from: left, to: plotRight)
            svg.line(x1: x, y1: top, x2: x, y2: top + plotHeight, stroke: "#dddddd")
            svg.text(axis.label(tick), x: x, y: top + plotHeight + 16, size: 11, anchor: "middle")
        }
        svg.text("MiB", x: (left + plotRight) / 2, y: top + plotHeight + 36, size: 12, anchor: "middle")
        for (row, variant) in variants.enumerated() {
            let groupTop = top + Double(row) * groupHeight + groupGap / 2
            let name = variant.name + (variant.name == scenario.reference ? " (ref)" : "")
            svg.text(name, x: left - 8, y: groupTop + Double(Self.series.count) * barHeight / 2 + 4, size: 12, anchor: "end")
            if variant.status != .ok {
                svg.text("failed: \(variant.failure?.kind.rawValue ?? "error")", x: left + 6,
                         y: groupTop + barHeight, size: 11, fill: "#c00000")
                continue
            }
            for (index, item) in Self.series.enumerated() {
                guard let value = variant.figures[item.figure] else { continue }
                let y = groupTop + Double(index) * barHeight
                let end = axis.position(max(value, 0) / mib, from: left, to: plotRight)
                svg.rect(x: left, y: y, width: end - left, height: barHeight - 2, fill: item.color,
                         title: "\(variant.name) \(item.figure): \(FigureFormatting.exactBytes(value))")
                svg.text(FigureFormatting.size(value), x: end + 4, y: y + barHeight - 4, size: 10, fill: "#444")
            }
        }
        svg.line(x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: "#333")
        return svg.render()
    }
}
