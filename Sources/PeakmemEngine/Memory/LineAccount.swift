import PeakmemResults

/// The line-by-line account of a run (``Ledger/startLineProfile(rss:)``): the figures of each
/// line between its line events (see ``LineFigures``).
struct LineAccount: Sendable {
    /// The line of the last event, its live bytes and RSS then (0: before the first event).
    var line = 0
    var liveAtEvent: Int
    var rssAtEvent: Int
    /// Per line: the figures so far.
    var figures: [Int: LineFigures] = [:]

    init(live: Int, rss: Int) {
        liveAtEvent = live
        rssAtEvent = rss
    }

    /// A line event for `next` (0 at the end of the run): the running line's segment, whose
    /// highest live figure was `windowPeak`, ends with `live` bytes and `rss`.
    mutating func event(next: Int, live: Int, windowPeak: Int, rss: Int) {
        if line != 0 {
            var entry = figures[line] ?? LineFigures(line: line, occurrences: 0, increment: 0, peak: 0, memUsage: 0, rssIncrement: 0)
            entry.increment += live - liveAtEvent
            entry.peak = Swift.max(entry.peak, windowPeak - liveAtEvent)
            entry.memUsage = Swift.max(entry.memUsage, rss)
            entry.rssIncrement += rss - rssAtEvent
            figures[line] = entry
        }
        if next != 0 {
            var entry = figures[next] ?? LineFigures(line: next, occurrences: 0, increment: 0, peak: 0, memUsage: 0, rssIncrement: 0)
            entry.occurrences += 1
            figures[next] = entry
        }
        line = next
        liveAtEvent = live
        rssAtEvent = rss
    }
}
