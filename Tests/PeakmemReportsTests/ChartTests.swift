import Foundation
import PeakmemReports
import Testing

@Suite("Reports: SVG charts")
struct ChartTests {
    @Test("the bar chart: two bars per variant that ran, a failure label, axis ticks; matches its golden file")
    func barChart() throws {
        let scenario = try Fixture.results().scenarios[0]
        let svg = PeakBarChart(scenario: scenario).render()
        let census = try XMLCensus(svg)
        // Background + 2 legend swatches + 2 bars × 3 variants that ran.
        #expect(census.counts["rect"] == 1 + 2 + 6)
        #expect(census.counts["title"] == 6)
        #expect(census.texts.contains("failed: memory_limit"))
        #expect(census.texts.contains("x-fortran"))
        #expect(census.texts.contains("both-c (ref)"))
        #expect(census.texts.contains("3.89 MiB"))  // 4,080,000 B
        try Fixture.expectGolden(svg, "xxt-order-peaks.svg")
    }

    @Test("a timeline: four lines, the measured window, the VmHWM and ledger peaks annotated; matches its golden file")
    func timeline() throws {
        let variant = try Fixture.results().scenarios[0].variants.first { $0.name == "x-fortran" }!
        let svg = try #require(TimelineChart(scenario: "xxt-order", variant: variant).render())
        let census = try XMLCensus(svg)
        #expect(census.counts["polyline"] == 4)
        #expect(census.counts["circle"] == 1)
        #expect(census.texts.contains("measured window"))
        #expect(census.texts.contains("time (ms)"))
        let hwm = FigureFormatting.size(Double(variant.runs[0].rssPeak))
        #expect(census.texts.contains("VmHWM peak \(hwm)"))
        #expect(census.texts.contains("ledger peak increment +3.89 MiB (exact)"))
        try Fixture.expectGolden(svg, "xxt-order-x-fortran-timeline.svg")
    }

    @Test("no timeline for a failed variant")
    func noTimeline() throws {
        let failed = try Fixture.results().scenarios[0].variants.first { $0.name == "too-big" }!
        #expect(TimelineChart(scenario: "xxt-order", variant: failed).render() == nil)
    }

    @Test("axis ticks are round numbers covering the range")
    func axis() {
        let axis = AxisScale(maximum: 7.71)
        #expect(axis.ticks == [0, 2, 4, 6, 8])
        let small = AxisScale(lower: -6, maximum: 83, targetTicks: 6)
        #expect(small.ticks.first! <= -6 && small.ticks.last! >= 83)
        #expect(SVGDocument.number(2.50) == "2.5")
        #expect(SVGDocument.escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
    }
}
