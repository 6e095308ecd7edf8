import PeakmemReports
import PeakmemRunner
import Testing

/// The scenario page's NumPy engine section (`--engine numpy|both` results).
@Suite("Scenario page: NumPy engine section")
struct NumpyEngineSectionTests {
    static func numpy(peak: Double, traced: Double, swiftPeak: Double) -> NumpyEngineResult {
        NumpyEngineResult(status: .ok, skipReason: nil, failure: nil, runs: [],
                          figures: ["peak_increment": peak, "traced_peak_increment": traced, "retained": traced, "rss_peak": 50 * 1_048_576],
                          figureSources: [:], wallTime: TimeStatistics([0.004]), cpuTime: nil, expectations: [], result: nil,
                          agreement: nil,
                          fidelity: FidelityVerdict(swiftPeak: swiftPeak, numpyPeak: peak, numpyTracedPeak: traced,
                                                    swiftTime: 0.002, numpyTime: 0.004))
    }

    @Test("NumPy's figures, the verdicts, skips, and every difference over 1 % explained")
    func section() throws {
        var results = try Fixture.results()
        var scenario = results.scenarios[0]
        #expect(!ScenarioPage(scenario: scenario, scale: results.scale).render().contains("## NumPy engine"))
        let names = scenario.variants.map(\.name)
        let peak = scenario.variants[0].figures["peak_increment"] ?? 0
        scenario.variants[0].numpy = Self.numpy(peak: peak, traced: peak + 1_000, swiftPeak: peak)
        scenario.variants[1].numpy = NumpyEngineResult(skipped: "semantics numpy-1.7 is peakmem-only")
        scenario.variants[2].numpy = Self.numpy(peak: 564_000, traced: 500_900, swiftPeak: 500_000)
        results.scenarios[0] = scenario
        let page = ScenarioPage(scenario: scenario, scale: results.scale).render()
        #expect(page.contains("## NumPy engine"))
        #expect(page.contains("| `\(names[1])` | "))
        #expect(page.contains("skipped: semantics numpy-1.7 is peakmem-only"))
        #expect(page.contains("| equal | "))
        #expect(page.contains("| differs by -11.3 % | "))
        #expect(page.contains("- `\(names[2])`: peakmem's engine peaks 64,000 B lower than NumPy — NumPy's peak holds 63,100 B that tracemalloc does not see"), "\(page)")
    }
}
