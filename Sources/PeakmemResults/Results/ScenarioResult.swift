/// The results of one scenario.
public struct ScenarioResult: Sendable, Codable, Hashable {
    public var name: String
    public var file: String
    public var title: String
    public var source: String?
    public var reference: String
    /// The parameter values used (after `--set`), typed; JSON holds each as its Python
    /// literal (``ParameterValue``).
    public var parameters: [String: ParameterValue]
    public var variants: [VariantResult]
    /// The scenario's `summary:` text; absent in older results.
    public var summary: String? = nil

    public init(name: String, file: String, title: String, source: String? = nil, reference: String, parameters: [String: ParameterValue], variants: [VariantResult], summary: String? = nil) {
        self.name = name
        self.file = file
        self.title = title
        self.source = source
        self.reference = reference
        self.parameters = parameters
        self.variants = variants
        self.summary = summary
    }
}
