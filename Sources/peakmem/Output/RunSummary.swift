import PeakmemMeasurement
import PeakmemReports
import PeakmemResults
import PeakmemRunner

/// The table `peakmem run` prints per scenario at the end, and the one-line report of a
/// finished variant. Each time carries its number of timed runs (`n=3`), and a time ratio that
/// rests on one run or on runs whose spread exceeds the difference carries a footnote mark
/// (``TimeRatioNote``), explained under the table.
enum RunSummary {
    static func table(_ scenario: ScenarioResult) -> String {
        var table = TextTable(header: ["variant", "peak increment", "temporaries", "RSS peak", "median time (runs)",
                                       "peak vs ref", "time ÷ ref", "result", "status"])
        table.rightAligned = [1, 2, 3, 4, 5, 6]
        let reference = scenario.variants.first { $0.name == scenario.reference }
        for variant in scenario.variants {
            let f = variant.figures
            let agrees: String
            if let agreement = variant.agreement { agrees = agreement.agrees ? "agrees" : "DIFFERS" }
            else { agrees = variant.name == scenario.reference && variant.result != nil ? "reference" : "—" }
            table.rows.append([
                variant.name + (variant.name == scenario.reference ? " (ref)" : ""),
                FigureFormatting.size(f["peak_increment"]),
                FigureFormatting.size(f["temporaries"]),
                FigureFormatting.size(f["rss_peak"]),
                TimeRatioNote.time(variant),
                FigureFormatting.versusReference(f["peak_increment"], reference?.figures["peak_increment"]),
                TimeRatioNote.ratio(variant, in: scenario),
                agrees,
                status(variant),
            ])
        }
        let notes = TimeRatioNote.footnotes(scenario).map { $0 + "\n" }.joined()
        return "\(scenario.name) — \(scenario.title)\n" + table.render() + notes
    }

    /// Below a scenario's table: each variant the Swift engine skipped (measured on NumPy)
    /// with the reason, asv's own peakmem figure for asv-style benchmarks, each failure with
    /// the tail of what its code printed, and with `verbose` what each NumPy run printed; nil
    /// when there is nothing to say.
    static func details(_ scenario: ScenarioResult, verbose: Bool) -> String? {
        var lines: [String] = []
        for variant in scenario.variants {
            let name = "\(scenario.name)/\(variant.name)"
            if let reason = variant.swiftSkipReason { lines.append("\(name): measured on NumPy; Swift engine skipped: \(reason)") }
            if variant.benchmark != nil, let asv = variant.figures["asv_peakmem"] {
                lines.append("\(name): asv's peakmem (whole process max RSS, setup included): \(FigureFormatting.size(asv))")
            }
            if variant.numpy != nil, let failure = variant.failure ?? variant.numpy?.failure {
                lines.append("\(name): FAILED (\(failure.kind.rawValue)): \(failure.message)")
                if let tail = failure.stderrTail { lines.append(tail.split(separator: "\n", omittingEmptySubsequences: false).map { "  | \($0)" }.joined(separator: "\n")) }
            } else if verbose, let output = variant.numpy?.output {
                lines.append("\(name): output (NumPy engine; the worker runs setup and code twice):")
                lines.append(output.split(separator: "\n", omittingEmptySubsequences: false).map { "  | \($0)" }.joined(separator: "\n"))
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// `ok`, `FAILED (timeout)`, `ok, 1 expectation failed`, `ok, NONDETERMINISTIC`.
    static func status(_ variant: VariantResult) -> String {
        if let failure = variant.failure { return "FAILED (\(failure.kind.rawValue))" }
        if variant.engine == .numpy, let numpy = variant.numpy, numpy.status == .skipped { return numpyStatus(numpy) }
        var notes: [String] = []
        let failed = variant.expectations.filter { !$0.passed }.count
        if failed > 0 { notes.append("\(failed) expectation\(failed == 1 ? "" : "s") failed") }
        if !variant.deterministic { notes.append("NONDETERMINISTIC: \(variant.nondeterministicMetrics.joined(separator: ", "))") }
        return (["ok"] + notes).joined(separator: ", ")
    }

    /// One line for a finished variant (non-terminal progress).
    static func line(scenario: String, _ variant: VariantResult) -> String {
        if let failure = variant.failure {
            return "\(scenario)/\(variant.name): FAILED (\(failure.kind.rawValue)): \(failure.message)"
        }
        let peak = FigureFormatting.size(variant.figures["peak_increment"])
        return "\(scenario)/\(variant.name): peak increment \(peak), median time \(TimeRatioNote.time(variant)), \(status(variant))"
    }
}
