import Testing
import PeakmemMeasurement
import PeakmemResults

@Suite("Metrics")
struct MetricTests {
    @Test("polarity: a rise past the tolerance is a regression, a fall is not")
    func polarity() {
        #expect(Metric.allCases.allSatisfy { $0.polarity == .prefersSmaller })
        #expect(Metric.peakIncrement.isRegression(from: 8_000_000, to: 8_000_001))
        #expect(!Metric.peakIncrement.isRegression(from: 8_000_000, to: 8_000_000))
        #expect(!Metric.peakIncrement.isRegression(from: 8_000_000, to: 7_000_000))
        #expect(!Metric.rssPeak.isRegression(from: 100, to: 109, tolerance: 10))
        #expect(Metric.rssPeak.isRegression(from: 100, to: 111, tolerance: 10))
    }

    @Test("exact metrics are the ledger's; units")
    func kinds() {
        #expect(Metric.allCases.filter { $0.kind == .exact } == [.peakIncrement, .retained, .temporaries, .allocations, .allocatedTotal, .mapped])
        #expect(Metric.allocations.unit == .count && Metric.wallTime.unit == .seconds && Metric.retained.unit == .bytes)
        #expect(Metric(rawValue: "jemalloc_resident_peak") == .jemallocResidentPeak)
    }
}
