import PeakmemLanguage
import PeakmemRunner
import PeakmemRuntime
import PeakmemScenario

/// The deeper check of scenario code that `check`, `run` and `memit` run before anything:
/// imports, names, functions and keywords against the registry (``Checker``), for each variant
/// in the order its code runs (scenario setup, variant setup, run), with the parameters bound;
/// then each variant's `expect:` expressions against the names its code assigns
/// (``ExpectationEvaluator/problem(in:arrays:parameters:)``), so that nothing `run` evaluates
/// after measuring can fail for a reason a check could have found.
enum CodeCheck {
    static let validation = ScenarioValidation(codeCheck: { parsed in
        let checker = Checker()
        let parameters = Set(parsed.scenario.parameters.map(\.name))
        var seen = Set<String>()
        var problems: [String] = []
        for variant in parsed.variants {
            let programs = [parsed.setup, variant.setup, variant.run].compactMap { $0 }
            for problem in checker.check(programs, predefined: parameters).map(\.description) where seen.insert(problem).inserted {
                problems.append(problem)
            }
            guard let model = parsed.scenario.variants.first(where: { $0.name == variant.name }) else { continue }
            let arrays = checker.boundNames(after: programs, predefined: parameters).subtracting(parameters)
            for expectation in model.expectations {
                guard let problem = ExpectationEvaluator.problem(in: expectation.expression, arrays: arrays, parameters: parameters) else { continue }
                problems.append(ScenarioError(file: parsed.scenario.file, keyPath: "variants.\(variant.name).expect.\(expectation.metric.rawValue)",
                                              position: expectation.position,
                                              message: "the expectation '\(expectation.expression)' cannot be evaluated: \(problem)").description)
            }
        }
        return problems
    })
}
