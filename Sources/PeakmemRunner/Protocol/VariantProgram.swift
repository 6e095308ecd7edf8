import PeakmemResults
import PeakmemScenario

/// One variant of one scenario resolved by the parent, once per variant, for a worker of
/// either engine: the parameters of the run's scale with the `--set` overrides applied, the
/// setup blocks in order (the scenario's, then the variant's), the measured `run` block, the
/// semantics, the claims to check and the result's name. Workers read no scenario file: the
/// Swift worker runs this (``WorkerRequest/program``), the NumPy driver its Python-literal
/// form (``NumpyProgram``).
package struct VariantProgram: Sendable, Codable, Hashable {
    /// The scenario file (for messages).
    package var file: String
    /// The variant's name.
    package var variant: String
    /// The parameter values, typed.
    package var parameters: [String: ParameterValue]
    /// The setup blocks, run in order before the measurement.
    package var setup: [ScenarioCode]
    /// The measured block.
    package var run: ScenarioCode
    /// The NumPy behaviour to reproduce.
    package var semantics: Semantics
    /// The `expect:` claims, evaluated after the run.
    package var expectations: [Expectation]
    /// The name of the result array, when the scenario names one.
    package var result: String?
    /// The asv-style benchmark the NumPy driver calls instead of `run`.
    package var benchmark: BenchmarkTarget?
    /// Absolute directories put first on the NumPy engine's `sys.path` (`python_path:`).
    package var pythonPath: [String]
    /// The scenario's `data:` directories (absolute), which its code may read.
    package var data: [String]

    /// The program of `variant` of `scenario` with `parameters` bound.
    package init(scenario: Scenario, variant: Variant, parameters: [String: ParameterValue]) {
        file = scenario.file
        self.variant = variant.name
        self.parameters = parameters
        setup = [scenario.setup, variant.setup].compactMap { $0 }
        run = variant.run
        semantics = scenario.semantics(of: variant)
        expectations = variant.expectations
        result = scenario.result
        benchmark = variant.benchmark
        pythonPath = scenario.pythonPath
        data = scenario.data
    }

    /// The program of `variant` of `scenario` at `scale` with `overrides`.
    ///
    /// - Throws: ``ScenarioError`` when the scenario lacks the scale or an override names no
    ///   parameter (``Scenario/parameterValues(scale:overrides:)``).
    package init(scenario: Scenario, variant: Variant, scale: Scale,
                overrides: [String: ParameterValue] = [:]) throws(ScenarioError) {
        self.init(scenario: scenario, variant: variant,
                  parameters: try scenario.parameterValues(scale: scale, overrides: overrides))
    }
}
