import Foundation

/// How closely the Swift engine reproduces NumPy on one variant: its exact peak increment (the
/// ledger) against NumPy's traced heap peak increment (memray: every malloc-family allocation
/// of the run), equal when they differ by at most ``tolerance`` of NumPy's figure; the same
/// comparison against tracemalloc's peak (which misses NumPy's plain-`malloc` buffers); and
/// the speed ratio, Swift's median wall time ÷ NumPy's (below 1: Swift faster).
public struct FidelityVerdict: Sendable, Codable, Hashable {
    /// The relative difference allowed for "equal": 1 %.
    public static let tolerance = 0.01

    public var swiftPeakIncrement: Double
    public var numpyPeakIncrement: Double
    public var numpyTracedPeakIncrement: Double
    /// (Swift − NumPy) ÷ NumPy's memray figure (0 when both are 0, nil when only NumPy's is).
    public var relativeDifference: Double?
    /// (Swift − NumPy) ÷ NumPy's tracemalloc figure.
    public var tracedRelativeDifference: Double?
    /// True when |relative difference| ≤ 1 %.
    public var equal: Bool
    /// Swift median wall time ÷ NumPy median wall time.
    public var timeRatio: Double?
    /// Swift's peak increment ÷ NumPy's.
    public var peakRatio: Double?

    public init(swiftPeak: Double, numpyPeak: Double, numpyTracedPeak: Double, swiftTime: Double?, numpyTime: Double?) {
        swiftPeakIncrement = swiftPeak
        numpyPeakIncrement = numpyPeak
        numpyTracedPeakIncrement = numpyTracedPeak
        relativeDifference = Self.relative(swiftPeak, numpyPeak)
        tracedRelativeDifference = Self.relative(swiftPeak, numpyTracedPeak)
        equal = relativeDifference.map { abs($0) <= Self.tolerance } ?? false
        if let swiftTime, let numpyTime, numpyTime > 0 { timeRatio = swiftTime / numpyTime }
        peakRatio = numpyPeak > 0 ? swiftPeak / numpyPeak : nil
    }

    /// (a − b) ÷ b, 0 when both are 0, nil when only b is.
    static func relative(_ a: Double, _ b: Double) -> Double? {
        if a == b { return 0 }
        return b == 0 ? nil : (a - b) / b
    }

    /// "equal", "differs by +3.1 %".
    public var summary: String {
        if equal { return "equal" }
        guard let relativeDifference else { return "differs (NumPy 0 B)" }
        return "differs by " + String(format: "%+.1f %%", relativeDifference * 100)
    }

    enum CodingKeys: String, CodingKey {
        case equal
        case swiftPeakIncrement = "swift_peak_increment"
        case numpyPeakIncrement = "numpy_peak_increment"
        case numpyTracedPeakIncrement = "numpy_traced_peak_increment"
        case relativeDifference = "relative_difference"
        case tracedRelativeDifference = "traced_relative_difference"
        case timeRatio = "time_ratio"
        case peakRatio = "peak_ratio"
    }
}
