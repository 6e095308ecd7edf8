import PeakmemResults


/// One column of a scenario page's variant tables: a header and how a variant's cell is
/// written. Tables are lists of columns, so a new figure (an engine, a `mapped` size) is one
/// more entry rather than a new table.
package struct VariantColumn: Sendable {
    package var header: String
    package var rightAligned: Bool
    package var cell: @Sendable (ScenarioResult, VariantResult) -> String

    package init(_ header: String, rightAligned: Bool = true,
                cell: @escaping @Sendable (ScenarioResult, VariantResult) -> String) {
        self.header = header
        self.rightAligned = rightAligned
        self.cell = cell
    }

    /// A column showing the figure `key` of the results, in `metric`'s unit.
    package static func figure(_ header: String, _ metric: Metric) -> VariantColumn {
        VariantColumn(header) { _, variant in FigureFormatting.value(variant.figures[metric.rawValue], of: metric) }
    }

    /// The variant's name, `(ref)` marking the reference.
    package static let name = VariantColumn("variant", rightAligned: false) { scenario, variant in
        "`\(variant.name)`" + (variant.name == scenario.reference ? " (ref)" : "")
    }

    /// The memory table: exact figures, then page-level and memit's.
    package static let memory: [VariantColumn] = [
        .name,
        .figure("exact peak increment", .peakIncrement),
        .figure("temporaries", .temporaries),
        .figure("retained", .retained),
        .figure("allocations", .allocations),
        VariantColumn("peak vs ref") { s, v in
            let key = Metric.peakIncrement.rawValue
            return FigureFormatting.versusReference(v.figures[key], s.variants.first { $0.name == s.reference }?.figures[key])
        },
        .figure("RSS peak", .rssPeak),
        .figure("RSS increment", .rssIncrement),
        VariantColumn("memit peak") { _, v in FigureFormatting.mebibytes(v.figures["memit_peak_mib"]) },
        VariantColumn("memit increment") { _, v in FigureFormatting.mebibytes(v.figures["memit_increment_mib"]) },
    ]

    /// The time and verdict table.
    package static let timeAndVerdicts: [VariantColumn] = [
        .name,
        VariantColumn("semantics", rightAligned: false) { _, v in v.semantics },
        VariantColumn("median time (min–max)") { _, v in
            guard let t = v.wallTime else { return "—" }
            if v.runs.count < 2 { return FigureFormatting.time(t.median) }
            return "\(FigureFormatting.time(t.median)) (\(FigureFormatting.time(t.min))–\(FigureFormatting.time(t.max)))"
        },
        VariantColumn("time ÷ ref") { s, v in TimeRatioNote.ratio(v, in: s) },
        VariantColumn("runs") { _, v in String(v.runs.count) },
        VariantColumn("expectations", rightAligned: false) { _, v in VerdictText.expectations(v) },
        VariantColumn("result", rightAligned: false) { s, v in VerdictText.agreement(s, v) },
        VariantColumn("status", rightAligned: false) { _, v in VerdictText.status(v) },
    ]
}
