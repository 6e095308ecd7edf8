import Foundation
import PeakmemResults

/// `REPORT.md`: the machine and versions of a run, and one line per scenario with its headline.
public struct IndexPage: Sendable {
    public var results: RunResults

    public init(results: RunResults) { self.results = results }

    public func render() -> String {
        let m = results.machine
        let threads = Set(results.scenarios.flatMap { $0.variants.compactMap { $0.runs.first?.openblasThreads } }).sorted()
        var out = "# peakmem report\n\n"
        var table = MarkdownTable(header: ["", ""])
        table.rows = [
            ["date", results.created],
            ["scale", "`\(results.scale)`" + (results.options.overrides.isEmpty ? "" : " with " + results.options.overrides.keys.sorted().map { "\($0)=\(results.options.overrides[$0]!)" }.joined(separator: ", "))],
            ["machine", "\(m.hostname): \(m.cores) cores, \(FigureFormatting.size(Double(m.memoryBytes)))"],
            ["OS", m.os + (m.architecture.map { " (\(m.system ?? "")/\($0))" } ?? "")],
            ["CPU", m.cpu],
            ["peakmem", results.peakmemVersion],
            ["Swift", m.swift ?? "—"],
            ["OpenBLAS", m.openblas],
            ["OpenBLAS threads", threads.isEmpty ? "—" : threads.map(String.init).joined(separator: ", ")],
            ["jemalloc", m.jemalloc],
            ["runs per variant", "\(results.options.repeats) (warm-up \(results.options.warmup), sampler every \(FigureFormatting.time(results.options.interval)))"],
        ]
        if let shard = results.options.shard { table.rows.append(["shard", shard]) }
        if let filters = results.options.filters, !filters.isEmpty {
            table.rows.append(["variants", "only those matching " + filters.map { "`\($0)`" }.joined(separator: ", ")])
        }
        out += table.render() + "\n## Scenarios\n\n"
        for scenario in results.scenarios {
            out += "- [\(scenario.name)](\(ScenarioPage.fileName(scenario.name))) — \(scenario.title): \(Self.headline(scenario))\n"
        }
        if results.scenarios.isEmpty { out += "No scenario ran.\n" }
        return out
    }

    /// One sentence: the range of exact peak increments, and the verdicts.
    public static func headline(_ scenario: ScenarioResult) -> String {
        let ok = scenario.variants.filter { $0.status == .ok }
        var parts: [String] = []
        let peaks = ok.compactMap { v in v.figures["peak_increment"].map { (v.name, $0) } }
        if let low = peaks.min(by: { $0.1 < $1.1 }), let high = peaks.max(by: { $0.1 < $1.1 }) {
            if low.1 == high.1 {
                parts.append("every variant's exact peak increment is \(FigureFormatting.size(low.1))")
            } else {
                let factor = low.1 > 0 ? String(format: " (%.2f×)", high.1 / low.1) : ""
                parts.append("exact peak increment from \(FigureFormatting.size(low.1)) (`\(low.0)`) to \(FigureFormatting.size(high.1)) (`\(high.0)`)\(factor)")
            }
        }
        if let avoidable = biggestAvoidable(scenario) { parts.append(avoidable) }
        parts.append("\(ok.count)/\(scenario.variants.count) variants ran")
        let disagree = scenario.variants.filter { $0.agreement?.agrees == false }.count
        if disagree > 0 { parts.append("\(disagree) disagree with the reference") }
        let expectations = scenario.variants.flatMap(\.expectations)
        if !expectations.isEmpty {
            parts.append("\(expectations.filter(\.passed).count)/\(expectations.count) expectations met")
        }
        return parts.joined(separator: "; ")
    }

    /// The biggest avoidable buffer at any variant's peak (``PeakAnatomy/biggestAvoidable``):
    /// "biggest avoidable part: `x-fortran`: 3.81 MiB of its 3.89 MiB peak increment is np.dot's
    /// C-order copy of operand 0 at line 32"; nil without anatomies or avoidable buffers.
    static func biggestAvoidable(_ scenario: ScenarioResult) -> String? {
        let candidates = scenario.variants.compactMap { variant in
            variant.peakAnatomy?.biggestAvoidable.map { (variant, $0) }
        }
        guard let (variant, allocation) = candidates.max(by: { $0.1.bytes < $1.1.bytes }) else { return nil }
        let peak = variant.figures["peak_increment"].map { " of its \(FigureFormatting.size($0)) peak increment" } ?? ""
        return "biggest avoidable part: `\(variant.name)`: \(FigureFormatting.size(Double(allocation.bytes)))\(peak) is \(allocation.phrase)"
    }
}
