import GRDB

/// The store's tables, created and upgraded by named migrations (GRDB's `DatabaseMigrator`,
/// which records the applied ones in `grdb_migrations`). A migration, once released, never
/// changes: a new schema version is a new migration appended here.
///
/// Version 1 (`v1-runs`):
///
/// - `run`: one row per recorded results document — the commit (`commit_hash`, `commit_date`,
///   `commit_subject`, `branch`, `dirty`), the series (`system`, `architecture`, `engine`,
///   `scale`), `peakmem_version`, `hostname`, `results_created`, `recorded` and the run's
///   options as JSON;
/// - `variant`: per run and `SCENARIO/VARIANT` key (`@numpy` for the NumPy engine's figures
///   with `--engine both`), the scenario, its file, `status` (`ok`/`failed`) and the failure kind;
/// - `figure`: per run, key and figure name, the value (bytes, counts, seconds; times are
///   medians) — exactly the figures `peakmem compare` compares (`FigureTable`).
enum HistorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    commit_hash TEXT NOT NULL,
                    commit_date TEXT NOT NULL,
                    commit_subject TEXT NOT NULL,
                    branch TEXT,
                    dirty BOOLEAN NOT NULL,
                    system TEXT NOT NULL,
                    architecture TEXT NOT NULL,
                    engine TEXT NOT NULL,
                    scale TEXT NOT NULL,
                    peakmem_version TEXT NOT NULL,
                    hostname TEXT NOT NULL,
                    results_created TEXT NOT NULL,
                    recorded TEXT NOT NULL,
                    options TEXT NOT NULL
                );
                CREATE INDEX run_commit ON run(commit_hash);
                CREATE INDEX run_order ON run(commit_date, id);
                CREATE TABLE variant (
                    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    scenario TEXT NOT NULL,
                    file TEXT NOT NULL,
                    status TEXT NOT NULL,
                    failure TEXT,
                    PRIMARY KEY (run_id, key)
                ) WITHOUT ROWID;
                CREATE TABLE figure (
                    run_id INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    metric TEXT NOT NULL,
                    value REAL NOT NULL,
                    PRIMARY KEY (run_id, key, metric),
                    FOREIGN KEY (run_id, key) REFERENCES variant(run_id, key) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX figure_series ON figure(key, metric);
                """)
        }
        return migrator
    }
}
