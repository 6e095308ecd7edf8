import Foundation
import PeakmemEngine
import PeakmemMeasurement
import Testing
import PeakmemResults

extension ProcessWide {
    @Suite("measurement result JSON")
    struct MeasurementResultCodingTests {
        /// Every key of every object in a JSON value, recursively.
        private func keys(of value: Any) -> Set<String> {
            if let object = value as? [String: Any] {
                return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(of: $1.value)) }
            }
            if let array = value as? [Any] {
                return array.reduce(into: Set<String>()) { $0.formUnion(keys(of: $1)) }
            }
            return []
        }

        @Test("a result round-trips through JSON with snake_case keys")
        func roundTrip() throws {
            let ledger = Ledger()
            let measurement = try MemoryMeasurement(ledger: ledger)
            let result = try measurement.measure {
                try ArrayStorage(byteCount: 123_456, ledger: ledger)
            }.result
            let data = try JSONEncoder().encode(result)
            let decoded = try JSONDecoder().decode(MeasurementResult.self, from: data)
            #expect(decoded == result)

            let json = try JSONSerialization.jsonObject(with: data)
            let object = try #require(json as? [String: Any])
            #expect(object["peak_increment"] as? Int == 123_456)
            #expect(object["retained"] as? Int == 123_456)
            let all = keys(of: json)
            for key in ["peak_increment", "retained", "temporaries", "allocations", "allocated_total",
                        "jemalloc_allocated_peak", "jemalloc_resident_peak", "rss_peak", "rss_increment",
                        "memit_peak_mib", "memit_increment_mib", "time", "wall", "cpu", "timeline", "thread_peak",
                        "openblas_threads", "missed_ticks", "sampler_cpu", "jemalloc_allocated", "ledger_live",
                        "jemalloc_after", "rss_after", "baseline", "jemalloc_active"] {
                #expect(all.contains(key), "missing key \(key)")
            }
            let camelCase = all.filter { $0.contains(where: \.isUppercase) }
            #expect(camelCase.isEmpty, "camelCase keys: \(camelCase)")
        }
    }
}
