import ArgumentParser

/// `peakmem history`: the results store over commits.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Record results per git commit in a SQLite store, list, show, compare, export and prune them, and find the commit that changed a figure.",
        discussion: """
            The store (.peakmem/history.sqlite by default, --store PATH) keeps every recorded run keyed \
            by git commit (hash, date, subject, branch, dirty flag), machine class, scale, engine and \
            peakmem version. `peakmem run --record` and `peakmem gate --record` record as they run. \
            `peakmem report --history` draws the trends. See docs/history.md.

            Exit status: 0 ok; 1 `find` named no commit; 2 bad input or usage.
            """,
        subcommands: [HistoryRecordCommand.self, HistoryListCommand.self, HistoryShowCommand.self, HistoryCompareCommand.self,
                      HistoryExportCommand.self, HistoryPruneCommand.self, HistoryFindCommand.self]
    )
}
