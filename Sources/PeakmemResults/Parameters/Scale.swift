/// The size column a run picks from a scenario's parameters (`--scale`).
///
/// - `quick`: small sizes for tests and CI (every scenario must define it);
/// - `doc`: the sizes of the source the scenario reproduces, so its documented figures apply;
/// - `large`: the sizes the source's question was about, when they fit this machine.
public enum Scale: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    case quick, doc, large
    public var description: String { rawValue }
}
