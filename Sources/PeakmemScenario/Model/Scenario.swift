import PeakmemResults

/// A scenario file: variants of one job, with the parameters that size them.
///
/// The YAML schema is documented in `docs/scenario-format.md`.
public struct Scenario: Sendable, Hashable {
    /// The file the scenario was loaded from.
    public var file: String
    /// Its identifier (`scenario:`), unique among the scenarios of a run.
    public var name: String
    public var title: String
    /// Where the job and its documented figures come from.
    public var source: String?
    public var summary: String?
    /// Named values, in file order.
    public var parameters: [Parameter]
    /// Code run before each variant's setup, not measured.
    public var setup: ScenarioCode?
    /// The name the variants bind their result to; variants must agree on it.
    public var result: String?
    /// The variant the report's ratios are computed against.
    public var reference: String?
    /// The NumPy behaviour reproduced unless a variant says otherwise.
    public var semantics: Semantics
    /// The variants, in file order.
    public var variants: [Variant]
    /// Absolute ceilings per variant and metric.
    public var limits: [Limit]
    /// How close results must be, unless a variant says otherwise.
    public var tolerance: ResultTolerance?
    /// Directories put first on the NumPy engine's `sys.path` (`python_path:`), absolute.
    public var pythonPath: [String] = []
    /// The engines the variants may run on (`engines:`), when the scenario restricts them.
    public var engines: Set<ArrayEngine>? = nil
    /// How long a run may take, unless a variant or `--timeout` says otherwise.
    public var timeout: ScenarioTimeout?
    /// Directories scenario code may read (`data:`), absolute; read-only.
    public var data: [String] = []

    public init(file: String, name: String, title: String, source: String?, summary: String?, parameters: [Parameter],
                setup: ScenarioCode?, result: String?, reference: String?, semantics: Semantics, variants: [Variant],
                limits: [Limit], tolerance: ResultTolerance?) {
        self.file = file
        self.name = name
        self.title = title
        self.source = source
        self.summary = summary
        self.parameters = parameters
        self.setup = setup
        self.result = result
        self.reference = reference
        self.semantics = semantics
        self.variants = variants
        self.limits = limits
        self.tolerance = tolerance
    }

    /// The scales every parameter defines (all scales when there are no parameters).
    public var scales: [Scale] {
        Scale.allCases.filter { scale in parameters.allSatisfy { $0.values[scale] != nil } }
    }

    /// The variant called `name`.
    public func variant(named name: String) -> Variant? {
        variants.first { $0.name == name }
    }

    /// The engines `variant` may run on: its own `engines:`, else the scenario's, else both;
    /// an asv-style benchmark runs on NumPy only.
    public func engines(of variant: Variant) -> Set<ArrayEngine> {
        if variant.benchmark != nil { return [.numpy] }
        return variant.engines ?? engines ?? Set(ArrayEngine.allCases)
    }

    /// The semantics a variant runs with.
    public func semantics(of variant: Variant) -> Semantics {
        variant.semantics ?? semantics
    }
}
