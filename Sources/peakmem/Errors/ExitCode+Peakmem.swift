import ArgumentParser

/// peakmem's exit statuses, by name (documented in the README and `peakmem help gate`).
extension ExitCode {
    /// 1: the gate found a regression or an exceeded limit.
    static let regression = ExitCode(1)
    /// 1: a variant failed (error, memory limit, timeout, crash), disagreed with the reference
    /// or broke an expectation.
    static let runFailed = ExitCode(1)
    /// 1: `history find` named no commit (the figure is the same at both ends, an end could
    /// not be measured, or only unmeasurable commits surround the change).
    static let noCommitFound = ExitCode(1)
    /// 2: bad input or usage: a malformed scenario or file, an unknown name, a file that
    /// cannot be written, an invalid option.
    static let badInput = ExitCode(2)
    /// 3: the gate cannot run: no baseline, or one of another scale, machine class or
    /// parameters.
    static let baselineUnusable = ExitCode(3)
}
