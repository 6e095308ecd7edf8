import PeakmemResults


/// The changes of every figure of every variant between two runs (`peakmem compare`).
public struct ResultsComparison: Sendable {
    /// Figures present in both, in variant then figure order.
    public var changes: [MetricChange]
    /// Variants only in the new run, only in the old one.
    public var added: [String]
    public var removed: [String]
    /// Per variant whose exact figures rose, the allocation behind it (``AnatomyChange``),
    /// when both runs have the variant's anatomy.
    public var explanations: [String: String] = [:]

    public init(old: FigureTable, new: FigureTable) {
        var changes: [MetricChange] = []
        for key in new.variants.keys.sorted() {
            guard let before = old.variants[key], let after = new.variants[key] else { continue }
            for figure in Self.order(Set(before.keys).intersection(after.keys)) {
                var change = MetricChange(variant: key, figure: figure, old: before[figure]!, new: after[figure]!)
                let spreads = [old.spreads?[key]?[figure], new.spreads?[key]?[figure]].compactMap { $0 }
                change.noise = Self.noise(of: change, spread: spreads.max())
                changes.append(change)
            }
        }
        self.changes = changes
        for key in Set(changes.filter { $0.isExact && $0.metric?.isRegression(from: $0.old, to: $0.new) == true }.map(\.variant)) {
            guard let before = old.anatomies?[key], let after = new.anatomies?[key] else { continue }
            explanations[key] = AnatomyChange.explain(from: before, to: after)
        }
        added = new.variants.keys.filter { old.variants[$0] == nil }.sorted()
        removed = old.variants.keys.filter { new.variants[$0] == nil }.sorted()
    }

    /// Figures in the order of ``Metric/allCases``, then other names alphabetically.
    static func order(_ figures: Set<String>) -> [String] {
        let known = Metric.allCases.map(\.rawValue).filter(figures.contains)
        return known + figures.subtracting(known).sorted()
    }

    /// The change a figure may show between two runs of the same code.
    ///
    /// Exact figures: none (0). Sampled, page-level and timing figures: the larger spread of
    /// the two runs' repeats when either had repeats; otherwise the gate's default allowance
    /// (10 %, at least 4 MiB, for memory; 20 % for times; 10 %, at least 4 MiB, for memit's MiB
    /// figures).
    static func noise(of change: MetricChange, spread: Double?) -> Double {
        if let metric = change.metric {
            guard metric.kind != .exact else { return 0 }
            if let spread { return spread }
            if metric.kind == .timing { return 0.20 * abs(change.old) }
            return GatePolicy.standard.tolerance(metric).allowance(for: change.old)
        }
        if let spread { return spread }
        return change.figure.hasSuffix("_mib") ? Swift.max(0.10 * abs(change.old), GatePolicy.memoryNoiseFloor / 1_048_576) : 0
    }

    /// The changed figures: significant ones first (exact, then the others beyond their
    /// noise), then those within the noise of repeats.
    public var changed: [MetricChange] { significant + withinNoise }

    /// Changed figures that matter: every change of an exact figure, and changes of the others
    /// larger than their ``noise(of:spread:)``, in variant and figure order, exact ones first.
    public var significant: [MetricChange] {
        let moved = changes.filter { $0.old != $0.new && $0.isSignificant }
        return moved.filter(\.isExact) + moved.filter { !$0.isExact }
    }

    /// Changed figures whose change is within the noise of repeats.
    public var withinNoise: [MetricChange] { changes.filter { $0.old != $0.new && !$0.isSignificant } }

    /// `336 figures compared: 1 exact change, 2 sampled changes beyond the noise of repeats, 150 within it`.
    public var summary: String {
        let exact = significant.filter(\.isExact).count, sampled = significant.count - exact
        return "\(changes.count) figures compared: \(FigureFormatting.counted(exact, "exact change")), "
            + "\(FigureFormatting.counted(sampled, "sampled change")) beyond the noise of repeats, \(withinNoise.count) within it"
    }

    /// One line per variant with an explanation: "`SCENARIO/VARIANT`: new temporary of * ...".
    public var explanationLines: [String] {
        explanations.keys.sorted().map { "`\($0)` rose: \(explanations[$0]!)" }
    }

    /// A Markdown report: one table of every changed figure (direction marked by polarity).
    public func markdown(oldLabel: String, newLabel: String) -> String {
        var out = "# peakmem compare\n\n`\(oldLabel)` → `\(newLabel)`: \(summary).\n\n"
        if !changed.isEmpty {
            var table = MarkdownTable(header: ["variant", "metric", "kind", "old", "new", "change", "relative", ""], rightAligned: [3, 4, 5, 6])
            for change in changed {
                var mark = ""
                if let metric = change.metric {
                    mark = metric.isRegression(from: change.old, to: change.new) ? "worse" : "better"
                }
                if !change.isSignificant { mark = "within noise" }
                table.rows.append(["`\(change.variant)`", change.figure, change.kindText, change.format(change.old), change.format(change.new),
                                   change.formattedDelta, FigureFormatting.percent(change.relative), mark])
            }
            out += table.render()
        }
        if !explanations.isEmpty {
            out += "\n" + explanationLines.map { "- \($0)\n" }.joined()
        }
        if !added.isEmpty { out += "\nOnly in `\(newLabel)`: " + added.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        if !removed.isEmpty { out += "\nOnly in `\(oldLabel)`: " + removed.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        return out
    }
}
