import PeakmemResults

/// Why a time ratio (a variant's median wall time ÷ its reference's) should not be read as a
/// difference: it rests on a single timed run of either side, or the runs' spread (max − min
/// of either side) is larger than the difference of the two medians, so that the runs of the
/// two variants overlap.
package enum TimeRatioNote: String, Sendable, CaseIterable {
    case singleSample
    case spreadExceedsDifference

    /// The footnote mark put after the ratio.
    package var mark: String {
        switch self {
        case .singleSample: "¹"
        case .spreadExceedsDifference: "²"
        }
    }

    /// The footnote's text.
    package var explanation: String {
        switch self {
        case .singleSample:
            "\(mark) one timed run of the variant or of its reference: a single sample, not a median (use --repeat 3 or more)."
        case .spreadExceedsDifference:
            "\(mark) the runs' spread (max − min) exceeds the difference of the medians: these times do not tell the two apart."
        }
    }

    /// The number of timed runs behind `variant`'s times (its Swift runs, or the NumPy engine's).
    package static func samples(_ variant: VariantResult) -> Int {
        variant.runs.isEmpty ? (variant.numpy?.runs.count ?? 0) : variant.runs.count
    }

    /// The note on `variant`'s time ratio to `reference`, or nil when the ratio stands (or there
    /// is none).
    package static func note(_ variant: VariantResult, reference: VariantResult?) -> TimeRatioNote? {
        guard let reference, reference.name != variant.name, let time = variant.wallTime,
              let base = reference.wallTime else { return nil }
        if samples(variant) < 2 || samples(reference) < 2 { return .singleSample }
        let spread = max(time.max - time.min, base.max - base.min)
        return spread > abs(time.median - base.median) ? .spreadExceedsDifference : nil
    }

    /// `12.3 ms (n=3)`: a median time with its number of samples.
    package static func time(_ variant: VariantResult) -> String {
        guard let time = variant.wallTime else { return "—" }
        return "\(FigureFormatting.time(time.median)) (n=\(samples(variant)))"
    }

    /// `1.02×` followed by the note's mark, if any.
    package static func ratio(_ variant: VariantResult, in scenario: ScenarioResult) -> String {
        let text = FigureFormatting.ratio(variant.ratios[Metric.wallTime.rawValue])
        guard text != "—" else { return text }
        let reference = scenario.variants.first { $0.name == scenario.reference }
        return text + (note(variant, reference: reference)?.mark ?? "")
    }

    /// The footnotes for the marks `scenario`'s ratios carry, one line each, in mark order.
    package static func footnotes(_ scenario: ScenarioResult) -> [String] {
        let reference = scenario.variants.first { $0.name == scenario.reference }
        let used = Set(scenario.variants.compactMap { variant -> TimeRatioNote? in
            variant.ratios[Metric.wallTime.rawValue] == nil ? nil : note(variant, reference: reference)
        })
        return allCases.filter(used.contains).map(\.explanation)
    }
}
