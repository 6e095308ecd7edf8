import PeakmemResults


/// The Markdown page of one scenario: title, source, summary, parameters, the finding, the
/// variants' code, the variant tables,
/// documented figures, einsum paths, the gaps between exact and RSS figures, the charts.
public struct ScenarioPage: Sendable {
    public var scenario: ScenarioResult
    public var scale: String
    public var hooks: ReportHooks

    public init(scenario: ScenarioResult, scale: String, hooks: ReportHooks = .standard) {
        self.scenario = scenario
        self.scale = scale
        self.hooks = hooks
    }

    /// The page's file name: `SCENARIO.md`.
    public static func fileName(_ scenario: String) -> String { "\(ReportSet.slug(scenario)).md" }

    /// The figures every page knows how to show; other keys of `figures` go to "Other figures".
    static let knownFigures: Set<String> = Set(Metric.allCases.map(\.rawValue)).union(["memit_peak_mib", "memit_increment_mib"])

    public func render() -> String {
        var out = "# \(scenario.name): \(scenario.title)\n\n"
        if let source = scenario.source { out += "**Source:** \(source)\n\n" }
        if let summary = scenario.summary { out += "\(summary)\n\n" }
        let parameters = scenario.parameters.keys.sorted().map { "`\($0)` = \(scenario.parameters[$0]!)" }
        out += "Scale `\(scale)`" + (parameters.isEmpty ? "" : "; parameters " + parameters.joined(separator: ", "))
        out += "; reference variant `\(scenario.reference)`; file `\(scenario.file)`.\n\n"
        if let finding = ScenarioFinding.sentence(scenario) { out += "**Finding:** \(finding)\n\n" }
        if let code = codeSection() { out += "## Code\n\n" + code }

        out += "## Memory\n\n"
        out += "Exact figures come from the ledger of array buffers and are identical on every run and machine; "
        out += "RSS and memit figures are the kernel's, page-level, for the whole worker process. "
        out += "*peak vs ref* is a ratio when the reference's exact peak increment is at least "
        out += "\(FigureFormatting.size(FigureFormatting.ratioFloor)), otherwise the difference from it.\n\n"
        let mapsFiles = scenario.variants.contains { ($0.figures[Metric.mapped.rawValue] ?? 0) > 0 }
        out += table(VariantColumn.memory + (mapsFiles ? [.figure("mapped", .mapped)] : []) + hooks.extraMemoryColumns)
        out += "\n![peak memory per variant](\(ReportSet.barChartPath(scenario.name)))\n\n"
        if let anatomy = PeakAnatomySection.render(scenario) { out += "## Peak anatomy\n\n" + anatomy }

        out += "## Time and verdicts\n\n"
        out += table(VariantColumn.timeAndVerdicts)
        let notes = TimeRatioNote.footnotes(scenario)
        if !notes.isEmpty { out += "\n" + notes.joined(separator: "<br>\n") + "\n" }

        if let documented = DocumentedComparison.table(scenario) {
            out += "\n## Documented figures\n\n"
            out += "A documented `%memit` peak includes the whole Python process (interpreter, NumPy, inputs), so "
            out += "only differences between variants carry over: compare *documented − ref* with *measured − ref*."
            if scale != "doc" {
                out += " The documented figures are for the source's sizes (scale `doc`) and this run is at scale "
                out += "`\(scale)`, so the ratios and differences below compare different sizes: run with `--scale doc` to compare them."
            }
            out += "\n\n"
            out += documented
        }
        let paths = scenario.variants.map { ($0.name, hooks.einsumPaths($0)) }.filter { !$0.1.isEmpty }
        if !paths.isEmpty {
            out += "\n## Einsum paths\n\n"
            out += "The einsum calls of the measured run that planned a path, one line per distinct call: the subscripts, "
            out += "the strategy, the path as `np.einsum_path` returns it, NumPy's largest intermediate and peakmem's "
            out += "predicted peak of live intermediates (result included); ×N when the run made the call N times.\n\n"
            for (name, lines) in paths {
                out += "- `\(name)`:\n" + lines.map { "  - \($0)\n" }.joined()
            }
        }
        if let other = otherFigures() { out += "\n## Other figures\n\n" + other }
        if let numpy = NumpyEngineSection.render(scenario) { out += "\n## NumPy engine\n\n" + numpy }

        out += "\n## Exact vs RSS\n\n"
        for variant in scenario.variants {
            out += "- `\(variant.name)`: " + (GapExplanation.explain(variant) ?? "no figures (the run failed).") + "\n"
        }
        let timelines = scenario.variants.filter { TimelineChart(scenario: scenario.name, variant: $0).hasData }
        if !timelines.isEmpty {
            out += "\n## Timelines\n\n"
            out += "Sampled every \(samplingInterval) during the first run of each variant; the shaded band is the measured window.\n\n"
            for variant in timelines {
                out += "### \(variant.name)\n\n![\(variant.name) timeline](\(ReportSet.timelinePath(scenario.name, variant.name)))\n\n"
            }
        }
        return out
    }

    /// The variants' code: the setup blocks every variant shares once, then per variant its
    /// own setup blocks and its measured `run` block; nil when the results carry no code.
    private func codeSection() -> String? {
        let coded = scenario.variants.compactMap { v in v.code.map { (v.name, $0) } }
        guard let first = coded.first?.1 else { return nil }
        var shared = first.setup
        for (_, code) in coded.dropFirst() {
            shared = Array(zip(shared, code.setup).prefix { $0.0 == $0.1 }.map(\.0))
        }
        func block(_ text: String) -> String {
            "```python\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "```\n"
        }
        var out = ""
        if !shared.isEmpty { out += "Setup of every variant (not measured):\n\n" + block(shared.joined(separator: "\n")) + "\n" }
        for (name, code) in coded {
            out += "`\(name)`" + (name == scenario.reference ? " (ref)" : "") + ":\n\n"
            let own = Array(code.setup.dropFirst(shared.count))
            if !own.isEmpty { out += block("# setup (not measured)\n" + own.joined(separator: "\n") + "\n# run (measured)\n" + code.run) }
            else { out += block(code.run) }
            out += "\n"
        }
        return out
    }

    private var samplingInterval: String {
        FigureFormatting.time(scenario.variants.first?.runs.first?.timeline.interval)
    }

    private func table(_ columns: [VariantColumn]) -> String {
        var table = MarkdownTable(header: columns.map(\.header),
                                  rightAligned: Set(columns.indices.filter { columns[$0].rightAligned }))
        table.rows = scenario.variants.map { variant in columns.map { $0.cell(scenario, variant) } }
        return table.render()
    }

    /// Figures the results carry that this page has no column for (added by newer runners).
    private func otherFigures() -> String? {
        let keys = Set(scenario.variants.flatMap(\.figures.keys)).subtracting(Self.knownFigures).sorted()
        guard !keys.isEmpty else { return nil }
        var table = MarkdownTable(header: ["variant"] + keys, rightAligned: Set(1...keys.count))
        table.rows = scenario.variants.map { v in
            ["`\(v.name)`"] + keys.map { key in
                guard let value = v.figures[key] else { return "—" }
                return Metric(rawValue: key).map { FigureFormatting.value(value, of: $0) } ?? FigureFormatting.exactBytes(value)
            }
        }
        return table.render()
    }
}
