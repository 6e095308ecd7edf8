import Foundation
import PeakmemReports
import PeakmemResults
import Testing

/// The peak anatomy in reports: the scenario page's table, the stacked bar chart by role and
/// the index headline's biggest avoidable part.
@Suite("Reports: peak anatomy")
struct PeakAnatomyReportTests {
    /// The anatomy `peakmem run` gives xxt-order x-fortran at quick scale (X 100×5000, S 100×100).
    static let anatomy = PeakAnatomy(liveBytes: 12_080_000, allocations: [
        PeakAllocation(bytes: 4_000_000, dtype: "float64", shape: [5000, 100], role: .result, name: "Y",
                       site: AllocationSite(line: 20, column: 3, call: 1, callLine: 20, callColumn: 7, operation: "numpy.random.randn"), setup: true),
        PeakAllocation(bytes: 4_000_000, dtype: "float64", shape: [100, 5000], role: .result, name: "X",
                       site: AllocationSite(line: 31, column: 12, call: 1, callLine: 31, callColumn: 16, operation: "numpy.asfortranarray"), setup: true),
        PeakAllocation(bytes: 4_000_000, dtype: "float64", shape: [100, 5000], role: .layoutCopy(operand: 0, order: "C"), name: nil,
                       site: AllocationSite(line: 32, column: 10, call: 1, callLine: 32, callColumn: 14, operation: "numpy.dot"), setup: false),
        PeakAllocation(bytes: 80_000, dtype: "float64", shape: [100, 100], role: .result, name: "S",
                       site: AllocationSite(line: 32, column: 10, call: 1, callLine: 32, callColumn: 14, operation: "numpy.dot"), setup: false),
    ])

    /// The fixture's xxt-order results with the anatomy on `x-fortran`.
    func scenario() throws -> ScenarioResult {
        var scenario = try #require(try Fixture.results().scenarios.first { $0.name == "xxt-order" })
        let index = try #require(scenario.variants.firstIndex { $0.name == "x-fortran" })
        scenario.variants[index].peakAnatomy = Self.anatomy
        return scenario
    }

    @Test("the bar's parts add up to the live bytes at the peak: before the run, the bound result, the layout copy")
    func segments() {
        let parts = AnatomyBarChart.segments(of: Self.anatomy)
        #expect(parts.map(\.part.legend) == ["before the run", "result bound to a name", "layout copy"])
        #expect(parts.map(\.bytes) == [8_000_000, 80_000, 4_000_000])
        #expect(parts.reduce(0) { $0 + $1.bytes } == Self.anatomy.liveBytes)
    }

    @Test("the chart has one stacked bar for the variant with an anatomy (golden file)")
    func chart() throws {
        let svg = try #require(AnatomyBarChart(scenario: try scenario()).render())
        try Fixture.expectGolden(svg, "xxt-order-anatomy.svg")
        #expect(AnatomyBarChart(scenario: try Fixture.results().scenarios[0]).render() == nil)
    }

    @Test("the scenario page lists the anatomy with each buffer's role, operation, position and reason")
    func page() throws {
        let page = ScenarioPage(scenario: try scenario(), scale: "quick").render()
        #expect(page.contains("## Peak anatomy"))
        #expect(page.contains("![live bytes at the peak by role](charts/xxt-order-anatomy.svg)"))
        #expect(page.contains("| 4,000,000 B | float64 (100, 5000) | layout copy of operand 0 (C order) | `np.dot` | 32:14 | np.dot copied operand 0 to C order (float64 (100, 5000), 4,000,000 B) at line 32, col 14 |"))
        #expect(page.contains("| 80,000 B | float64 (100, 100) | result S | `np.dot` | 32:14 |"))
    }

    @Test("the index headline names the biggest avoidable part")
    func headline() throws {
        let scenario = try scenario()
        let peak = try #require(scenario.variants.first { $0.name == "x-fortran" }?.figures["peak_increment"])
        #expect(IndexPage.headline(scenario).contains(
            "biggest avoidable part: `x-fortran`: 3.81 MiB of its \(FigureFormatting.size(peak)) peak increment is np.dot's C-order copy of operand 0 at line 32"))
    }
}
