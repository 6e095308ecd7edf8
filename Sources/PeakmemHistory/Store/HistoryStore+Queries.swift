import Foundation
import GRDB
import PeakmemReports

extension HistoryStore {
    /// The runs in history order: by commit date, then in the order they were recorded.
    /// `ids` restricts them to those runs.
    package func runs(ids: [Int64]? = nil) throws(HistoryStoreError) -> [RecordedRun] {
        var sql = """
            SELECT run.*, (SELECT count(*) FROM variant WHERE variant.run_id = run.id) AS variant_count,
                   (SELECT count(*) FROM variant WHERE variant.run_id = run.id AND status != 'ok') AS failed_count
            FROM run
            """
        var arguments = StatementArguments()
        if let ids {
            if ids.isEmpty { return [] }
            sql += " WHERE id IN (\(Self.placeholders(ids.count)))"
            arguments = StatementArguments(ids)
        }
        sql += " ORDER BY commit_date, id"
        return try access {
            try pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.run) }
        }
    }

    static func run(_ row: Row) -> RecordedRun {
        RecordedRun(
            id: row["id"],
            commit: CommitInfo(hash: row["commit_hash"], date: row["commit_date"], subject: row["commit_subject"],
                               branch: row["branch"], dirty: row["dirty"]),
            series: HistorySeries(machineClass: MachineClass(system: row["system"], architecture: row["architecture"],
                                                             engine: row["engine"]), scale: row["scale"]),
            peakmemVersion: row["peakmem_version"], hostname: row["hostname"], resultsCreated: row["results_created"],
            recorded: row["recorded"], options: row["options"], variantCount: row["variant_count"], failedCount: row["failed_count"])
    }

    /// The runs recorded at commits whose hash starts with `prefix` (lower-case hex).
    package func runs(commitPrefix prefix: String) throws(HistoryStoreError) -> [RecordedRun] {
        let prefix = prefix.lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { return [] }
        let ids: [Int64] = try access {
            try pool.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM run WHERE substr(commit_hash, 1, ?) = ?", arguments: [prefix.count, prefix])
            }
        }
        return try runs(ids: ids)
    }

    /// The figures of a run, as `peakmem compare` reads a results file's.
    package func figures(ofRun id: Int64) throws(HistoryStoreError) -> FigureTable {
        let rows: [Row] = try access {
            try pool.read { db in try Row.fetchAll(db, sql: "SELECT key, metric, value FROM figure WHERE run_id = ?", arguments: [id]) }
        }
        var variants: [String: [String: Double]] = [:]
        for row in rows { variants[row["key"], default: [:]][row["metric"]] = row["value"] }
        return FigureTable(variants: variants)
    }

    /// The variants of a run.
    package func variants(ofRun id: Int64) throws(HistoryStoreError) -> [VariantRecord] {
        try access {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM variant WHERE run_id = ? ORDER BY key", arguments: [id]).map(Self.variant)
            }
        }
    }

    static func variant(_ row: Row) -> VariantRecord {
        VariantRecord(key: row["key"], scenario: row["scenario"], file: row["file"], status: row["status"], failure: row["failure"])
    }

    /// One variant's record in each run that has it, by run id.
    package func variantRecords(key: String) throws(HistoryStoreError) -> [Int64: VariantRecord] {
        try access {
            try pool.read { db in
                var records: [Int64: VariantRecord] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM variant WHERE key = ?", arguments: [key]) {
                    records[row["run_id"]] = Self.variant(row)
                }
                return records
            }
        }
    }

    /// One figure of one variant in each run that has it, by run id.
    package func values(key: String, metric: String) throws(HistoryStoreError) -> [Int64: Double] {
        try access {
            try pool.read { db in
                var values: [Int64: Double] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT run_id, value FROM figure WHERE key = ? AND metric = ?", arguments: [key, metric]) {
                    values[row["run_id"]] = row["value"]
                }
                return values
            }
        }
    }

    /// Every `SCENARIO/VARIANT` key recorded (in the runs `ids` when given), sorted.
    package func keys(inRuns ids: [Int64]? = nil) throws(HistoryStoreError) -> [String] {
        guard let ids else {
            return try access { try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT key FROM variant ORDER BY key") } }
        }
        if ids.isEmpty { return [] }
        return try access {
            try pool.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT key FROM variant WHERE run_id IN (\(Self.placeholders(ids.count))) ORDER BY key",
                                    arguments: StatementArguments(ids))
            }
        }
    }

    /// The store's schema version (the newest applied migration).
    package func schemaVersion() throws(HistoryStoreError) -> String? {
        try access { try pool.read { db in try HistorySchema.migrator.appliedMigrations(db).last } }
    }
}
