import PeakmemMeasurement
import PeakmemRunner

/// The comparable figures of a run or a baseline: per `SCENARIO/VARIANT`, figure name → value.
///
/// Taken from a variant's `figures` (exact figures, sampled and page-level maxima, memit's MiB,
/// and any figure a newer runner adds) plus the medians of `wall_time` and `cpu_time`. Only
/// variants whose runs all succeeded have figures.
public struct FigureTable: Sendable, Hashable, Codable {
    public var variants: [String: [String: Double]]

    public init(variants: [String: [String: Double]] = [:]) { self.variants = variants }

    /// The key of a variant: `SCENARIO/VARIANT`.
    public static func key(_ scenario: String, _ variant: String) -> String { "\(scenario)/\(variant)" }

    /// The figures of one variant of results.
    public static func figures(of variant: VariantResult) -> [String: Double] {
        var figures = variant.figures
        if let wall = variant.wallTime { figures[Metric.wallTime.rawValue] = wall.median }
        if let cpu = variant.cpuTime { figures[Metric.cpuTime.rawValue] = cpu.median }
        return figures
    }

    /// The figures of every successful variant of `results`.
    public init(_ results: RunResults) {
        var variants: [String: [String: Double]] = [:]
        for scenario in results.scenarios {
            for variant in scenario.variants where variant.status == .ok {
                variants[Self.key(scenario.name, variant.name)] = Self.figures(of: variant)
            }
        }
        self.variants = variants
    }
}
