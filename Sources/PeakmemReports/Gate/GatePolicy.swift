import PeakmemResults


/// The tolerance of every metric the gate checks against a baseline.
///
/// Defaults: exact metrics (peak increment, temporaries, retained, allocations, allocated
/// total) are deterministic and machine-independent, so any rise is a regression (0 bytes);
/// page-level and sampled metrics (RSS, jemalloc) move with the machine and the allocator:
/// 10 % of the baseline value, and never less than 4 MiB, so that a quick-scale figure of a few
/// MiB does not fail on page-level noise (jemalloc maps its extents 2 MiB at a time and may map
/// one more on one run than on another); times are not gated unless asked.
package struct GatePolicy: Sendable, Hashable {
    package var tolerances: [Metric: Tolerance]

    /// The noise floor of the default page-level and sampled tolerances.
    package static let memoryNoiseFloor = 4 * 1024.0 * 1024

    package static let standard = GatePolicy(tolerances: Dictionary(uniqueKeysWithValues: Metric.allCases.map { metric in
        switch metric.kind {
        case .exact: (metric, Tolerance.exact)
        case .pageLevel, .sampled: (metric, Tolerance(relative: 0.10, absolute: memoryNoiseFloor))
        case .timing: (metric, Tolerance.off)
        }
    }))

    package func tolerance(_ metric: Metric) -> Tolerance { tolerances[metric] ?? .off }

    /// The noise floor of the NumPy engine's tracemalloc figures (`retained`, `temporaries`):
    /// they count the interpreter's small objects too, which differ by tens of bytes from one
    /// process to the next (measured: 3 to 64 bytes on the pairwise benchmark of
    /// examples/benchmarks, unchanged code); memray's heap figures stay exact.
    package static let tracedNoiseFloor = 4096.0

    /// This policy for figures measured on the NumPy engine: `retained` and `temporaries`
    /// allowed ``tracedNoiseFloor`` when they are exact (0 bytes) here.
    package var numpy: GatePolicy {
        var policy = self
        for metric in [Metric.retained, .temporaries] where tolerance(metric) == .exact {
            policy.tolerances[metric] = Tolerance(absolute: Self.tracedNoiseFloor)
        }
        return policy
    }

    /// An error in a `--tolerance` specification.
    package struct SpecificationError: Error, CustomStringConvertible {
        package var description: String
    }

    /// The groups a `--tolerance` name may be besides a metric, and the kinds of metric each
    /// stands for.
    package static let groups: KeyValuePairs<String, Set<Metric.Kind>> = [
        "exact": [.exact], "rss": [.pageLevel], "sampled": [.sampled],
        "memory": [.exact, .pageLevel, .sampled], "time": [.timing],
    ]

    /// The metrics a name in `--tolerance NAME=VALUE` stands for: a metric, or one of
    /// ``groups`` — `exact`, `rss` (page-level), `sampled` (jemalloc), `memory` (all but
    /// times), `time`.
    package static func metrics(named name: String) -> [Metric]? {
        if let metric = Metric(rawValue: name) { return [metric] }
        guard let kinds = groups.first(where: { $0.key == name })?.value else { return nil }
        return Metric.allCases.filter { kinds.contains($0.kind) }
    }

    /// Applies `NAME=VALUE` (e.g. `time=20%`, `rss_peak=5%,2MiB`, `peak_increment=4096`, `rss=off`).
    package mutating func apply(_ specification: String) throws {
        let parts = specification.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw SpecificationError(description: "--tolerance expects METRIC=VALUE, got '\(specification)'")
        }
        guard let metrics = Self.metrics(named: parts[0]) else {
            let names = Metric.allCases.map(\.rawValue) + Self.groups.map(\.key)
            throw SpecificationError(description: "--tolerance: unknown metric '\(parts[0])' (one of \(names.joined(separator: ", ")))")
        }
        guard let tolerance = Tolerance(parsing: parts[1]) else {
            throw SpecificationError(description: "--tolerance \(parts[0]): '\(parts[1])' is not a tolerance (10%, 4096, 1MiB, 20ms, 10%,1MiB or off)")
        }
        for metric in metrics { tolerances[metric] = tolerance }
    }
}
