import Foundation
import PeakmemResults
import PeakmemReports

/// An SVG line chart of one figure of one variant over the commits of a series: one point per
/// recorded run (x: history order, labelled by short commit hash; y: the value in a readable
/// unit), with a dashed red marker at every run where an exact figure of the variant changed,
/// labelled `changed at HASH`.
///
/// The markers are the same on the variant's exact, RSS and time charts, so that a move of the
/// RSS or the time can be read against the exact changes of the same commits.
package struct TrendChart: Sendable {
    package var trend: FigureTrend
    /// The runs to mark: where an exact figure of the variant changed.
    package var markedRuns: Set<Int64>

    package init(trend: FigureTrend, markedRuns: Set<Int64>) {
        self.trend = trend
        self.markedRuns = markedRuns
    }

    /// The label on a marked run.
    package static func markLabel(_ commit: CommitInfo) -> String { "changed at \(commit.shortHash)" }

    /// A unit to draw values in: its name and how many base units (bytes, seconds) it holds.
    struct DisplayUnit {
        var name: String
        var scale: Double

        /// The largest binary size unit (or time unit) not above `maximum`.
        static func choose(metric: String, maximum: Double) -> DisplayUnit {
            switch Metric(rawValue: metric)?.unit {
            case .count?: return DisplayUnit(name: "count", scale: 1)
            case .seconds?: return maximum >= 1 ? DisplayUnit(name: "s", scale: 1) : DisplayUnit(name: "ms", scale: 1e-3)
            default:
                let units = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
                for (name, size) in units where maximum >= Double(size) { return DisplayUnit(name: name, scale: Double(size)) }
                return DisplayUnit(name: "B", scale: 1)
            }
        }
    }

    /// The SVG text.
    package func render() -> String {
        let points = trend.points
        let values = points.compactMap(\.value)
        let unit = DisplayUnit.choose(metric: trend.metric, maximum: values.max() ?? 0)
        let width = 760.0, height = 400.0, left = 80.0, right = 30.0, top = 62.0, bottom = 110.0
        let plotRight = width - right, plotBottom = height - bottom
        let yAxis = AxisScale(maximum: max((values.max() ?? 0) / unit.scale * 1.1, 1e-6))
        func x(_ index: Int) -> Double {
            points.count <= 1 ? (left + plotRight) / 2 : left + Double(index) / Double(points.count - 1) * (plotRight - left)
        }
        func y(_ value: Double) -> Double { yAxis.position(value / unit.scale, from: plotBottom, to: top) }

        var svg = SVGDocument(width: width, height: height)
        svg.text("\(trend.key): \(trend.metric) over commits", x: 12, y: 22, size: 15, weight: "bold")
        svg.text("\(trend.series) — \(FigureFormatting.counted(points.count, "run")); dashed red: an exact figure changed",
                 x: 12, y: 42, size: 11, fill: "#555")
        for tick in yAxis.ticks {
            let ty = yAxis.position(tick, from: plotBottom, to: top)
            svg.line(x1: left, y1: ty, x2: plotRight, y2: ty, stroke: "#e4e4e4")
            svg.text(yAxis.label(tick), x: left - 6, y: ty + 4, size: 11, anchor: "end")
        }
        svg.text(unit.name, x: 16, y: (top + plotBottom) / 2, size: 12, anchor: "middle", rotate: -90)
        svg.line(x1: left, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#333")
        svg.line(x1: left, y1: top, x2: left, y2: plotBottom, stroke: "#333")
        // Label every run when they fit, else about 25 evenly spaced ones (marked runs always).
        let labelEvery = max(1, Int((Double(points.count) / 25).rounded(.up)))
        var markCount = 0
        for (index, point) in points.enumerated() {
            let marked = markedRuns.contains(point.run.id)
            if marked {
                svg.line(x1: x(index), y1: top, x2: x(index), y2: plotBottom, stroke: "#d62728", width: 1.5, dashed: true)
                // Labels of neighbouring marks step down so that they do not overlap.
                let anchor = x(index) > (left + plotRight) / 2 ? "end" : "start"
                svg.text(Self.markLabel(point.run.commit), x: x(index) + (anchor == "end" ? -4 : 4), y: top + 12 + Double(markCount % 4) * 13,
                         size: 11, anchor: anchor, weight: "bold", fill: "#a31515")
                markCount += 1
            }
            if marked || index % labelEvery == 0 || index == points.count - 1 {
                svg.text(point.run.commit.shortHash.prefix(7) + (point.run.commit.dirty ? "+" : ""), x: x(index),
                         y: plotBottom + 14, size: 10, anchor: "end", fill: marked ? "#a31515" : "#444", rotate: -45)
            }
        }
        // The line joins consecutive runs that have a value; a run without one breaks it.
        var segment: [(Double, Double)] = []
        for (index, point) in points.enumerated() {
            if let value = point.value { segment.append((x(index), y(value))) } else {
                if segment.count > 1 { svg.polyline(segment, stroke: "#1f77b4", width: 2) }
                segment = []
            }
        }
        if segment.count > 1 { svg.polyline(segment, stroke: "#1f77b4", width: 2) }
        for (index, point) in points.enumerated() {
            guard let value = point.value else {
                svg.text("✕", x: x(index), y: plotBottom - 4, size: 11, anchor: "middle", fill: "#c00000")
                continue
            }
            svg.circle(x: x(index), y: y(value), radius: 3.5, fill: markedRuns.contains(point.run.id) ? "#d62728" : "#1f77b4")
        }
        svg.text("commits, oldest first (+: uncommitted changes; ✕: the variant failed)", x: (left + plotRight) / 2,
                 y: height - 10, size: 11, anchor: "middle", fill: "#555")
        return svg.render()
    }
}
