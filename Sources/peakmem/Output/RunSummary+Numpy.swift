import Foundation
import PeakmemReports
import PeakmemResults
import PeakmemRunner

extension RunSummary {
    /// With `--engine both`: per variant, NumPy's figures beside Swift's and the fidelity
    /// verdict; nil when no variant of the scenario has NumPy figures beside Swift's.
    static func numpyTable(_ scenario: ScenarioResult) -> String? {
        let compared = scenario.variants.filter { $0.engine == nil && $0.numpy != nil }
        guard !compared.isEmpty else { return nil }
        var table = TextTable(header: ["variant", "Swift peak", "NumPy peak", "tracemalloc", "fidelity",
                                       "Swift time", "NumPy time", "time S÷N", "results", "NumPy"])
        table.rightAligned = [1, 2, 3, 5, 6, 7]
        for variant in compared {
            guard let numpy = variant.numpy else { continue }
            let fidelity = numpy.fidelity
            table.rows.append([
                variant.name,
                FigureFormatting.size(variant.figures["peak_increment"]),
                FigureFormatting.size(numpy.figures["peak_increment"]),
                FigureFormatting.size(numpy.figures["traced_peak_increment"]),
                fidelity?.summary ?? "—",
                TimeRatioNote.time(variant),
                numpy.wallTime.map { "\(FigureFormatting.time($0.median)) (n=\(numpy.runs.count))" } ?? "—",
                FigureFormatting.ratio(fidelity?.timeRatio),
                numpy.agreement.map { $0.agrees ? "agree" : "DIFFER" } ?? "—",
                numpyStatus(numpy),
            ])
        }
        return "\(scenario.name) — Swift engine vs NumPy (NumPy peak: memray, NumPy's heap; fidelity: equal within 1 %)\n"
            + table.render()
    }

    /// `ok`, `skipped: REASON`, `FAILED (KIND)`.
    static func numpyStatus(_ numpy: NumpyEngineResult) -> String {
        switch numpy.status {
        case .ok: "ok"
        case .skipped: "skipped: \(numpy.skipReason ?? "")"
        case .failed: "FAILED (\(numpy.failure?.kind.rawValue ?? "error"))"
        }
    }
}
