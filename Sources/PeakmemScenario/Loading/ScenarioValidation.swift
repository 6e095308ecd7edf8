import PeakmemLanguage

/// The checks of `peakmem check` that need no running: every file loads and validates (the
/// loader also guarantees that every scale a scenario lists resolves its parameters), every
/// code block parses, scenario names are unique. Further passes (names and functions against the registry) are added by the
/// layers that own them through ``codeCheck``.
public struct ScenarioValidation: Sendable {
    /// A scenario with its parsed code, ready for deeper checks.
    public struct Parsed: Sendable {
        public var scenario: Scenario
        /// The scenario's setup program, if any.
        public var setup: Program?
        /// Per variant (in order): its setup program and its run program.
        public var variants: [(name: String, setup: Program?, run: Program)]
    }

    /// A deeper check of parsed code; returns the problems it finds.
    public var codeCheck: (@Sendable (Parsed) -> [String])?

    public init(codeCheck: (@Sendable (Parsed) -> [String])? = nil) {
        self.codeCheck = codeCheck
    }

    /// Checks the scenario files under `paths`; returns the parsed scenarios and every problem
    /// found, each rendered as `file:line:column: error: message` (code errors with the
    /// source line and a caret).
    public func check(paths: [String]) -> (scenarios: [Parsed], problems: [String]) {
        let files: [String]
        do {
            files = try ScenarioLoader.files(in: paths)
        } catch {
            return ([], error.problems.map(\.description))
        }
        var problems: [String] = []
        var parsed: [Parsed] = []
        var names: [String: String] = [:]
        for file in files {
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.load(file: file)
            } catch {
                problems += error.problems.map(\.description)
                continue
            }
            if let other = names[scenario.name] {
                problems.append(ScenarioError(file: file, keyPath: "scenario",
                                              message: "the scenario name '\(scenario.name)' is also used by \(other)").description)
            }
            names[scenario.name] = file
            let (result, codeProblems) = check(scenario)
            problems += codeProblems
            parsed.append(result)
        }
        return (parsed, problems)
    }

    /// Parses every code block of a scenario already loaded (a file's or one built in memory)
    /// and runs ``codeCheck`` when they all parse; returns the parsed code and the problems.
    public func check(_ scenario: Scenario) -> (parsed: Parsed, problems: [String]) {
        var problems: [String] = []
        func parse(_ code: ScenarioCode?) -> Program? {
            guard let code else { return nil }
            do { return try code.parse() } catch { problems.append(error.description); return nil }
        }
        let setup = parse(scenario.setup)
        var variants: [(String, Program?, Program)] = []
        for variant in scenario.variants {
            let variantSetup = parse(variant.setup)
            if let run = parse(variant.run) { variants.append((variant.name, variantSetup, run)) }
        }
        let parsed = Parsed(scenario: scenario, setup: setup, variants: variants)
        if problems.isEmpty, let codeCheck { problems += codeCheck(parsed) }
        return (parsed, problems)
    }
}
