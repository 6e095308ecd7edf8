import PeakmemResults
import PeakmemScenario

/// What a worker process is asked to do: one measured run of one variant of one scenario.
///
/// The parent writes it as JSON on the worker's standard input; the worker answers with a
/// ``WorkerReply`` on its standard output (and nothing else goes there: the scenario's own
/// `print` output goes to standard error).
public struct WorkerRequest: Sendable, Codable, Hashable {
    /// The scenario file.
    public var file: String
    /// The variant to run.
    public var variant: String
    public var scale: Scale
    /// `--set` overrides.
    public var overrides: [String: ParameterValue]
    /// Untimed, unmeasured executions of `run` before the measured one (the environment is
    /// restored to its post-setup bindings after each).
    public var warmup: Int
    /// The sampler's interval in seconds.
    public var interval: Double
    /// The limit on live array bytes, if any.
    public var memoryLimit: ByteSize?
    /// Where to write the result array (`.npy`), when the scenario names a result.
    public var resultPath: String?
    /// For the Swift worker, which reads no scenario file: the variant resolved by the parent.
    public var program: VariantProgram?
    /// For the NumPy driver, which reads no scenario file: the same program with its
    /// parameters as Python literals (the Swift worker ignores it).
    public var numpy: NumpyProgram?
    /// True to keep the line-by-line profile of the measured run (`--lines`; Swift worker).
    public var lines: Bool?

    public init(file: String, variant: String, scale: Scale, overrides: [String: ParameterValue] = [:], warmup: Int = 0,
                interval: Double = 0.001, memoryLimit: ByteSize? = nil, resultPath: String? = nil, program: VariantProgram? = nil) {
        self.program = program
        self.file = file
        self.variant = variant
        self.scale = scale
        self.overrides = overrides
        self.warmup = warmup
        self.interval = interval
        self.memoryLimit = memoryLimit
        self.resultPath = resultPath
    }

    enum CodingKeys: String, CodingKey {
        case file, variant, scale, overrides, warmup, interval, program, numpy, lines
        case memoryLimit = "memory_limit"
        case resultPath = "result_path"
    }
}
