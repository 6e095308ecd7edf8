import PeakmemLanguage
import PeakmemRuntime
import PeakmemScenario

/// The deeper check of scenario code that `check`, `run` and `memit` run before anything:
/// imports, names, functions and keywords against the registry (``Checker``), for each variant
/// in the order its code runs (scenario setup, variant setup, run), with the parameters bound.
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
        }
        return problems
    })
}
