import PeakmemResults

/// The "Peak anatomy" section of a scenario page: the stacked bar chart of the peak by role
/// (``AnatomyBarChart``) and, per variant, the buffers live at its exact high-water mark.
enum PeakAnatomySection {
    /// The section's Markdown, or nil when no variant has an anatomy.
    static func render(_ scenario: ScenarioResult) -> String? {
        let variants = scenario.variants.filter { $0.peakAnatomy != nil }
        guard !variants.isEmpty else { return nil }
        var out = "What was live at each variant's exact high-water mark (the ledger's), biggest first: where each buffer "
        out += "was made (file line and column of the operation), by which operation and why. Buffers made before the "
        out += "run are its inputs; the others make up the peak increment.\n\n"
        out += "![live bytes at the peak by role](\(ReportSet.anatomyChartPath(scenario.name)))\n\n"
        for variant in variants {
            let anatomy = variant.peakAnatomy!
            out += "### \(variant.name)\n\n"
            var table = MarkdownTable(header: ["bytes", "array", "role", "operation", "line:col", "reason"], rightAligned: [0])
            table.rows = anatomy.allocations.map { allocation in
                let array = [allocation.dtype, allocation.shape.map { "(" + $0.map(String.init).joined(separator: ", ") + ")" }]
                    .compactMap { $0 }.joined(separator: " ")
                let site = allocation.site
                let position = site.callLine > 0 ? "\(site.callLine):\(site.callColumn)" : site.line > 0 ? "\(site.line):\(site.column)" : "—"
                return [FigureFormatting.exactBytes(Double(allocation.bytes)), array.isEmpty ? "—" : array,
                        allocation.roleText + (allocation.setup ? " (before the run)" : ""),
                        "`\(site.operationText)`", position, allocation.reason]
            }
            out += table.render()
            if anatomy.otherBuffers > 0 {
                out += "\nand \(anatomy.otherBuffers) smaller buffers (\(FigureFormatting.exactBytes(Double(anatomy.otherBytes)))).\n"
            }
            out += "\n"
        }
        return out
    }
}
