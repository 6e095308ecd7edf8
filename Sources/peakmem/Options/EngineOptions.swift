import ArgumentParser
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

extension EngineSelection: ExpressibleByArgument {}

/// `--engine swift|numpy|both`, shared by the commands that run scenarios.
struct EngineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The array engine: swift (peakmem's), numpy (real NumPy through python3, see docs/numpy-engine.md) or both side by side with a fidelity verdict.",
                               valueName: "ENGINE"))
    var engine: EngineSelection = .swift

    /// Sets the engine on `configuration`; with NumPy, checks Python, NumPy, memray and the
    /// packages the selected variants import, failing with exit status 2 naming what is missing.
    func apply(to configuration: inout RunConfiguration, scenarios: [Scenario]) throws(CommandError) {
        configuration.engine = engine
        guard engine.runsNumpy else { return }
        let environment: NumpyEnvironment
        do { environment = try NumpyEnvironment.probe() } catch { throw CommandError.badInput(error.description) }
        var needs: [(String, [String])] = []
        for scenario in scenarios {
            for variant in scenario.variants where configuration.selects(scenario: scenario.name, variant: variant.name) {
                guard NumpySkip.reason(scenario, variant) == nil else { continue }
                let missing = environment.missingPackages(scenario, variant)
                if !missing.isEmpty { needs.append(("\(scenario.name)/\(variant.name)", missing)) }
            }
        }
        if !needs.isEmpty { throw CommandError.badInput(NumpyEngineError.variantsNeedPackages(needs).description) }
        configuration.numpyEnvironment = environment
    }
}
