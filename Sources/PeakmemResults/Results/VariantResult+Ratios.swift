extension VariantResult {
    /// Sets each successful variant's ``VariantResult/ratios``: its `peak_increment`,
    /// `temporaries`, `rss_peak` and median `wall_time` divided by the reference variant's
    /// (a figure whose reference value is 0 gets no ratio). Nothing is set when the reference
    /// failed.
    public static func computeRatios(_ variants: inout [VariantResult], reference: String) {
        guard let base = variants.first(where: { $0.name == reference }), base.status == .ok else { return }
        for i in variants.indices where variants[i].status == .ok {
            var ratios: [String: Double] = [:]
            for metric in [Metric.peakIncrement, .temporaries, .rssPeak] {
                if let value = variants[i].figures[metric.rawValue], let denominator = base.figures[metric.rawValue], denominator > 0 {
                    ratios[metric.rawValue] = value / denominator
                }
            }
            if let time = variants[i].wallTime?.median, let denominator = base.wallTime?.median, denominator > 0 {
                ratios[Metric.wallTime.rawValue] = time / denominator
            }
            variants[i].ratios = ratios
        }
    }
}
