/// The `method=` of `np.quantile` / `np.percentile` (NumPy 2.4.6's `_QuantileMethods`), for the
/// methods the engine supports: the continuous Hyndman & Fan methods, which interpolate
/// between the two order statistics around a *virtual index*, and the three that pick one.
///
/// With `n` values and the quantile `q` in [0, 1], the virtual index is
/// - `linear` (H&F 7, the default): `(n - 1)·q`;
/// - `hazen`, `weibull`, `median_unbiased`, `normal_unbiased`, `interpolated_inverted_cdf`:
///   `n·q + (α + q·(1 - α - β)) - 1` with (α, β) = (½, ½), (0, 0), (⅓, ⅓), (⅜, ⅜), (0, 1);
/// - `midpoint`: `½·(floor((n-1)·q) + ceil((n-1)·q))`, interpolated with weight ½ (0 when whole);
/// - `lower`, `higher`, `nearest`: `floor`, `ceil`, round-half-even of `(n - 1)·q` — an index.
///
/// The discrete methods `inverted_cdf`, `averaged_inverted_cdf`, `closest_observation` are not
/// supported yet.
public enum QuantileMethod: String, Sendable, CaseIterable {
    case linear, hazen, weibull
    case medianUnbiased = "median_unbiased"
    case normalUnbiased = "normal_unbiased"
    case interpolatedInvertedCDF = "interpolated_inverted_cdf"
    case midpoint, lower, higher, nearest

    /// NumPy's method names the engine does not support yet.
    public static let unsupportedNames: Set<String> = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation"]

    /// True for `lower`, `higher`, `nearest`: the result is one order statistic, taken in the
    /// input's dtype (`np.take`), with no interpolation.
    public var picksIndex: Bool { self == .lower || self == .higher || self == .nearest }

    /// The virtual index of quantile `q` among `n` values, evaluated in NumPy's operation order.
    func virtualIndex(n: Int, q: Double) -> Double {
        let count = Double(n)
        switch self {
        case .linear: return Double(n - 1) * q
        case .hazen: return Self.hyndmanFan(count, q, 0.5, 0.5)
        case .weibull: return Self.hyndmanFan(count, q, 0, 0)
        case .medianUnbiased: return Self.hyndmanFan(count, q, 1 / 3.0, 1 / 3.0)
        case .normalUnbiased: return Self.hyndmanFan(count, q, 3 / 8.0, 3 / 8.0)
        case .interpolatedInvertedCDF: return Self.hyndmanFan(count, q, 0, 1)
        case .midpoint:
            let index = Double(n - 1) * q
            return 0.5 * (index.rounded(.down) + index.rounded(.up))
        case .lower: return (Double(n - 1) * q).rounded(.down)
        case .higher: return (Double(n - 1) * q).rounded(.up)
        case .nearest: return (Double(n - 1) * q).rounded(.toNearestOrEven)
        }
    }

    /// NumPy's `_compute_virtual_index`: `n * q + (alpha + q * (1 - alpha - beta)) - 1`.
    private static func hyndmanFan(_ n: Double, _ q: Double, _ alpha: Double, _ beta: Double) -> Double {
        n * q + (alpha + q * (1 - alpha - beta)) - 1
    }

    /// The interpolation weight between the order statistics `floor(index)` and the next:
    /// the fractional part, except for `midpoint` (½, or 0 on a whole index).
    func gamma(virtualIndex index: Double, previous: Double) -> Double {
        if self == .midpoint { return index.truncatingRemainder(dividingBy: 1) == 0 ? 0 : 0.5 }
        return index - previous
    }
}
