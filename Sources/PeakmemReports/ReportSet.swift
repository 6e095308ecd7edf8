import Foundation
import PeakmemResults

/// Everything `peakmem run` and `peakmem report` write into a reports directory, rendered in
/// memory first and then written atomically (``AtomicFileWriter``):
///
/// - `REPORT.md`: machine, versions, one line per scenario;
/// - `SCENARIO.md`: one page per scenario;
/// - `charts/SCENARIO-peaks.svg`: exact vs RSS peak per variant;
/// - `charts/SCENARIO-anatomy.svg`: the live bytes at each variant's exact peak by role;
/// - `charts/SCENARIO-VARIANT-timeline.svg`: each variant's memory timeline;
/// - `results.json`: the results themselves (schema `peakmem-results/1`).
public struct ReportSet: Sendable {
    public var results: RunResults
    public var hooks: ReportHooks

    public init(results: RunResults, hooks: ReportHooks = .standard) {
        self.results = results
        self.hooks = hooks
    }

    /// A file-name-safe form of a scenario or variant name.
    public static func slug(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }

    public static func barChartPath(_ scenario: String) -> String { "charts/\(slug(scenario))-peaks.svg" }

    public static func anatomyChartPath(_ scenario: String) -> String { "charts/\(slug(scenario))-anatomy.svg" }

    public static func timelinePath(_ scenario: String, _ variant: String) -> String {
        "charts/\(slug(scenario))-\(slug(variant))-timeline.svg"
    }

    /// The files by path relative to the reports directory.
    public func files() throws -> [String: String] {
        var files: [String: String] = ["REPORT.md": IndexPage(results: results).render()]
        for scenario in results.scenarios {
            files[ScenarioPage.fileName(scenario.name)] = ScenarioPage(scenario: scenario, scale: results.scale, hooks: hooks).render()
            files[Self.barChartPath(scenario.name)] = PeakBarChart(scenario: scenario).render()
            if let anatomy = AnatomyBarChart(scenario: scenario).render() { files[Self.anatomyChartPath(scenario.name)] = anatomy }
            for variant in scenario.variants {
                if let svg = TimelineChart(scenario: scenario.name, variant: variant).render() {
                    files[Self.timelinePath(scenario.name, variant.name)] = svg
                }
            }
        }
        files["results.json"] = try ResultsFile.text(results)
        return files
    }

    /// Renders and writes every file into `directory`.
    public func write(to directory: String) throws {
        try AtomicFileWriter.write(try files(), into: directory)
    }
}
