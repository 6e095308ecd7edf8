import Foundation
import PeakmemReports
import PeakmemResults
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

    @Test("make bench's comparison table: ratios, verdicts, the goal, what was not compared, the machine")
    func comparisonMarkdown() throws {
        var results = try Fixture.results()
        var scenario = results.scenarios[0]
        let names = scenario.variants.map(\.name)
        let swiftPeak = try #require(scenario.variants[0].figures["peak_increment"])
        let swiftTime = try #require(scenario.variants[0].wallTime?.median)
        var numpy = Self.numpy(peak: swiftPeak / 2, traced: swiftPeak / 2, swiftPeak: swiftPeak)
        numpy.wallTime = TimeStatistics([swiftTime * 2])
        numpy.fidelity = FidelityVerdict(swiftPeak: swiftPeak, numpyPeak: swiftPeak / 2, numpyTracedPeak: swiftPeak / 2,
                                         swiftTime: swiftTime, numpyTime: swiftTime * 2)
        scenario.variants[0].numpy = numpy
        scenario.variants[1].numpy = NumpyEngineResult(skipped: "semantics numpy-1.7 is peakmem-only")
        results.scenarios = [scenario]
        let text = EngineComparison.markdown(results, command: "peakmem run scenarios --engine both")
        let row = "| \(scenario.name)/\(names[0]) | \(FigureFormatting.time(swiftTime)) | \(FigureFormatting.time(swiftTime * 2)) | 0.50× | "
            + "\(FigureFormatting.size(swiftPeak)) | \(FigureFormatting.size(swiftPeak / 2)) | 2.00× | differs by +100.0 % | — | not met (peak) |"
        #expect(text.contains(row), "\(text)")
        #expect(text.contains("Goal (Swift no slower and no larger than NumPy) over 1 variant compared: 1 not met (peak).\n"))
        #expect(text.contains("Swift ÷ NumPy time over 1 variant: geometric mean 0.50×, worst 0.50× (\(scenario.name)/\(names[0])).\n"))
        #expect(text.contains("- \(scenario.name)/\(names[1]): skipped: semantics numpy-1.7 is peakmem-only"))
        #expect(text.contains("Machine: \(results.machine.cpu), \(results.machine.cores) cores, "))
        #expect(text.contains("Swift engine: OpenBLAS \(results.machine.openblas)"))
    }

    /// One NumPy run whose timed run took `wall` seconds (every other figure 0).
    static func numpyRun(wall: Double) throws -> NumpyMeasurement {
        var fields: [String: Any] = ["time": ["wall": wall, "cpu": wall], "traced_wall_time": wall,
                                     "timeline": [Any](), "arrays": [String: Any](), "versions": ["numpy": "2.4.6"]]
        for key in ["peak_increment", "memray_peak", "blas_peak", "blas_allocated_total", "interpreter_peak",
                    "traced_peak_increment", "retained", "temporaries", "allocations", "allocated_total",
                    "rss_peak", "rss_increment", "rss_before", "memit_peak_mib", "memit_increment_mib"] {
            fields[key] = 0
        }
        return try JSONDecoder().decode(NumpyMeasurement.self, from: JSONSerialization.data(withJSONObject: fields))
    }

    @Test("make bench's comparison table: per-round ratios, their spread, the verdicts and the summary line")
    func comparisonRounds() throws {
        var results = try Fixture.results()
        var scenario = results.scenarios[0]
        scenario.variants = Array(scenario.variants.prefix(3))
        let names = scenario.variants.map(\.name)
        // Three rounds per variant: Swift ÷ NumPy per round, interleaved as `--engine both` runs them.
        let rounds: [(swift: [Double], numpy: [Double])] = [
            ([0.8, 0.9, 0.85], [1, 1, 1]),  // 0.80–0.90: met
            ([1.3, 1.2, 1.25], [1, 1, 1]),  // 1.20–1.30: not met
            ([0.97, 1.03, 1.0], [1, 1, 1]), // 0.97–1.03: within noise
        ]
        for (index, round) in rounds.enumerated() {
            let peak = try #require(scenario.variants[index].figures["peak_increment"])
            let template = scenario.variants[index].runs[0]
            scenario.variants[index].runs = round.swift.map { wall in
                var run = template
                run.time.wall = wall
                return run
            }
            var numpy = Self.numpy(peak: peak, traced: peak, swiftPeak: peak)
            numpy.runs = try round.numpy.map { try Self.numpyRun(wall: $0) }
            scenario.variants[index].numpy = numpy
        }
        results.scenarios = [scenario]
        let text = EngineComparison.markdown(results, command: "peakmem run scenarios --engine both")
        #expect(text.contains("| \(scenario.name)/\(names[0]) | "), "\(text)")
        #expect(text.contains(" | 0.85× (0.80–0.90) | "))
        #expect(text.contains(" | 1.25× (1.20–1.30) | "))
        #expect(text.contains(" | 1.00× (0.97–1.03) | "))
        #expect(text.contains("| equal | — | met |"))
        #expect(text.contains("| equal | — | not met |"))
        #expect(text.contains("| equal | — | within noise |"))
        #expect(text.contains("over 3 variants compared: 1 met, 1 not met, 1 within noise.\n"))
        // (0.85 × 1.25 × 1.00)^(1/3) = 1.0203...
        #expect(text.contains("Swift ÷ NumPy time over 3 variants: geometric mean 1.02×, worst 1.25× (\(scenario.name)/\(names[1])).\n"))
    }
}
