import ArgumentParser
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// The options `run`, `memit` and `baseline update` share: how many runs, how each is measured
/// and isolated.
struct MeasurementOptions: ParsableArguments {
    @Option(name: [.customShort("r"), .customLong("repeat")], help: "Measured runs per variant, each in a fresh worker; memory figures are the maximum, times the median.")
    var repeats: Int = 1

    @Option(name: [.customShort("i"), .long], help: ArgumentHelp("Sampler interval: seconds, or with a unit (1ms, 0.5 ms).", valueName: "TIME"))
    var interval: TimeArgument = TimeArgument(seconds: 0.001)

    @Option(name: [.customShort("t"), .long], help: ArgumentHelp("Stop a run, with every process it started, after this time (seconds, or with a unit), whatever the scenario's timeout: says; none: never. Default: the variant's or scenario's timeout:, else 10 min.", valueName: "TIME|none"))
    var timeout: TimeoutArgument?

    @Option(name: .customLong("memory-limit"), help: ArgumentHelp("Fail a run whose live arrays (Swift engine), or whose processes' resident memory (both engines), grow past this size (bytes, or 512MiB, 2 GB...).", valueName: "SIZE"))
    var memoryLimit: SizeArgument?

    @Option(name: .customLong("sandbox"), help: ArgumentHelp("auto: confine scenario code with Landlock when the kernel offers it (the default); require: refuse to run without (see docs/security.md).", valueName: "auto|require"))
    var sandbox: SandboxStatus.Option = .auto

    @Flag(name: .customLong("no-sandbox"), help: "Run scenario code unconfined (limits still apply); recorded in the results.")
    var noSandbox = false

    /// The sandbox option the flags select.
    var sandboxOption: SandboxStatus.Option { noSandbox ? .off : sandbox }

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
        if let seconds = timeout?.seconds, !(seconds > 0 && seconds <= Quantity.largestValue) {
            throw ValidationError("--timeout must be a positive, finite time, or none")
        }
        if sandbox == .off { throw ValidationError("--sandbox takes auto or require; --no-sandbox turns the sandbox off") }
        if noSandbox, sandbox == .require { throw ValidationError("--no-sandbox and --sandbox=require contradict each other") }
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

/// `--timeout`: a duration, or `none` (no timeout).
struct TimeoutArgument: ExpressibleByArgument {
    /// The seconds; nil for `none`.
    var seconds: Double?

    init?(argument: String) {
        if argument == "none" { seconds = nil; return }
        guard let time = TimeArgument(argument: argument) else { return nil }
        seconds = time.seconds
    }
}

extension SandboxStatus.Option: ExpressibleByArgument {}

/// A size argument: a number of bytes, or a number with a size unit.
struct SizeArgument: ExpressibleByArgument {
    var size: ByteSize

    init?(argument: String) {
        guard let quantity = Quantity(parsing: argument), quantity.dimension != .seconds, quantity.value >= 1,
              quantity.rangeProblem == nil else { return nil }
        size = ByteSize(bytes: Int(quantity.value))
    }
}
