import ArgumentParser
import PeakmemResults
import PeakmemScenario

/// The options `run`, `memit` and `baseline update` share: how many runs, how each is measured
/// and isolated.
struct MeasurementOptions: ParsableArguments {
    @Option(name: [.customShort("r"), .customLong("repeat")], help: "Measured runs per variant, each in a fresh worker; memory figures are the maximum, times the median.")
    var repeats: Int = 1

    @Option(name: [.customShort("i"), .long], help: ArgumentHelp("Sampler interval: seconds, or with a unit (1ms, 0.5 ms).", valueName: "TIME"))
    var interval: TimeArgument = TimeArgument(seconds: 0.001)

    @Option(name: [.customShort("t"), .long], help: ArgumentHelp("Kill a run after this time (seconds, or with a unit).", valueName: "TIME"))
    var timeout: TimeArgument?

    @Option(name: .customLong("memory-limit"), help: ArgumentHelp("Fail a run whose live arrays exceed this size (bytes, or 512MiB, 2 GB...).", valueName: "SIZE"))
    var memoryLimit: SizeArgument?

    @Option(name: .long, help: "Warm-up executions of the code in each worker before the measured one.")
    var warmup: Int = 0

    /// The sampler's shortest interval (``Sampler`` refuses less).
    static let shortestInterval = 1e-6
    /// The longest interval: a run sampled less than once an hour has only its end readings.
    static let longestInterval = 3600.0

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard interval.seconds >= Self.shortestInterval, interval.seconds <= Self.longestInterval else {
            throw ValidationError("--interval must be between 1 µs and 1 hour (1us, 1ms, 0.5s, ...)")
        }
        if let timeout, !(timeout.seconds > 0 && timeout.seconds <= Quantity.largestValue) {
            throw ValidationError("--timeout must be a positive, finite time")
        }
        guard warmup >= 0 else { throw ValidationError("--warmup must be 0 or more") }
    }
}

/// A duration argument: a number of seconds, or a number with a time unit.
struct TimeArgument: ExpressibleByArgument {
    var seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    init?(argument: String) {
        guard let quantity = Quantity(parsing: argument), quantity.dimension != .bytes, quantity.rangeProblem == nil else { return nil }
        seconds = quantity.value
    }
}

/// A size argument: a number of bytes, or a number with a size unit.
struct SizeArgument: ExpressibleByArgument {
    var size: ByteSize

    init?(argument: String) {
        guard let quantity = Quantity(parsing: argument), quantity.dimension != .seconds, quantity.value >= 1,
              quantity.rangeProblem == nil else { return nil }
        size = ByteSize(bytes: Int(quantity.value))
    }
}
