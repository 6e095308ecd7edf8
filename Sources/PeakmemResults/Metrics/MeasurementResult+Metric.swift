extension MeasurementResult {
    /// The value of `metric` in this result, in the metric's unit (bytes, count or seconds).
    public func value(of metric: Metric) -> Double {
        switch metric {
        case .peakIncrement: Double(peakIncrement)
        case .retained: Double(retained)
        case .temporaries: Double(temporaries)
        case .allocations: Double(allocations)
        case .allocatedTotal: Double(allocatedTotal)
        case .jemallocAllocatedPeak: Double(jemallocAllocatedPeak)
        case .jemallocResidentPeak: Double(jemallocResidentPeak)
        case .rssPeak: Double(rssPeak)
        case .rssIncrement: Double(rssIncrement)
        case .mapped: Double(mapped ?? 0)
        case .wallTime: time.wall
        case .cpuTime: time.cpu
        }
    }
}
