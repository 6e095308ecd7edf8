import PeakmemResults


/// The words a report uses for a variant's verdicts.
package enum VerdictText {
    /// `2/2 met`, `1/2 met: peak_increment == nbytes(S) (measured …)`, `—` without any.
    package static func expectations(_ variant: VariantResult) -> String {
        guard !variant.expectations.isEmpty else { return "—" }
        let failed = variant.expectations.filter { !$0.passed }
        let count = "\(variant.expectations.count - failed.count)/\(variant.expectations.count) met"
        guard !failed.isEmpty else { return "✅ " + count }
        let detail = failed.map { e in
            "\(e.metric.rawValue) \(e.comparison) \(e.expression): measured \(FigureFormatting.value(e.measured, of: e.metric))"
                + (e.expected.map { ", expected \(FigureFormatting.value($0, of: e.metric))" } ?? "")
                + (e.error.map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
        return "❌ \(count): \(detail)"
    }

    /// `agrees (max |Δ| 1.2e-12)`, `DIFFERS: …`, `reference` or `—`.
    package static func agreement(_ scenario: ScenarioResult, _ variant: VariantResult) -> String {
        if let agreement = variant.agreement {
            if agreement.agrees {
                return "✅ agrees" + (agreement.maxAbsoluteDifference.map { String(format: " (max |Δ| %.2g)", $0) } ?? "")
            }
            return "❌ differs" + (agreement.detail.map { ": \($0)" } ?? "")
        }
        if variant.name == scenario.reference, variant.result != nil { return "reference" }
        return "—"
    }

    /// `ok`, `failed (timeout): message`, `ok, nondeterministic: …`.
    package static func status(_ variant: VariantResult) -> String {
        if let failure = variant.failure { return "❌ failed (\(failure.kind.rawValue)): \(failure.message)" }
        if !variant.deterministic { return "⚠️ nondeterministic: \(variant.nondeterministicMetrics.joined(separator: ", "))" }
        return "ok"
    }
}
