import PeakmemLanguage
import PeakmemResults
import PeakmemRunner
import PeakmemRuntime
import PeakmemScenario

/// The deeper check of scenario code that `check`, `run` and `memit` run before anything:
/// imports, names, functions and keywords against the registry (``Checker``), for each variant
/// in the order its code runs (scenario setup, variant setup, run), with the parameters bound;
/// then each variant's `expect:` expressions against the names its code assigns
/// (``ExpectationEvaluator/problem(in:arrays:parameters:)``), so that nothing `run` evaluates
/// after measuring can fail for a reason a check could have found. It is the Swift engine's
/// subset: it applies only to variants the Swift engine runs.
enum CodeCheck {
    static let validation = ScenarioValidation(codeCheck: { parsed in
        let checker = Checker()
        let parameters = Set(parsed.scenario.parameters.map(\.name))
        return parsed.variants.flatMap { variant -> [(String, String)] in
            let programs = [parsed.setup, variant.setup, variant.run].compactMap { $0 }
            var problems = checker.check(programs, predefined: parameters).map { (variant.name, $0.description) }
            guard let model = parsed.scenario.variants.first(where: { $0.name == variant.name }) else { return problems }
            let arrays = checker.boundNames(after: programs, predefined: parameters).subtracting(parameters)
            for expectation in model.expectations {
                guard let problem = ExpectationEvaluator.problem(in: expectation.expression, arrays: arrays, parameters: parameters) else { continue }
                problems.append((variant.name, ScenarioError(file: parsed.scenario.file, keyPath: "variants.\(variant.name).expect.\(expectation.metric.rawValue)",
                                                             position: expectation.position,
                                                             message: "the expectation '\(expectation.expression)' cannot be evaluated: \(problem)").description))
            }
            return problems
        }
    })

    /// The validation for `engine`: with `numpy` no code is checked (real NumPy runs any
    /// Python); with `both` code problems are the Swift engine's reasons to skip a variant.
    static func validation(for engine: EngineSelection) -> ScenarioValidation {
        var validation = Self.validation
        switch engine {
        case .swift: break
        case .numpy: validation.swiftRuns = { _, _ in false }
        case .both: validation.codeProblemsAreErrors = false
        }
        return validation
    }
}
