/// One line of scenario code in the line-by-line profile of a measured run (`--lines`), as
/// memory_profiler's `@profile` table reports a line, with exact figures beside the RSS ones.
///
/// A line's figures come from *line events*: the interpreter starts a statement on the line.
/// What happens between a line event and the next one is the line's (memory_profiler's rule),
/// so the ``increment``s of all lines add up to the run's `retained` exactly. A compound
/// statement's line (`for`, `if`) has one event when the statement starts; its body lines have
/// one per execution.
public struct LineFigures: Sendable, Hashable, Codable {
    /// The file line of the scenario file.
    public var line: Int
    /// How many times a statement started on the line (loops: once per iteration).
    public var occurrences: Int
    /// Exact: the ledger's live bytes after the line minus before it, summed over its
    /// occurrences (memory_profiler's "Increment", without its RSS noise).
    public var increment: Int
    /// Exact: the most live bytes above the line's start reached while it ran (the largest over
    /// its occurrences): what the line needed at its peak, temporaries included.
    public var peak: Int
    /// The process's RSS after the line, in bytes: the largest over its occurrences
    /// (memory_profiler's "Mem usage").
    public var memUsage: Int
    /// The RSS after the line minus before it, summed over its occurrences, in bytes.
    public var rssIncrement: Int
    /// The line as the scenario file has it (empty when the worker did not know it).
    public var text: String

    /// A line's figures.
    public init(line: Int, occurrences: Int, increment: Int, peak: Int, memUsage: Int, rssIncrement: Int, text: String = "") {
        self.line = line
        self.occurrences = occurrences
        self.increment = increment
        self.peak = peak
        self.memUsage = memUsage
        self.rssIncrement = rssIncrement
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case line, occurrences, increment, peak, text
        case memUsage = "mem_usage"
        case rssIncrement = "rss_increment"
    }
}
