import PeakmemResults


/// One verdict of the gate: one metric of one variant against the baseline or a limit, or a
/// variant-level problem (a failed run, a variant missing from the results).
package struct GateCheck: Sendable, Hashable {
    /// What the check found.
    package enum Outcome: String, Sendable, Hashable {
        /// Within tolerance (or unchanged).
        case passed
        /// Better than the baseline by more than noise.
        case improved
        /// Worse than the baseline beyond the tolerance: fails the gate.
        case regressed
        /// Above the scenario's absolute limit: fails the gate.
        case limitExceeded = "limit_exceeded"
        /// The variant's run failed: fails the gate.
        case failed
        /// In the baseline but not in the results: fails the gate.
        case missing
        /// In the results but not in the baseline: passes (nothing to compare with).
        case new
        /// Reported, not gated (a time without `--tolerance time=...`).
        case notGated = "not_gated"
        /// A warning that does not fail the gate (exact figures that differed between runs).
        case warning

        /// True for the outcomes that make the gate exit 1.
        package var fails: Bool { self == .regressed || self == .limitExceeded || self == .failed || self == .missing }
    }

    /// Against what the value was checked.
    package enum Reference: String, Sendable, Hashable {
        case baseline, limit, run
    }

    /// `SCENARIO/VARIANT`.
    package var variant: String
    /// The metric's name; nil for a variant-level check.
    package var metric: String?
    package var reference: Reference
    package var outcome: Outcome
    /// The baseline value, or the limit.
    package var expected: Double?
    package var measured: Double?
    /// The allowed rise over the baseline.
    package var allowance: Double?
    /// Details in words.
    package var message: String

    /// A value in the metric's unit.
    package func format(_ value: Double?) -> String {
        guard let value else { return "—" }
        if let metric, let known = Metric(rawValue: metric) { return FigureFormatting.value(value, of: known) }
        return FigureFormatting.exactBytes(value)
    }
}
