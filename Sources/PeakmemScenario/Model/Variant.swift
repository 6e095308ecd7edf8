import PeakmemResults

/// One way of doing the scenario's job: its own setup, the measured `run`, and what it
/// claims about itself.
public struct Variant: Sendable, Hashable {
    /// The variant's name, unique in its scenario (a key of `variants:`).
    public var name: String
    /// Code run after the scenario's setup, not measured.
    public var setup: ScenarioCode?
    /// The measured code.
    public var run: ScenarioCode
    /// The NumPy behaviour to reproduce, when it differs from the scenario's.
    public var semantics: Semantics?
    /// Figures the source documents for this variant.
    public var documented: [DocumentedFigure]
    /// Claims checked against the measured figures.
    public var expectations: [Expectation]
    /// Free text shown in the report.
    public var notes: String?
    /// How close this variant's result must be to the others'.
    public var tolerance: ResultTolerance?
    /// How long a run of this variant may take, unless `--timeout` says otherwise.
    public var timeout: ScenarioTimeout?
    /// Where the variant is defined.
    public var position: SourcePosition
    /// The engines this variant may run on (`engines:`), when it restricts them (else the
    /// scenario's).
    public var engines: Set<ArrayEngine>? = nil
    /// The asv-style benchmark measured instead of `run` (whose text then only describes the
    /// call), for variants discovered in Python benchmark files.
    public var benchmark: BenchmarkTarget? = nil

    public init(name: String, setup: ScenarioCode? = nil, run: ScenarioCode, semantics: Semantics? = nil,
                documented: [DocumentedFigure] = [], expectations: [Expectation] = [], notes: String? = nil,
                tolerance: ResultTolerance? = nil, position: SourcePosition) {
        self.name = name
        self.setup = setup
        self.run = run
        self.semantics = semantics
        self.documented = documented
        self.expectations = expectations
        self.notes = notes
        self.tolerance = tolerance
        self.position = position
    }
}
