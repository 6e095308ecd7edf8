/// Minimum, median and maximum of a time over the repeats of a variant, in seconds.
public struct TimeStatistics: Sendable, Codable, Hashable {
    public var min: Double
    public var median: Double
    public var max: Double

    /// The statistics of `values` (the median of an even count is the mean of the middle two).
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        self.min = sorted[0]
        self.max = sorted[sorted.count - 1]
        self.median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
