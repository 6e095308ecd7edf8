import Foundation
import PeakmemResults

/// The memory timeline of one variant's first run, like `mprof plot`: time on x, MiB on y, from
/// the sampler's ticks kept in the results.
///
/// Lines: the process's RSS (`VmRSS`), jemalloc's resident and allocated bytes, and the live
/// array bytes of the ledger. The measured window (the sampler runs exactly while the
/// variant's `run` code does) is shaded; before it, each line starts at the value measured
/// just before the run, and after it ends at `VmRSS` after the run. The peak is annotated twice:
/// the kernel's `VmHWM` (exact at page level, a dashed line) and the highest sampled RSS tick (a
/// dot), plus the ledger's exact peak increment, drawn as an arrow from the ledger's live bytes
/// before the run up to its peak (baseline + `peak_increment`).
///
/// The time axis is in ms up to 10 s, in s up to 10 min, in min beyond. With more ticks than the
/// plot has pixel columns, each line is drawn as its min/max envelope per pixel column (a band
/// from the lowest to the highest tick in the column) instead of a polyline that would alias
/// into solid blocks. Annotations are placed where no line runs (``LabelPlacer``).
package struct TimelineChart: Sendable {
    /// One line of the chart.
    struct Line {
        var legend: String
        var color: String
        var before: Int
        var values: KeyPath<Sample, Int>
    }

    /// A unit of the time axis: its name and its length in seconds.
    struct TimeUnit {
        var name: String
        var seconds: Double

        /// ms up to 10 s, s up to 10 min, min beyond.
        init(span: Double) {
            (name, seconds) = span <= 10 ? ("ms", 1e-3) : span <= 600 ? ("s", 1) : ("min", 60)
        }
    }

    package var scenario: String
    package var variant: VariantResult

    package init(scenario: String, variant: VariantResult) {
        self.scenario = scenario
        self.variant = variant
    }

    /// False when the variant kept no timeline (a failed run, or results without samples).
    package var hasData: Bool { !(variant.runs.first?.timeline.samples.isEmpty ?? true) }

    /// The SVG text, or nil without a timeline.
    package func render() -> String? {
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
        let unit = TimeUnit(span: duration + lead)
        let xAxis = AxisScale(tightLower: -lead / unit.seconds, upper: (duration + lead) / unit.seconds, targetTicks: 6)
        let ledgerPeak = run.baseline.ledgerLive + run.peakIncrement
        let maximum = ([run.rssPeak, ledgerPeak, run.timeline.peaks.jemallocResident, run.rssAfter]
            + lines.map(\.before)).max() ?? 0
        // Headroom above the highest line: a band where the annotations find room.
        let yAxis = AxisScale(maximum: max(Double(maximum) / mib * 1.25, 0.01))
        let sampledPeak = samples.max { $0.rss < $1.rss }
        var entries = lines.map { ChartHeader.Entry(text: $0.legend, color: $0.color, swatch: .line) }
        if let sampledPeak {
            entries.append(.init(text: "● sampled RSS peak \(FigureFormatting.size(Double(sampledPeak.rss))) at \(FigureFormatting.time(sampledPeak.time))",
                                 color: "#a31515", swatch: .none, textColor: "#a31515"))
        }
        let header = ChartHeader(title: "\(scenario)/\(variant.name): memory over time", entries: entries)
        let width = max(760, header.minimumWidth).rounded(.up), height = 440.0
        var svg = SVGDocument(width: width, height: height)
        let top = header.draw(into: &svg) + 10
        let widestTick = yAxis.ticks.map { TextMetrics.width(yAxis.label($0), size: 11) }.max() ?? 0
        let left = max(70, widestTick + 40), right = 24.0, bottom = 56.0
        let plotRight = width - right, plotBottom = height - bottom
        func x(_ seconds: Double) -> Double { xAxis.position(seconds / unit.seconds, from: left, to: plotRight) }
        func y(_ bytes: Int) -> Double { yAxis.position(Double(bytes) / mib, from: plotBottom, to: top) }

        svg.rect(x: x(0), y: top, width: x(duration) - x(0), height: plotBottom - top, fill: "#4a90d9", opacity: 0.1,
                 title: "measured window: \(FigureFormatting.time(duration))")
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
        svg.text("time (\(unit.name))", x: (left + plotRight) / 2, y: height - 14, size: 12, anchor: "middle")
        svg.text("MiB", x: 18, y: (top + plotBottom) / 2, size: 12, anchor: "middle", rotate: -90)

        var placer = LabelPlacer(plot: .init(minX: left + 2, minY: top + 2, maxX: plotRight - 2, maxY: plotBottom - 2))
        let columns = Int(plotRight - left)
        for line in lines {
            let thick = line.values == \Sample.rss
            let leadIn = [(x(-lead), y(line.before)), (x(0), y(line.before))]
            let tail = thick ? [(x(duration + lead), y(run.rssAfter))] : []
            if samples.count <= columns {
                let points = leadIn + samples.map { (x($0.time), y($0[keyPath: line.values])) } + tail
                svg.polyline(points, stroke: line.color, width: thick ? 2.2 : 1.6)
                placer.avoid(points)
            } else {
                let (upper, lower) = Self.envelope(samples, value: line.values, column: { Int(x($0) - left) },
                                                   x: { left + Double($0) + 0.5 }, y: y)
                svg.polyline(leadIn + [upper[0]], stroke: line.color, width: thick ? 2.2 : 1.6)
                svg.polygon(upper + lower.reversed(), fill: line.color, opacity: 0.35)
                if !tail.isEmpty { svg.polyline([upper[upper.count - 1]] + tail, stroke: line.color, width: 2.2) }
                placer.avoid(leadIn + upper + tail)
                placer.avoid(lower)
                for (high, low) in zip(upper, lower) { placer.avoid([high, low]) }
            }
        }
        let hwm = y(run.rssPeak)
        svg.line(x1: left, y1: hwm, x2: plotRight, y2: hwm, stroke: "#d62728", dashed: true)
        placer.avoid([(left, hwm), (plotRight, hwm)])
        if let sampledPeak { svg.circle(x: x(sampledPeak.time), y: y(sampledPeak.rss), radius: 4, fill: "#d62728") }

        // The ledger's peak increment: an arrow from its live bytes before the run to its peak,
        // at the tick where the ledger was highest.
        let ledgerTime = samples.max { $0.ledgerLive < $1.ledgerLive }?.time ?? 0
        let arrowX = min(max(x(ledgerTime), x(0) + 6), plotRight - 6)
        let from = y(run.baseline.ledgerLive), to = y(ledgerPeak)
        svg.line(x1: x(0), y1: to, x2: x(duration), y2: to, stroke: "#1f77b4", dashed: true)
        svg.line(x1: arrowX, y1: from, x2: arrowX, y2: to, stroke: "#174f7a", width: 1.5)
        svg.line(x1: arrowX - 4, y1: to + 5, x2: arrowX, y2: to, stroke: "#174f7a", width: 1.5)
        svg.line(x1: arrowX + 4, y1: to + 5, x2: arrowX, y2: to, stroke: "#174f7a", width: 1.5)
        placer.avoid([(x(0), to), (x(duration), to)])
        placer.avoid([(arrowX, from), (arrowX, to)])

        let middle = (from + to) / 2 + 4
        let ledgerText = "ledger peak increment +\(FigureFormatting.size(Double(run.peakIncrement))) (exact)"
        let ledgerAt = placer.place(ledgerText, size: 11, candidates: [
            .init(x: arrowX + 6, y: middle, anchor: "start"), .init(x: arrowX - 6, y: middle, anchor: "end"),
            .init(x: arrowX + 6, y: to - 6, anchor: "start"), .init(x: arrowX - 6, y: to - 6, anchor: "end"),
            .init(x: arrowX + 6, y: to + 16, anchor: "start"), .init(x: arrowX - 6, y: to + 16, anchor: "end"),
        ])
        svg.text(ledgerText, x: ledgerAt.x, y: ledgerAt.y, size: 11, anchor: ledgerAt.anchor, fill: "#174f7a")
        let hwmText = "VmHWM peak \(FigureFormatting.size(Double(run.rssPeak)))"
        let hwmAt = placer.place(hwmText, size: 11, bold: true, candidates: [
            .init(x: plotRight - 4, y: hwm - 5, anchor: "end"), .init(x: left + 4, y: hwm - 5, anchor: "start"),
            .init(x: (left + plotRight) / 2, y: hwm - 5, anchor: "middle"),
            .init(x: plotRight - 4, y: hwm + 14, anchor: "end"), .init(x: left + 4, y: hwm + 14, anchor: "start"),
        ])
        svg.text(hwmText, x: hwmAt.x, y: hwmAt.y, size: 11, anchor: hwmAt.anchor, weight: "bold", fill: "#a31515")
        let windowAt = placer.place("measured window", size: 11, candidates: [
            .init(x: x(0) + 4, y: top + 14, anchor: "start"), .init(x: x(duration) - 4, y: top + 14, anchor: "end"),
            .init(x: x(0) + 4, y: plotBottom - 6, anchor: "start"),
        ])
        svg.text("measured window", x: windowAt.x, y: windowAt.y, size: 11, anchor: windowAt.anchor, fill: "#2b5c8a")
        return svg.render()
    }

    /// Per pixel column, the point of the highest and of the lowest tick: the upper and lower
    /// edges of the envelope, left to right.
    static func envelope(_ samples: [Sample], value: KeyPath<Sample, Int>, column: (Double) -> Int,
                         x: (Int) -> Double, y: (Int) -> Double) -> (upper: [(Double, Double)], lower: [(Double, Double)]) {
        var bands: [(column: Int, low: Int, high: Int)] = []
        for sample in samples {
            let c = column(sample.time), v = sample[keyPath: value]
            if let last = bands.last, last.column == c {
                bands[bands.count - 1] = (c, min(last.low, v), max(last.high, v))
            } else {
                bands.append((c, v, v))
            }
        }
        return (bands.map { (x($0.column), y($0.high)) }, bands.map { (x($0.column), y($0.low)) })
    }
}
