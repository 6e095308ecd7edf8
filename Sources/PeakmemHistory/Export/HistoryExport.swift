import Foundation
import PeakmemResults

/// The store's runs and figures as a document: JSON (schema `peakmem-history-export/1`) or CSV
/// (one row per run, variant and figure), for spreadsheets, notebooks and other tools.
/// Both are documented in `docs/history.md`.
package struct HistoryExport: Sendable {
    package static let schemaIdentifier = "peakmem-history-export/1"

    /// One exported run.
    package struct Run: Sendable, Codable, Hashable {
        package var id: Int64
        package var commit: CommitInfo
        package var system: String
        package var architecture: String
        package var engine: String
        package var scale: String
        package var peakmemVersion: String
        package var hostname: String
        package var resultsCreated: String
        package var recorded: String
        /// The options the run was made with (repeats, interval, `--set` overrides, filters, ...).
        package var options: RunOptions?
        /// `SCENARIO/VARIANT` → `ok` or the failure kind.
        package var status: [String: String]
        /// `SCENARIO/VARIANT` → figure → value (failed variants have none).
        package var figures: [String: [String: Double]]

        enum CodingKeys: String, CodingKey {
            case id, commit, system, architecture, engine, scale, hostname, recorded, options, status, figures
            case peakmemVersion = "peakmem_version"
            case resultsCreated = "results_created"
        }
    }

    struct Document: Codable {
        var schema: String
        var runs: [Run]
    }

    package var runs: [Run]

    /// The runs `selected` of `store` (all by default), with the figures of the keys matching
    /// `keyMatches` and the figure names in `metrics` (all when nil).
    package init(store: HistoryStore, runs selected: [RecordedRun]? = nil, keyMatches: (String) -> Bool = { _ in true },
                metrics: Set<String>? = nil) throws(HistoryStoreError) {
        var runs: [Run] = []
        let all: [RecordedRun]
        if let selected { all = selected } else { all = try store.runs() }
        for run in all {
            var status: [String: String] = [:]
            for variant in try store.variants(ofRun: run.id) where keyMatches(variant.key) {
                status[variant.key] = variant.status == "ok" ? "ok" : variant.failure ?? variant.status
            }
            var figures: [String: [String: Double]] = [:]
            for (key, values) in try store.figures(ofRun: run.id).variants where keyMatches(key) {
                let kept = values.filter { metrics?.contains($0.key) ?? true }
                if !kept.isEmpty { figures[key] = kept }
            }
            let machine = run.series.machineClass
            runs.append(Run(id: run.id, commit: run.commit, system: machine.system, architecture: machine.architecture,
                            engine: machine.engine, scale: run.series.scale, peakmemVersion: run.peakmemVersion,
                            hostname: run.hostname, resultsCreated: run.resultsCreated, recorded: run.recorded,
                            options: try? JSONDecoder().decode(RunOptions.self, from: Data(run.options.utf8)),
                            status: status, figures: figures))
        }
        self.runs = runs
    }

    /// The JSON document, pretty-printed with sorted keys.
    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(schema: Self.schemaIdentifier, runs: runs)), as: UTF8.self) + "\n"
    }

    /// The CSV columns.
    package static let csvHeader = ["run", "commit", "commit_date", "subject", "branch", "dirty", "system", "architecture",
                                   "engine", "scale", "peakmem_version", "recorded", "variant", "metric", "value"]

    /// RFC 4180 CSV: a header, then one row per run, variant and figure, in history order.
    package func csv() -> String {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for run in runs {
            let prefix = [String(run.id), run.commit.hash, run.commit.date, run.commit.subject, run.commit.branch ?? "",
                          run.commit.dirty ? "true" : "false", run.system, run.architecture, run.engine, run.scale,
                          run.peakmemVersion, run.recorded]
            for key in run.figures.keys.sorted() {
                for (metric, value) in run.figures[key]!.sorted(by: { $0.key < $1.key }) {
                    lines.append((prefix + [key, metric, Self.number(value)]).map(Self.field).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A value: whole numbers without a fraction, others with the shortest exact form.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
