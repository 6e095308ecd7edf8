import PeakmemResults


/// The figures a scenario's source documents beside the measured ones.
///
/// A documented `%memit` peak includes the whole Python process (interpreter, NumPy, the
/// inputs), so it cannot equal a Swift process's peak; what carries over is the difference
/// between variants of one scenario. The table shows both: the absolute ratio, and the
/// documented difference to the reference variant beside the measured one.
package enum DocumentedComparison {
    /// The measured counterpart of a documented key, in bytes or seconds.
    package static func measured(_ key: String, in variant: VariantResult) -> Double? {
        switch key {
        case "memit_peak": variant.figures["memit_peak_mib"].map { $0 * 1_048_576 }
        case "memit_increment": variant.figures["memit_increment_mib"].map { $0 * 1_048_576 }
        case "time": variant.wallTime?.median
        default: variant.figures[key]
        }
    }

    static func format(_ key: String, _ value: Double?) -> String {
        switch key {
        case "time", "wall_time", "cpu_time": FigureFormatting.time(value)
        case "allocations": value.map { FigureFormatting.grouped(Int($0)) } ?? "—"
        case "memit_peak", "memit_increment": value.map { FigureFormatting.mebibytes($0 / 1_048_576) } ?? "—"
        default: FigureFormatting.size(value)
        }
    }

    /// The table, or nil when no variant documents anything.
    package static func table(_ scenario: ScenarioResult) -> String? {
        let rows = scenario.variants.flatMap { v in (v.documented ?? [:]).keys.sorted().map { (v, $0) } }
        guard !rows.isEmpty else { return nil }
        let reference = scenario.variants.first { $0.name == scenario.reference }
        var table = MarkdownTable(header: ["variant", "figure", "documented", "measured", "measured ÷ documented",
                                           "documented − ref", "measured − ref"], rightAligned: [2, 3, 4, 5, 6])
        for (variant, key) in rows {
            let documented = variant.documented?[key]
            let measured = Self.measured(key, in: variant)
            let refDocumented = reference?.documented?[key]
            let refMeasured = reference.flatMap { Self.measured(key, in: $0) }
            func difference(_ a: Double?, _ b: Double?) -> String {
                guard let a, let b, variant.name != scenario.reference else { return "—" }
                return format(key, a - b)
            }
            table.rows.append(["`\(variant.name)`", key, format(key, documented), format(key, measured),
                               FigureFormatting.ratio(measured.flatMap { m in documented.map { m / $0 } }),
                               difference(documented, refDocumented), difference(measured, refMeasured)])
        }
        return table.render()
    }
}
