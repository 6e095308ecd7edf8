import PeakmemResults


/// The "NumPy engine" section of a scenario page, when the run had `--engine numpy|both`:
/// per variant NumPy's figures beside Swift's (each with its tool), the fidelity verdict, the
/// time ratio and the agreement of the two results, the skipped variants with their reason,
/// and a line explaining every difference over 1 %.
enum NumpyEngineSection {
    static func render(_ scenario: ScenarioResult) -> String? {
        let variants = scenario.variants.filter { $0.numpy != nil }
        guard !variants.isEmpty else { return nil }
        var out = "NumPy ran the same code through `python3` (docs/numpy-engine.md). *NumPy peak* is memray's: "
        out += "every malloc of the run (NumPy's data and plain-malloc buffers), without BLAS's work buffers and the "
        out += "interpreter's objects; *tracemalloc* sees NumPy's data buffers and Python objects, not its plain-malloc "
        out += "buffers. *Fidelity*: Swift's exact peak increment equal to NumPy's peak within 1 %.\n\n"
        var table = MarkdownTable(header: ["variant", "Swift peak", "NumPy peak", "tracemalloc peak", "NumPy retained",
                                           "NumPy RSS peak", "fidelity", "Swift time", "NumPy time", "time S÷N", "results"],
                                  rightAligned: [1, 2, 3, 4, 5, 7, 8, 9])
        var notes: [String] = []
        for variant in variants {
            guard let numpy = variant.numpy else { continue }
            let swift = variant.engine == nil
            let status: String = switch numpy.status {
            case .ok: numpy.fidelity?.summary ?? "—"
            case .skipped: "skipped: \(numpy.skipReason ?? "")"
            case .failed: "NumPy FAILED (\(numpy.failure?.kind.rawValue ?? "error"))"
            }
            table.rows.append([
                "`\(variant.name)`",
                swift ? FigureFormatting.exactBytes(variant.figures["peak_increment"]) : "—",
                FigureFormatting.exactBytes(numpy.figures["peak_increment"]),
                FigureFormatting.exactBytes(numpy.figures["traced_peak_increment"]),
                FigureFormatting.exactBytes(numpy.figures["retained"]),
                FigureFormatting.size(numpy.figures["rss_peak"]),
                status,
                swift ? FigureFormatting.time(variant.wallTime?.median) : "—",
                FigureFormatting.time(numpy.wallTime?.median),
                FigureFormatting.ratio(numpy.fidelity?.timeRatio),
                numpy.agreement.map { $0.agrees ? "agree" : "DIFFER" } ?? "—",
            ])
            if let fidelity = numpy.fidelity, !fidelity.equal { notes.append(explain(variant.name, fidelity, numpy)) }
        }
        out += table.render()
        if !notes.isEmpty { out += "\nDifferences over 1 %:\n\n" + notes.map { "- \($0)\n" }.joined() }
        return out
    }

    /// What a difference between the engines' exact peaks is made of, from the figures.
    static func explain(_ name: String, _ fidelity: FidelityVerdict, _ numpy: NumpyEngineResult) -> String {
        let difference = fidelity.swiftPeakIncrement - fidelity.numpyPeakIncrement
        let untraced = fidelity.numpyPeakIncrement - fidelity.numpyTracedPeakIncrement
        var text = "`\(name)`: peakmem's engine peaks \(FigureFormatting.exactBytes(abs(difference))) "
        text += difference > 0 ? "higher than NumPy" : "lower than NumPy"
        if difference > 0 {
            text += " — an allocation NumPy avoids (e.g. a temporary NumPy reuses in place by temporary elision, or a copy NumPy 2 does not make)."
        } else if untraced > 0 {
            text += " — NumPy's peak holds \(FigureFormatting.exactBytes(untraced)) that tracemalloc does not see: plain-malloc "
            text += "buffers of NumPy's C code (e.g. matmul's copies of strided operands before BLAS) that peakmem's engine does not allocate."
        } else {
            text += " — an allocation of NumPy's that peakmem's engine does not make (e.g. the buffers of NumPy's ufunc iterator for broadcast, strided or cast operands, which tracemalloc sees and the ledger does not model)."
        }
        return text
    }
}
