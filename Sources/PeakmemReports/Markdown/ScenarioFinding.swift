import PeakmemResults

/// The one-sentence finding of a scenario page: the variants with the smallest and the largest
/// exact peak increment, and why they differ — the temporaries live at the peak (freed by the
/// end of the run) or the bytes the run keeps (retained), whichever differs more; with a peak
/// anatomy, the buffer behind the difference: the largest variant's biggest avoidable buffer,
/// named when it is at least half the difference and the smallest variant has none as big.
package enum ScenarioFinding {
    /// The sentence, or nil with fewer than two variants that ran.
    package static func sentence(_ scenario: ScenarioResult) -> String? {
        let ran = scenario.variants.filter { $0.status == .ok && $0.figures[Metric.peakIncrement.rawValue] != nil }
        guard ran.count >= 2 else { return nil }
        func peak(_ v: VariantResult) -> Double { v.figures[Metric.peakIncrement.rawValue]! }
        let best = ran.min { peak($0) < peak($1) }!, worst = ran.max { peak($0) < peak($1) }!
        let size = FigureFormatting.size
        if peak(best) == peak(worst) {
            return "All \(ran.count) variants that ran reach the same exact peak increment, \(size(peak(best)))."
        }
        var text = "`\(best.name)` needs the least memory (exact peak increment \(size(peak(best)))) and "
        text += "`\(worst.name)` the most (\(size(peak(worst))), \(size(peak(worst) - peak(best))) more"
        text += FigureFormatting.ratioFloor <= peak(best) ? ", \(FigureFormatting.ratio(peak(worst) / peak(best)))" : ""
        text += ")"
        let temporaries = (worst.figures[Metric.temporaries.rawValue] ?? 0) - (best.figures[Metric.temporaries.rawValue] ?? 0)
        let retained = (worst.figures[Metric.retained.rawValue] ?? 0) - (best.figures[Metric.retained.rawValue] ?? 0)
        if temporaries > 0, temporaries >= retained {
            text += ": at its peak \(size(worst.figures[Metric.temporaries.rawValue])) of temporaries are live, "
            text += "freed by the end of the run, against \(size(best.figures[Metric.temporaries.rawValue])) for `\(best.name)`"
        } else if retained > 0 {
            text += ": it keeps \(size(worst.figures[Metric.retained.rawValue])) after the run, "
            text += "against \(size(best.figures[Metric.retained.rawValue])) for `\(best.name)`"
        }
        // The peak anatomy names the buffer behind the difference: the worst variant's biggest
        // avoidable buffer at its peak, when the best variant's peak has none as big.
        if let buffer = worst.peakAnatomy?.biggestAvoidable,
           Double(buffer.bytes) >= (peak(worst) - peak(best)) / 2,
           (best.peakAnatomy?.biggestAvoidable?.bytes ?? 0) < buffer.bytes {
            text += "; the biggest avoidable buffer at `\(worst.name)`'s peak is \(buffer.phrase) (\(size(Double(buffer.bytes))))"
        }
        return text + "."
    }
}
