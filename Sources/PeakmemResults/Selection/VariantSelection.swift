import Foundation

/// Which variants a run selects (`--filter`): glob patterns (`fnmatch(3)`, e.g. `dot/*`,
/// `*_inplace`) matched against `VARIANT` and against `SCENARIO/VARIANT`. No pattern selects
/// every variant. The runner picks the variants to run with it; the gate re-applies the
/// patterns a results file records to find which baseline entries the run was meant to cover.
public struct VariantSelection: Sendable, Hashable {
    /// The patterns; empty selects everything.
    public var patterns: [String]

    public init(_ patterns: [String] = []) {
        self.patterns = patterns
    }

    /// True when `variant` of `scenario` matches a pattern (or there is none).
    public func selects(scenario: String, variant: String) -> Bool {
        patterns.isEmpty || patterns.contains { pattern in
            fnmatch(pattern, variant, 0) == 0 || fnmatch(pattern, "\(scenario)/\(variant)", 0) == 0
        }
    }
}
