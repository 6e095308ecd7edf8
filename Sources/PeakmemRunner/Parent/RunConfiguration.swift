import Foundation
import PeakmemResults

/// How `peakmem run` runs the selected variants.
public struct RunConfiguration: Sendable {
    public var scale: Scale = .quick
    public var overrides: [String: ParameterValue] = [:]
    /// The variants to run (`--filter`).
    public var selection = VariantSelection()
    /// The selection's glob patterns (`fnmatch`) matched against `VARIANT` and
    /// `SCENARIO/VARIANT`; empty = all.
    public var filters: [String] {
        get { selection.patterns }
        set { selection.patterns = newValue }
    }
    /// Measured runs per variant, each in a fresh worker.
    public var repeats: Int = 1
    /// Warm-up executions of `run` inside each worker before the measured one.
    public var warmup: Int = 0
    /// Sampler interval, seconds.
    public var interval: Double = 0.001
    /// Seconds after which a worker is killed.
    public var timeout: Double?
    /// Limit on live array bytes in a worker.
    public var memoryLimit: ByteSize?
    /// The executable and arguments that start a worker.
    public var executable: URL
    public var workerArguments: [String]
    /// The engine(s) that run the variants.
    public var engine: EngineSelection = .swift
    /// The Python the NumPy engine uses (``NumpyEnvironment/probe(python:)``), needed when
    /// `engine` runs NumPy.
    public var numpyEnvironment: NumpyEnvironment?
    /// Why the Swift engine cannot run a variant, by `SCENARIO/VARIANT` (``key(_:_:)``): the
    /// checker's first problem with its position. With `--engine both` such a variant is
    /// measured on NumPy and its Swift side reported as skipped.
    public var swiftSkips: [String: String] = [:]

    /// The key of `variant` of `scenario` in ``swiftSkips``.
    public static func key(_ scenario: String, _ variant: String) -> String { "\(scenario)/\(variant)" }

    public init(executable: URL, workerArguments: [String]) {
        self.executable = executable
        self.workerArguments = workerArguments
    }

    /// True when `variant` of `scenario` is selected (``VariantSelection``).
    public func selects(scenario: String, variant: String) -> Bool {
        selection.selects(scenario: scenario, variant: variant)
    }
}
