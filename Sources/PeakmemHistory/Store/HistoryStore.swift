import Foundation
import GRDB
import PeakmemReports
import PeakmemResults

/// The results store: one SQLite file (`.peakmem/history.sqlite` by default) holding every
/// recorded run's figures, keyed by git commit, machine class, scale, engine and peakmem version.
///
/// The file is opened through GRDB's `DatabasePool` in WAL mode with a busy timeout, so that
/// several recorders (a CI matrix on one cache, two local runs) may write at once: each write
/// waits for the others instead of failing. A run is recorded in one transaction — its `run`,
/// `variant` and `figure` rows land together or not at all, also when the process is killed
/// mid-write (SQLite's WAL rolls an uncommitted transaction back when the file is next opened).
/// The schema is versioned by ``HistorySchema``'s migrations, applied on open.
package final class HistoryStore: Sendable {
    /// The default store path, relative to the working directory.
    package static let defaultPath = ".peakmem/history.sqlite"

    /// How long a write waits for another writer before failing.
    package static let busyTimeout: TimeInterval = 30

    package let path: String
    let pool: DatabasePool

    /// Opens the store at `path`, creating the file and its directory when missing, and
    /// brings its schema up to date.
    package init(path: String = HistoryStore.defaultPath) throws(HistoryStoreError) {
        self.path = path
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw .cannotOpen(path: path, reason: "cannot create \(directory.path)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "peakmem-history"
        do { pool = try DatabasePool(path: path, configuration: configuration) } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
        try migrate()
    }

    /// Applies the migrations this store lacks. Two processes opening a new store at once both
    /// try; the one that finds the work done by the other goes on.
    private func migrate() throws(HistoryStoreError) {
        let migrator = HistorySchema.migrator
        do {
            if try pool.read(migrator.hasBeenSuperseded) { throw HistoryStoreError.newerSchema(path: path) }
            try migrator.migrate(pool)
        } catch let error as HistoryStoreError {
            throw error
        } catch {
            let completed = (try? pool.read(migrator.hasCompletedMigrations)) ?? false
            if !completed { throw .cannotOpen(path: path, reason: Self.reason(error)) }
        }
    }

    /// SQLite's message for a database error, else the error's description.
    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// Runs `body` and maps a database error to ``HistoryStoreError/database(path:reason:)``.
    func access<T>(_ body: () throws -> T) throws(HistoryStoreError) -> T {
        do { return try body() } catch let error as HistoryStoreError { throw error } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    // MARK: Writing

    /// Records `results` as made at `commit`, in one transaction, and returns the new run.
    @discardableResult
    package func record(_ results: RunResults, commit: CommitInfo, recorded: Date = Date()) throws(HistoryStoreError) -> RecordedRun {
        let machineClass = MachineClass(results)
        let figures = FigureTable(results).variants
        let options = String(decoding: (try? JSONEncoder().encode(results.options)) ?? Data("{}".utf8), as: UTF8.self)
        let id: Int64 = try access {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO run (commit_hash, commit_date, commit_subject, branch, dirty, system, architecture, engine,
                                     scale, peakmem_version, hostname, results_created, recorded, options)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [commit.hash, commit.date, commit.subject, commit.branch, commit.dirty,
                                     machineClass.system, machineClass.architecture, machineClass.engine, results.scale,
                                     results.peakmemVersion, results.machine.hostname, results.created,
                                     ISO8601DateFormatter().string(from: recorded), options])
                let run = db.lastInsertedRowID
                // Prepared once, executed per row.
                let variantInsert = try db.makeStatement(sql: "INSERT INTO variant (run_id, key, scenario, file, status, failure) VALUES (?, ?, ?, ?, ?, ?)")
                let figureInsert = try db.makeStatement(sql: "INSERT INTO figure (run_id, key, metric, value) VALUES (?, ?, ?, ?)")
                for record in Self.variantRecords(results) {
                    try variantInsert.execute(arguments: [run, record.key, record.scenario, record.file, record.status, record.failure])
                    for (metric, value) in (figures[record.key] ?? [:]).sorted(by: { $0.key < $1.key }) {
                        try figureInsert.execute(arguments: [run, record.key, metric, value])
                    }
                }
                return run
            }
        }
        guard let run = try runs(ids: [id]).first else { throw .database(path: path, reason: "run #\(id) vanished") }
        return run
    }

    /// The variants of `results` as stored: every variant (failed ones without figures), and
    /// the NumPy engine's figures of `--engine both` under `KEY@numpy`.
    static func variantRecords(_ results: RunResults) -> [VariantRecord] {
        var records: [VariantRecord] = []
        var seen = Set<String>()
        for scenario in results.scenarios {
            for variant in scenario.variants {
                let key = FigureTable.key(scenario.name, variant.name)
                guard seen.insert(key).inserted else { continue }
                records.append(VariantRecord(key: key, scenario: scenario.name, file: scenario.file,
                                             status: variant.status.rawValue, failure: variant.failure?.kind.rawValue))
                if variant.status == .ok, FigureTable.numpyFigures(of: variant) != nil {
                    records.append(VariantRecord(key: key + FigureTable.numpySuffix, scenario: scenario.name, file: scenario.file,
                                                 status: "ok", failure: nil))
                }
            }
        }
        return records
    }

    /// Deletes the runs with these ids (their variants and figures with them); returns how
    /// many there were.
    @discardableResult
    package func delete(runs ids: [Int64]) throws(HistoryStoreError) -> Int {
        guard !ids.isEmpty else { return 0 }
        return try access {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM run WHERE id IN (\(Self.placeholders(ids.count)))", arguments: StatementArguments(ids))
                return db.changesCount
            }
        }
    }

    /// Rewrites the file without the space deleted runs left (`VACUUM`).
    package func compact() throws(HistoryStoreError) {
        try access { try pool.vacuum() }
    }

    static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}
