import Foundation
import ArgumentParser
import PeakmemResults
import PeakmemRunner
import PeakmemScenario

/// The options `run`, `memit` and `baseline update` share: how many runs, how each is measured
/// and isolated.
///
/// The number of runs and warm-ups default per command (``Defaults``): `run` measures 3 runs,
/// so that its times are medians; `memit` and `baseline update` (and so the gate, which runs at
/// the baseline's settings) measure 1 run, because they are about memory and must stay fast.
/// No command warms up by default: the Swift worker's warm-up reruns `run` on the setup's own
/// arrays, so a variant that updates its inputs in place would be measured on changed inputs
/// (the NumPy driver warms up on copies).
struct MeasurementOptions: ParsableArguments {
    /// A command's default number of measured runs and of warm-ups.
    struct Defaults {
        var repeats: Int
        var warmup: Int

        /// `peakmem run`: timings worth reading.
        static let run = Defaults(repeats: 3, warmup: 0)
        /// `memit` and `baseline update`: one cold run, fast.
        static let single = Defaults(repeats: 1, warmup: 0)
    }

    @Option(name: [.customShort("r"), .customLong("repeat")], help: ArgumentHelp("Measured runs per variant, each in a fresh worker; memory figures are the maximum, times the median. Default: 3 for run, 1 for memit and baseline update.", valueName: "N"))
    var repeats: Int?

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

    @Flag(help: "Also measure line by line (Swift engine): each line's exact increment and peak, occurrences and RSS, printed in memory_profiler's layout and kept in the results (`lines`).")
    var lines = false

    @Option(name: .long, help: ArgumentHelp("Warm-up executions of the code in each worker before the measured one. Default: 0 (the Swift engine warms up on the setup's own arrays: an in-place variant would change its inputs).", valueName: "N"))
    var warmup: Int?

    /// The sampler's shortest interval (``Sampler`` refuses less).
    static let shortestInterval = 1e-6
    /// The longest interval: a run sampled less than once an hour has only its end readings.
    static let longestInterval = 3600.0

    func validate() throws {
        if let repeats, repeats < 1 { throw ValidationError("--repeat must be at least 1") }
        guard interval.seconds >= Self.shortestInterval, interval.seconds <= Self.longestInterval else {
            throw ValidationError("--interval must be between 1 µs and 1 hour (1us, 1ms, 0.5s, ...)")
        }
        if let seconds = timeout?.seconds, !(seconds > 0 && seconds <= Quantity.largestValue) {
            throw ValidationError("--timeout must be a positive, finite time, or none")
        }
        if sandbox == .off { throw ValidationError("--sandbox takes auto or require; --no-sandbox turns the sandbox off") }
        if noSandbox, sandbox == .require { throw ValidationError("--no-sandbox and --sandbox=require contradict each other") }
        if let warmup, warmup < 0 { throw ValidationError("--warmup must be 0 or more") }
    }
}

/// A duration argument: a number of seconds, or a number with a time unit.
struct TimeArgument: ExpressibleByArgument, CustomStringConvertible {
    var seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    /// The default shown by `--help`: `1 ms`, `2.5 s`.
    var defaultValueDescription: String { description }

    var description: String {
        seconds < 1 ? String(format: "%g ms", seconds * 1e3) : String(format: "%g s", seconds)
    }

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
