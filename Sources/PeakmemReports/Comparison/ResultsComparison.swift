import PeakmemResults


/// The changes of every figure of every variant between two runs (`peakmem compare`).
public struct ResultsComparison: Sendable {
    /// Figures present in both, in variant then figure order.
    public var changes: [MetricChange]
    /// Variants only in the new run, only in the old one.
    public var added: [String]
    public var removed: [String]

    public init(old: FigureTable, new: FigureTable) {
        var changes: [MetricChange] = []
        for key in new.variants.keys.sorted() {
            guard let before = old.variants[key], let after = new.variants[key] else { continue }
            for figure in Self.order(Set(before.keys).intersection(after.keys)) {
                changes.append(MetricChange(variant: key, figure: figure, old: before[figure]!, new: after[figure]!))
            }
        }
        self.changes = changes
        added = new.variants.keys.filter { old.variants[$0] == nil }.sorted()
        removed = old.variants.keys.filter { new.variants[$0] == nil }.sorted()
    }

    /// Figures in the order of ``Metric/allCases``, then other names alphabetically.
    static func order(_ figures: Set<String>) -> [String] {
        let known = Metric.allCases.map(\.rawValue).filter(figures.contains)
        return known + figures.subtracting(known).sorted()
    }

    /// The changed figures only.
    public var changed: [MetricChange] { changes.filter { $0.old != $0.new } }

    /// A Markdown report: one table of every changed figure (direction marked by polarity).
    public func markdown(oldLabel: String, newLabel: String) -> String {
        var out = "# peakmem compare\n\n`\(oldLabel)` → `\(newLabel)`: \(changes.count) figures compared, \(changed.count) changed.\n\n"
        if !changed.isEmpty {
            var table = MarkdownTable(header: ["variant", "metric", "old", "new", "change", "relative", ""], rightAligned: [2, 3, 4, 5])
            for change in changed {
                var mark = ""
                if let metric = change.metric {
                    mark = metric.isRegression(from: change.old, to: change.new) ? "worse" : "better"
                }
                table.rows.append(["`\(change.variant)`", change.figure, change.format(change.old), change.format(change.new),
                                   change.formattedDelta, FigureFormatting.percent(change.relative), mark])
            }
            out += table.render()
        }
        if !added.isEmpty { out += "\nOnly in `\(newLabel)`: " + added.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        if !removed.isEmpty { out += "\nOnly in `\(oldLabel)`: " + removed.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        return out
    }
}
