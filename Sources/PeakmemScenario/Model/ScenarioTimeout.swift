/// A scenario's or variant's `timeout:`: how long one run may take before its worker is
/// stopped, or no limit.
public enum ScenarioTimeout: Sendable, Hashable {
    case seconds(Double)
    /// `timeout: none`.
    case none

    /// The seconds, nil for no limit.
    public var seconds: Double? {
        if case .seconds(let value) = self { return value }
        return nil
    }
}
