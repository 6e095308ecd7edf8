import PeakmemLanguage

/// The checks of `peakmem check` that need no running: every file loads and validates (the
/// loader also guarantees that every scale a scenario lists resolves its parameters), every
/// code block parses, scenario names are unique. Further passes (names and functions against the registry) are added by the
/// layers that own them through ``codeCheck``.
///
/// The code language is the Swift engine's subset of Python: only the code of variants the
/// Swift engine may run (``swiftRuns``) is parsed and checked. Real NumPy runs any Python.
public struct ScenarioValidation: Sendable {
    /// A scenario with its parsed code, ready for deeper checks.
    public struct Parsed: Sendable {
        public var scenario: Scenario
        /// The scenario's setup program, if any.
        public var setup: Program?
        /// Per variant whose code was checked and parsed (in order): its setup program and its run program.
        public var variants: [(name: String, setup: Program?, run: Program)]
        /// The problems of each checked variant's code (parse errors and ``codeCheck``'s), by
        /// variant name: why the Swift engine cannot run it.
        public var codeProblems: [String: [String]] = [:]
    }

    /// A deeper check of parsed code; returns the problems it finds, each with the variant it
    /// concerns.
    public var codeCheck: (@Sendable (Parsed) -> [(variant: String, problem: String)])?

    /// Whether the Swift engine may run `variant`: only then is its code parsed and checked.
    public var swiftRuns: @Sendable (Scenario, Variant) -> Bool = { scenario, variant in
        scenario.engines(of: variant).contains(.swift)
    }

    /// Whether problems in the code are problems of the file (`--engine swift`) or only reasons
    /// the Swift engine skips a variant, reported in ``Parsed/codeProblems`` (`--engine both`).
    public var codeProblemsAreErrors = true

    public init(codeCheck: (@Sendable (Parsed) -> [(variant: String, problem: String)])? = nil) {
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
        return check(files: files)
    }

    /// Checks the scenario files `files`, as ``check(paths:)``.
    public func check(files: [String]) -> (scenarios: [Parsed], problems: [String]) {
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
    /// that the Swift engine may run and runs ``codeCheck`` on the variants whose code parses;
    /// returns the parsed code and the problems (none when code problems are not errors).
    public func check(_ scenario: Scenario) -> (parsed: Parsed, problems: [String]) {
        var problems: [String: [String]] = [:]
        let checked = scenario.variants.filter { swiftRuns(scenario, $0) }
        var setupProblem: String?
        let setup: Program?
        do { setup = try scenario.setup?.parse() } catch { setup = nil; setupProblem = error.description }
        var variants: [(String, Program?, Program)] = []
        for variant in checked {
            var own = setupProblem.map { [$0] } ?? []
            var variantSetup: Program?
            do { variantSetup = try variant.setup?.parse() } catch { own.append(error.description) }
            do {
                let run = try variant.run.parse()
                if own.isEmpty { variants.append((variant.name, variantSetup, run)) }
            } catch {
                own.append(error.description)
            }
            if !own.isEmpty { problems[variant.name] = own }
        }
        var parsed = Parsed(scenario: scenario, setup: setup, variants: variants)
        // As a file's errors, registry problems are reported once the code parses.
        if let codeCheck, !codeProblemsAreErrors || problems.isEmpty {
            for (variant, problem) in codeCheck(parsed) { problems[variant, default: []].append(problem) }
        }
        parsed.codeProblems = problems
        guard codeProblemsAreErrors else { return (parsed, []) }
        // Each problem once, in variant order (a shared setup's problem concerns every variant).
        var seen = Set<String>()
        let all = checked.flatMap { problems[$0.name] ?? [] }.filter { seen.insert($0).inserted }
        return (parsed, all)
    }
}
