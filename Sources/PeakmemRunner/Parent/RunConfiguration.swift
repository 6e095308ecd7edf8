import Foundation
import PeakmemResults
import PeakmemScenario

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
    /// `--timeout`: seconds after which a worker is stopped, whatever the scenario says; nil:
    /// the variant's or scenario's `timeout:`, else ``defaultTimeout``.
    public var timeout: Double?
    /// `--timeout none`: no run is ever stopped.
    public var timeoutDisabled = false
    /// The timeout of a run nothing else sets one for (``standardTimeout``; tests shorten it).
    public var defaultTimeout: Double = RunConfiguration.standardTimeout
    /// The default per-run timeout: 10 minutes, so that a run that never ends (an endless
    /// loop, a deadlock) cannot hold a CI job until the job's own limit.
    public static let standardTimeout: Double = 600
    /// Limit on live array bytes in a worker.
    public var memoryLimit: ByteSize?
    /// Keep the line-by-line profile of each measured run (`--lines`).
    public var lines = false
    /// The executable and arguments that start a worker.
    public var executable: URL
    /// The peakmem executable that starts workers through `sandbox-exec` (supervised and, with
    /// ``sandbox``, confined); nil: workers are started directly (tests of the protocol only).
    public var launcher: URL?
    /// Whether workers are confined by Landlock (``SandboxStatus/decide(_:)``).
    public var sandbox = SandboxStatus(mode: .none, option: .off)
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

    /// The timeout of one run of `variant`: `--timeout`, else the variant's `timeout:`, the
    /// scenario's, the default; nil with `--timeout none` or `timeout: none`.
    public func timeout(of variant: Variant, in scenario: Scenario) -> Double? {
        if timeoutDisabled { return nil }
        if let timeout { return timeout }
        if let own = variant.timeout ?? scenario.timeout { return own.seconds }
        return defaultTimeout
    }

    /// True when `variant` of `scenario` is selected (``VariantSelection``).
    public func selects(scenario: String, variant: String) -> Bool {
        selection.selects(scenario: scenario, variant: variant)
    }
}
