/// Where `peakmem run` and `peakmem report` write a report set when no `--out` is given.
///
/// A hidden directory of the working directory, beside the history store
/// (`.peakmem/history.sqlite`): a run never replaces a report set that a repository tracks
/// (this repository's committed `reports/` is rewritten only by `make report-commit`), and
/// `.peakmem/` is one line of a `.gitignore`.
enum ReportLocation {
    /// `.peakmem/report`, relative to the working directory.
    static let defaultDirectory = ".peakmem/report"
}
