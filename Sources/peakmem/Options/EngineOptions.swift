import ArgumentParser
import Foundation
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

extension EngineSelection: ExpressibleByArgument {}

/// `--engine swift|numpy|both`, shared by the commands that run scenarios.
struct EngineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The array engine: swift (peakmem's), numpy (real NumPy through python3, see docs/numpy-engine.md) or both side by side with a fidelity verdict.",
                               valueName: "ENGINE"))
    var engine: EngineSelection = .swift

    @Option(help: ArgumentHelp("The Python interpreter of the NumPy engine, e.g. a virtualenv's bin/python (default: $PEAKMEM_PYTHON, else python3 on PATH).",
                               valueName: "PATH"))
    var python: String?

    /// The NumPy engine's interpreter: `--python`, else `$PEAKMEM_PYTHON`, else `python3`.
    var pythonURL: URL? {
        guard let python else { return NumpyDriver.python() }
        return NumpyDriver.python(environment: ["PEAKMEM_PYTHON": python, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""])
    }

    /// Sets the engine on `configuration` and the Swift engine's skips; when NumPy runs (the
    /// selection, or variants only NumPy runs), checks Python, NumPy, memray and the packages
    /// the selected variants import, failing with exit status 2 naming what is missing.
    func apply(to configuration: inout RunConfiguration, suite: CommandSupport.Suite) throws(CommandError) {
        configuration.engine = engine
        configuration.swiftSkips = suite.swiftSkips
        let scenarios = suite.scenarios
        let plans = scenarios.flatMap { scenario in
            scenario.variants.filter { configuration.selects(scenario: scenario.name, variant: $0.name) }.map { variant in
                (scenario, variant, EnginePlan(scenario, variant, selection: engine,
                                               swiftProblem: suite.swiftSkips[RunConfiguration.key(scenario.name, variant.name)]))
            }
        }
        guard engine.runsNumpy || plans.contains(where: { $0.2.runsNumpy }) else { return }
        let environment: NumpyEnvironment
        do { environment = try NumpyEnvironment.probe(python: pythonURL) } catch { throw CommandError.badInput(error.description) }
        var needs: [(String, [String])] = []
        for (scenario, variant, plan) in plans where plan.runsNumpy {
            let missing = environment.missingPackages(scenario, variant)
            if !missing.isEmpty { needs.append(("\(scenario.name)/\(variant.name)", missing)) }
        }
        if !needs.isEmpty { throw CommandError.badInput(NumpyEngineError.variantsNeedPackages(needs).description) }
        configuration.numpyEnvironment = environment
    }
}
