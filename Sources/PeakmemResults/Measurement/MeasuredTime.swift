/// How long one measured run took, in seconds.
public struct MeasuredTime: Sendable, Hashable, Codable {
    /// Elapsed `CLOCK_MONOTONIC` time around the measured code alone (sampler start and stop
    /// are outside it).
    public var wall: Double
    /// `CLOCK_PROCESS_CPUTIME_ID` time consumed during the measured code by every thread of
    /// the process — OpenBLAS workers included, also while they spin waiting for work —
    /// minus the CPU time the sampler thread used over the same span (read from its own
    /// thread clock before and after).
    public var cpu: Double

    /// Creates a time from its figures.
    public init(wall: Double, cpu: Double) {
        self.wall = wall
        self.cpu = cpu
    }
}
