import Foundation
import PeakmemResults

/// The memory timeline of one variant's first run, like `mprof plot`: time on x (ms), MiB on
/// y, from the sampler's ticks kept in the results.
///
/// Lines: the process's RSS (`VmRSS`), jemalloc's resident and allocated bytes, and the live
/// array bytes of the ledger. The measured window (the sampler runs exactly while the
/// variant's `run` code does) is shaded; before it, each line starts at the value measured
/// just before the run, and after it ends at `VmRSS` after the run. The peak is annotated twice:
/// the kernel's `VmHWM` (exact at page level, a dashed line) and the highest sampled RSS tick (a
/// dot), plus the ledger's exact peak (baseline + `peak_increment`).
public struct TimelineChart: Sendable {
    /// One line of the chart.
    struct Line {
        var legend: String
        var color: String
        var before: Int
        var values: KeyPath<Sample, Int>
    }

    public var scenario: String
    public var variant: VariantResult

    public init(scenario: String, variant: VariantResult) {
        self.scenario = scenario
        self.variant = variant
    }

    /// False when the variant kept no timeline (a failed run, or results without samples).
    public var hasData: Bool { !(variant.runs.first?.timeline.samples.isEmpty ?? true) }

    /// The SVG text, or nil without a timeline.
    public func render() -> String? {
        guard let run = variant.runs.first, !run.timeline.samples.isEmpty else { return nil }
        let samples = run.timeline.samples
        let mib = 1024.0 * 1024.0
        let lines = [
            Line(legend: "RSS (VmRSS)", color: "#d62728", before: run.baseline.rss, values: \.rss),
            Line(legend: "jemalloc resident", color: "#ff7f0e", before: run.baseline.jemallocResident, values: \.jemallocResident),
            Line(legend: "jemalloc allocated", color: "#2ca02c", before: run.baseline.jemallocAllocated, values: \.jemallocAllocated),
            Line(legend: "ledger live arrays", color: "#1f77b4", before: run.baseline.ledgerLive, values: \.ledgerLive),
        ]
        let duration = max(run.timeline.duration, samples.last?.time ?? 0, 1e-6)
        let lead = duration * 0.08
        let xAxis = AxisScale(tightLower: -lead * 1e3, upper: (duration + lead) * 1e3, targetTicks: 6)
        let ledgerPeak = run.baseline.ledgerLive + run.peakIncrement
        let maximum = ([run.rssPeak, ledgerPeak, run.timeline.peaks.jemallocResident, run.rssAfter]
            + lines.map(\.before)).max() ?? 0
        let yAxis = AxisScale(maximum: max(Double(maximum) / mib * 1.08, 0.01))
        let width = 760.0, height = 420.0, left = 70.0, right = 24.0, top = 60.0, bottom = 56.0
        let plotRight = width - right, plotBottom = height - bottom
        func x(_ seconds: Double) -> Double { xAxis.position(seconds * 1e3, from: left, to: plotRight) }
        func y(_ bytes: Int) -> Double { yAxis.position(Double(bytes) / mib, from: plotBottom, to: top) }

        var svg = SVGDocument(width: width, height: height)
        svg.text("\(scenario)/\(variant.name): memory over time", x: 12, y: 22, size: 15, weight: "bold")
        for (index, line) in lines.enumerated() {
            let lx = 12 + Double(index) * 180
            svg.line(x1: lx, y1: 38, x2: lx + 18, y2: 38, stroke: line.color, width: 2.5)
            svg.text(line.legend, x: lx + 23, y: 42, size: 11)
        }
        svg.rect(x: x(0), y: top, width: x(duration) - x(0), height: plotBottom - top, fill: "#4a90d9", opacity: 0.1,
                 title: "measured window: \(FigureFormatting.time(duration))")
        svg.text("measured window", x: x(0) + 4, y: top + 14, size: 11, fill: "#2b5c8a")
        for tick in yAxis.ticks {
            let ty = yAxis.position(tick, from: plotBottom, to: top)
            svg.line(x1: left, y1: ty, x2: plotRight, y2: ty, stroke: "#e4e4e4")
            svg.text(yAxis.label(tick), x: left - 6, y: ty + 4, size: 11, anchor: "end")
        }
        for tick in xAxis.ticks {
            let tx = xAxis.position(tick, from: left, to: plotRight)
            svg.line(x1: tx, y1: plotBottom, x2: tx, y2: plotBottom + 4, stroke: "#333")
            svg.text(xAxis.label(tick), x: tx, y: plotBottom + 18, size: 11, anchor: "middle")
        }
        svg.line(x1: x(0), y1: top, x2: x(0), y2: plotBottom, stroke: "#2b5c8a", dashed: true)
        svg.line(x1: x(duration), y1: top, x2: x(duration), y2: plotBottom, stroke: "#2b5c8a", dashed: true)
        svg.line(x1: left, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#333")
        svg.line(x1: left, y1: top, x2: left, y2: plotBottom, stroke: "#333")
        svg.text("time (ms)", x: (left + plotRight) / 2, y: height - 14, size: 12, anchor: "middle")
        svg.text("MiB", x: 18, y: (top + plotBottom) / 2, size: 12, anchor: "middle", rotate: -90)

        for line in lines {
            var points = [(x(-lead), y(line.before)), (x(0), y(line.before))]
            points += samples.map { (x($0.time), y($0[keyPath: line.values])) }
            if line.values == \Sample.rss { points.append((x(duration + lead), y(run.rssAfter))) }
            svg.polyline(points, stroke: line.color, width: line.values == \Sample.rss ? 2.2 : 1.6)
        }
        let hwm = y(run.rssPeak)
        svg.line(x1: left, y1: hwm, x2: plotRight, y2: hwm, stroke: "#d62728", dashed: true)
        svg.text("VmHWM peak \(FigureFormatting.size(Double(run.rssPeak)))", x: plotRight - 4, y: hwm - 5, size: 11,
                 anchor: "end", weight: "bold", fill: "#a31515")
        if let top = samples.max(by: { $0.rss < $1.rss }) {
            svg.circle(x: x(top.time), y: y(top.rss), radius: 4, fill: "#d62728")
            svg.text("● sampled RSS peak \(FigureFormatting.size(Double(top.rss))) at \(FigureFormatting.time(top.time))",
                     x: plotRight, y: 22, size: 11, anchor: "end", fill: "#a31515")
        }
        let ledger = y(ledgerPeak)
        svg.line(x1: x(0), y1: ledger, x2: x(duration), y2: ledger, stroke: "#1f77b4", dashed: true)
        svg.text("ledger peak: +\(FigureFormatting.size(Double(run.peakIncrement))) (exact)", x: x(0) + 4,
                 y: ledger - 5, size: 11, fill: "#174f7a")
        return svg.render()
    }
}
