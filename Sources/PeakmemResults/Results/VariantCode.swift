/// The code a variant ran, as Python source, for the report to show what was compared: the
/// setup blocks in order (the scenario's, then the variant's) and the measured `run` block.
public struct VariantCode: Sendable, Codable, Hashable {
    public var setup: [String]
    public var run: String

    public init(setup: [String], run: String) {
        self.setup = setup
        self.run = run
    }
}
