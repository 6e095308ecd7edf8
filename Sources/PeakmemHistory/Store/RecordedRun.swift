/// One recorded results document: its commit, series and provenance (its figures are read
/// with ``HistoryStore/figures(ofRun:)``).
public struct RecordedRun: Sendable, Hashable, Identifiable {
    /// The store's id of the run (`#ID` on the command line).
    public var id: Int64
    public var commit: CommitInfo
    public var series: HistorySeries
    public var peakmemVersion: String
    public var hostname: String
    /// When the run started (from the results).
    public var resultsCreated: String
    /// When it was recorded (UTC, ISO 8601).
    public var recorded: String
    /// The run's options, as the results' JSON.
    public var options: String
    /// How many `SCENARIO/VARIANT` keys it holds, and how many of them failed.
    public var variantCount: Int
    public var failedCount: Int
}
