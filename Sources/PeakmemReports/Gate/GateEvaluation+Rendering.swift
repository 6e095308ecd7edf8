import Foundation
import PeakmemResults

extension GateEvaluation {
    /// The one-line verdict: `PASSED: 96 checks, 0 regressions, 2 improvements`.
    package var verdict: String {
        let regressions = count(.regressed), limits = count(.limitExceeded), failures = count(.failed), missing = count(.missing)
        func c(_ count: Int, _ noun: String) -> String { FigureFormatting.counted(count, noun) }
        var parts = [c(checks.count, "check"), c(regressions, "regression")]
        if limits > 0 { parts.append(c(limits, "limit") + " exceeded") }
        if failures > 0 { parts.append(c(failures, "failed run")) }
        if missing > 0 { parts.append(c(missing, "missing variant")) }
        parts.append(c(count(.improved), "improvement"))
        if count(.new) > 0 { parts.append(c(count(.new), "new variant") + " (not in the baseline)") }
        if !unselected.isEmpty {
            parts.append(c(unselected.count, "baseline variant") + " not run (filtered out or scenario not run)")
        }
        return (passed ? "PASSED: " : "FAILED: ") + parts.joined(separator: ", ")
    }

    /// The columns of the table of notable checks.
    package static let tableHeader = ["outcome", "variant", "metric", "baseline / limit", "measured", "change", "detail"]

    /// One check as table cells under ``tableHeader``.
    package func row(_ check: GateCheck) -> [String] {
        let change: String
        if let expected = check.expected, let measured = check.measured {
            change = check.reference == .limit
                ? FigureFormatting.percent((measured - expected) / max(abs(expected), 1)) + " of limit"
                : FigureFormatting.percent(expected == 0 ? nil : (measured - expected) / abs(expected))
        } else {
            change = "—"
        }
        return [check.outcome.rawValue, check.variant, check.metric ?? "—",
                check.format(check.expected) + (check.reference == .limit ? " (limit)" : ""),
                check.format(check.measured), change, check.message]
    }

    /// Markdown for a CI job page (`$GITHUB_STEP_SUMMARY`); on a pass with the `results`
    /// given, a compact table of the current exact peak increments follows.
    package func markdown(baselineDescription: String, results: RunResults? = nil) -> String {
        var out = "## peakmem gate: \(passed ? "✅" : "❌") \(verdict)\n\n\(baselineDescription)\n\n"
        if notable.isEmpty {
            out += "No regression, limit or improvement.\n"
        } else {
            var table = MarkdownTable(header: Self.tableHeader, rightAligned: [3, 4, 5])
            table.rows = notable.map { check in
                var cells = row(check)
                cells[0] = (check.outcome.fails ? "❌ " : check.outcome == .improved ? "✅ " : "⚠️ ") + cells[0]
                cells[1] = "`\(cells[1])`"
                return cells
            }
            out += table.render()
        }
        let tolerances = policy.tolerances.keys.sorted { $0.rawValue < $1.rawValue }
            .map { "`\($0.rawValue)` \(policy.tolerance($0).text(for: $0))" }
        out += "\nTolerances: " + tolerances.joined(separator: ", ") + ".\n"
        if passed, let results, let peaks = peakTable(results) { out += "\nCurrent exact peak increments:\n\n" + peaks }
        return out
    }

    /// Per variant that ran, its exact peak increment and the baseline's (from the checks).
    func peakTable(_ results: RunResults) -> String? {
        let metric = Metric.peakIncrement.rawValue
        let baseline = Dictionary(checks.filter { $0.metric == metric && $0.reference == .baseline }
            .map { ($0.variant, $0.expected) }, uniquingKeysWith: { first, _ in first })
        var table = MarkdownTable(header: ["variant", "exact peak increment", "baseline"], rightAligned: [1, 2])
        for scenario in results.scenarios {
            for variant in scenario.variants where variant.referenceOnly != true && variant.status == .ok {
                guard let peak = variant.figures[metric] else { continue }
                let key = FigureTable.key(scenario.name, variant.name)
                table.rows.append(["`\(key)`", FigureFormatting.exactBytes(peak), FigureFormatting.exactBytes(baseline[key] ?? nil)])
            }
        }
        return table.rows.isEmpty ? nil : table.render()
    }
}
