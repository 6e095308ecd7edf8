/// A figure the scenario's source documents (`documented:`), shown in reports beside the
/// measured one.
///
/// Keys: `memit_peak` and `memit_increment` (what `%memit` printed, in MiB), `time` (a
/// documented duration), or any ``Metric`` name. The value keeps its unit as written.
public struct DocumentedFigure: Sendable, Hashable {
    /// The figure's key, e.g. `memit_peak`.
    public var key: String
    /// The value as written.
    public var quantity: Quantity
    /// Where it is written.
    public var position: SourcePosition

    public init(key: String, quantity: Quantity, position: SourcePosition) {
        self.key = key
        self.quantity = quantity
        self.position = position
    }

    /// The keys allowed besides metric names.
    public static let extraKeys = ["memit_peak", "memit_increment", "time"]
}
