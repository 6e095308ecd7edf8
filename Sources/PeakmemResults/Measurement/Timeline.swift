/// What a ``Sampler`` recorded between ``Sampler/start()`` and ``Sampler/stop()``.
///
/// The first sample is taken by `start()` itself (time ≈ 0), the last by `stop()`'s request
/// (the sampler thread's final tick); in between, one per interval. When a run outlasts the
/// preallocated capacity, the timeline is decimated in place: every second sample is dropped
/// and only every `stride`-th tick is kept from then on, so a long run keeps its whole span at
/// a coarser resolution without allocating. ``peaks`` still cover every tick.
public struct Timeline: Sendable, Hashable, Codable {
    /// The requested interval between ticks, in seconds.
    public var interval: Double
    /// Seconds from the first sample to the last.
    public var duration: Double
    /// Ticks taken (each one read all the figures), the first and the final included.
    public var ticks: Int
    /// Tick deadlines skipped because a tick ran later than its next deadline (the sampler
    /// does not catch up with bursts).
    public var missedTicks: Int
    /// One sample is kept per `stride` ticks (1 unless the timeline was decimated).
    public var stride: Int
    /// The kept samples, in time order.
    public var samples: [Sample]
    /// The largest figures over every tick.
    public var peaks: TimelinePeaks
    /// CPU seconds the sampler thread itself used (`CLOCK_THREAD_CPUTIME_ID`) from its release
    /// by ``Sampler/start()`` to its end (the final tick included; its creation and warm-up
    /// excluded): the cost of sampling, wake-ups from sleep included.
    public var samplerCPU: Double

    /// Creates a timeline from its parts.
    public init(interval: Double, duration: Double, ticks: Int, missedTicks: Int, stride: Int,
                samples: [Sample], peaks: TimelinePeaks, samplerCPU: Double) {
        self.interval = interval
        self.duration = duration
        self.ticks = ticks
        self.missedTicks = missedTicks
        self.stride = stride
        self.samples = samples
        self.peaks = peaks
        self.samplerCPU = samplerCPU
    }

    private enum CodingKeys: String, CodingKey {
        case interval, duration, ticks
        case missedTicks = "missed_ticks"
        case stride, samples, peaks
        case samplerCPU = "sampler_cpu"
    }
}
