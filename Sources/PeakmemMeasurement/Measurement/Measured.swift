import PeakmemResults

/// What ``MemoryMeasurement/measure(_:)`` returns: the measured code's own return value
/// (kept alive through the final readings, so arrays it returns count as retained) and the
/// figures of the run.
public struct Measured<Value> {
    /// The value the measured closure returned.
    public var value: Value
    /// The figures of the run.
    public var result: MeasurementResult

    /// Pairs a value with its figures.
    public init(value: Value, result: MeasurementResult) {
        self.value = value
        self.result = result
    }
}

extension Measured: Sendable where Value: Sendable {}
