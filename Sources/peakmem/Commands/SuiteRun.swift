import ArgumentParser
import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// Running a selection of scenario variants, as `run`, `gate` and `baseline update` do: the
/// filters, an optional shard, the progress display, the results.
struct SuiteRun {
    var scenarios: [Scenario]
    var configuration: RunConfiguration
    var shard: Shard?
    var quiet: Bool
    var progress: Bool

    /// Runs the selected variants. With a shard, each scenario with a variant of the shard also
    /// runs its reference variant (marked `reference_only` unless the shard owns it), so that
    /// ratios and agreement are measured against it.
    func run() throws -> RunResults {
        let selected = scenarios.flatMap { s in
            s.variants.filter { configuration.selects(scenario: s.name, variant: $0.name) }.map { (s.name, $0.name) }
        }
        guard !selected.isEmpty else {
            throw CommandError.badInput("no variant matches \(configuration.filters.map { "'\($0)'" }.joined(separator: ", "))")
        }
        var runnable = scenarios
        var referenceOnly: Set<String> = []
        if let shard {
            let owned = Set(selected.enumerated().filter { shard.owns(position: $0.offset, of: selected.count) }
                .map { FigureTable.key($0.element.0, $0.element.1) })
            runnable = scenarios.compactMap { scenario in
                var scenario = scenario
                let mine = scenario.variants.filter { owned.contains(FigureTable.key(scenario.name, $0.name)) }
                guard !mine.isEmpty else { return nil }
                let reference = scenario.reference.flatMap { name in
                    configuration.selects(scenario: scenario.name, variant: name) ? name : nil
                } ?? scenario.variants.first { configuration.selects(scenario: scenario.name, variant: $0.name) }!.name
                scenario.variants = scenario.variants.filter { variant in
                    mine.contains(variant) || variant.name == reference
                }
                if !mine.contains(where: { $0.name == reference }) {
                    referenceOnly.insert(FigureTable.key(scenario.name, reference))
                }
                return scenario
            }
        }
        let variantCount = runnable.reduce(0) { count, scenario in
            count + scenario.variants.filter { configuration.selects(scenario: scenario.name, variant: $0.name) }.count
        }
        let display = ProgressDisplay(enabled: !quiet, terminal: progress && isatty(STDERR_FILENO) == 1,
                                      variantCount: variantCount)
        let runner = try ScenarioRunner(configuration: configuration, progress: display.report)
        var results = runner.run(runnable)
        display.finish()
        if !configuration.filters.isEmpty { results.options.filters = configuration.filters }
        if let shard {
            results.options.shard = shard.description
            for s in results.scenarios.indices {
                for v in results.scenarios[s].variants.indices
                where referenceOnly.contains(FigureTable.key(results.scenarios[s].name, results.scenarios[s].variants[v].name)) {
                    results.scenarios[s].variants[v].referenceOnly = true
                }
            }
        }
        return results
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
