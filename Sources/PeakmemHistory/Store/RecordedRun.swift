/// One recorded results document: its commit, series and provenance (its figures are read
/// with ``HistoryStore/figures(ofRun:)``).
package struct RecordedRun: Sendable, Hashable, Identifiable {
    /// The store's id of the run (`#ID` on the command line).
    package var id: Int64
    package var commit: CommitInfo
    package var series: HistorySeries
    package var peakmemVersion: String
    package var hostname: String
    /// When the run started (from the results).
    package var resultsCreated: String
    /// When it was recorded (UTC, ISO 8601).
    package var recorded: String
    /// The run's options, as the results' JSON.
    package var options: String
    /// How many `SCENARIO/VARIANT` keys it holds, and how many of them failed.
    package var variantCount: Int
    package var failedCount: Int
}
