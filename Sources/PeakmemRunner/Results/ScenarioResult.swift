/// The results of one scenario.
public struct ScenarioResult: Sendable, Codable, Hashable {
    public var name: String
    public var file: String
    public var title: String
    public var source: String?
    public var reference: String
    /// The parameter values used (after `--set`), as text.
    public var parameters: [String: String]
    public var variants: [VariantResult]
    /// The scenario's `summary:` text; absent in older results.
    public var summary: String? = nil
}
