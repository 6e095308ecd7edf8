import PeakmemResults


/// An absolute ceiling on one figure of one variant (`limits:`), checked by the gate whether
/// or not a baseline exists, like pytest-memray's `limit_memory`.
public struct Limit: Sendable, Hashable {
    public var variant: String
    public var metric: Metric
    /// The ceiling in the metric's unit (bytes, count or seconds).
    public var value: Double
    public var position: SourcePosition

    public init(variant: String, metric: Metric, value: Double, position: SourcePosition) {
        self.variant = variant
        self.metric = metric
        self.value = value
        self.position = position
    }
}
