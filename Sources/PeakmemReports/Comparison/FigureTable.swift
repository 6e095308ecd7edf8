import PeakmemResults


/// The comparable figures of a run or a baseline: per `SCENARIO/VARIANT`, figure name → value.
///
/// Taken from a variant's `figures` (exact figures, sampled and page-level maxima, memit's MiB,
/// and any figure a newer runner adds) plus the medians of `wall_time` and `cpu_time`. Only
/// variants whose runs all succeeded have figures. With `--engine both`, the NumPy engine's
/// figures of a variant are a variant of their own, `SCENARIO/VARIANT@numpy`.
public struct FigureTable: Sendable, Hashable, Codable {
    public var variants: [String: [String: Double]]
    /// Per variant, the spread (largest minus smallest value) of each figure over the
    /// variant's repeats, for the figures that are not exact; absent for variants of one run
    /// and for baselines, which keep no runs.
    public var spreads: [String: [String: Double]]? = nil
    /// Per variant, its peak anatomy (Swift engine), which names the allocation behind a rise
    /// of an exact figure (``AnatomyChange``); nil when no variant has one.
    public var anatomies: [String: PeakAnatomy]? = nil

    public init(variants: [String: [String: Double]] = [:], anatomies: [String: PeakAnatomy]? = nil) {
        self.variants = variants
        self.anatomies = anatomies
    }

    /// The spread over repeats of the runs' figures that are not exact (nil for fewer than 2 runs).
    static func spreads(of variant: VariantResult) -> [String: Double]? {
        guard variant.runs.count >= 2 else { return nil }
        var spreads: [String: Double] = [:]
        for metric in Metric.allCases where metric.kind != .exact {
            let values = variant.runs.map { $0.value(of: metric) }
            spreads[metric.rawValue] = values.max()! - values.min()!
        }
        return spreads
    }

    /// The key of a variant: `SCENARIO/VARIANT`.
    public static func key(_ scenario: String, _ variant: String) -> String { "\(scenario)/\(variant)" }

    /// What marks the NumPy engine's figures of a variant run with `--engine both`.
    public static let numpySuffix = "@numpy"

    /// The figures of one variant of results.
    public static func figures(of variant: VariantResult) -> [String: Double] {
        withMedians(variant.figures, wall: variant.wallTime, cpu: variant.cpuTime)
    }

    /// `figures` with the medians of the wall and CPU times added.
    static func withMedians(_ figures: [String: Double], wall: TimeStatistics?, cpu: TimeStatistics?) -> [String: Double] {
        var figures = figures
        if let wall { figures[Metric.wallTime.rawValue] = wall.median }
        if let cpu { figures[Metric.cpuTime.rawValue] = cpu.median }
        return figures
    }

    /// The NumPy engine's figures of a variant run with `--engine both` (nil when NumPy did not
    /// run it successfully, and with `--engine numpy`, whose figures are the variant's own).
    public static func numpyFigures(of variant: VariantResult) -> [String: Double]? {
        guard variant.engine == nil, let numpy = variant.numpy, numpy.status == .ok else { return nil }
        return withMedians(numpy.figures, wall: numpy.wallTime, cpu: numpy.cpuTime)
    }

    /// The figures of every successful variant of `results`.
    public init(_ results: RunResults) {
        var variants: [String: [String: Double]] = [:]
        var spreads: [String: [String: Double]] = [:]
        var anatomies: [String: PeakAnatomy] = [:]
        for scenario in results.scenarios {
            for variant in scenario.variants where variant.status == .ok {
                variants[Self.key(scenario.name, variant.name)] = Self.figures(of: variant)
                anatomies[Self.key(scenario.name, variant.name)] = variant.peakAnatomy
                spreads[Self.key(scenario.name, variant.name)] = Self.spreads(of: variant)
                if let numpy = Self.numpyFigures(of: variant) {
                    variants[Self.key(scenario.name, variant.name) + Self.numpySuffix] = numpy
                }
            }
        }
        self.variants = variants
        self.spreads = spreads.isEmpty ? nil : spreads
        self.anatomies = anatomies.isEmpty ? nil : anatomies
    }
}
