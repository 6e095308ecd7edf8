import Foundation

/// The results of `peakmem run`: the document `--json FILE` writes.
///
/// The layout is versioned by `schema` (`peakmem-results/1`) and documented in
/// `docs/results-format.md`. Byte figures are integers in bytes, times are seconds.
public struct RunResults: Sendable, Codable, Hashable {
    /// The schema identifier of this layout.
    public static let schemaIdentifier = "peakmem-results/1"

    public var schema: String
    public var peakmemVersion: String
    /// ISO 8601 time the run started.
    public var created: String
    public var scale: String
    public var options: RunOptions
    public var machine: MachineDescription
    public var scenarios: [ScenarioResult]

    public init(schema: String, peakmemVersion: String, created: String, scale: String, options: RunOptions, machine: MachineDescription, scenarios: [ScenarioResult]) {
        self.schema = schema
        self.peakmemVersion = peakmemVersion
        self.created = created
        self.scale = scale
        self.options = options
        self.machine = machine
        self.scenarios = scenarios
    }

    enum CodingKeys: String, CodingKey {
        case schema, created, scale, options, machine, scenarios
        case peakmemVersion = "peakmem_version"
    }

    /// True when any run of any variant failed or disagreed.
    public var hasFailures: Bool {
        scenarios.contains { $0.variants.contains {
            $0.status != .ok || $0.agreement?.agrees == false || $0.numpy?.status == .failed || $0.numpy?.agreement?.agrees == false
        } }
    }

    /// The JSON text: pretty-printed with sorted keys, so files diff well.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Writes the JSON to `path` atomically (a temporary file in the same directory, renamed).
    public func write(to path: String) throws {
        try jsonData().write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// The options a run was made with.
public struct RunOptions: Sendable, Codable, Hashable {
    public var repeats: Int
    public var warmup: Int
    public var interval: Double
    /// `--timeout`, in seconds.
    public var timeout: Double?
    /// `--memory-limit`.
    public var memoryLimit: ByteSize?
    /// The `--set` overrides, typed; JSON holds each as its Python literal (``ParameterValue``).
    public var overrides: [String: ParameterValue]
    /// `--timeout none`: true; absent otherwise.
    public var timeoutDisabled: Bool? = nil
    /// The timeout of runs nothing else set one for (absent with `--timeout none`).
    public var defaultTimeout: Double? = nil
    /// Whether the workers ran confined (`landlock`) or not (`none`), what was asked for
    /// (`auto`, `require`, `off` for `--no-sandbox`) and why not; absent in older results.
    public var sandbox: SandboxStatus? = nil
    /// The share of the variants this run made (`--shard i/n`, as `i/n`); absent for a full run.
    public var shard: String? = nil
    /// The `--filter` patterns that selected the variants (`SCENARIO/VARIANT` or `VARIANT`
    /// globs); absent when every variant of the scenarios ran.
    public var filters: [String]? = nil

    public init(repeats: Int, warmup: Int, interval: Double, timeout: Double? = nil, memoryLimit: ByteSize? = nil, overrides: [String: ParameterValue], shard: String? = nil, filters: [String]? = nil) {
        self.repeats = repeats
        self.warmup = warmup
        self.interval = interval
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.overrides = overrides
        self.shard = shard
        self.filters = filters
    }

    enum CodingKeys: String, CodingKey {
        case repeats, warmup, interval, timeout, overrides, shard, filters, sandbox
        case memoryLimit = "memory_limit"
        case timeoutDisabled = "timeout_disabled"
        case defaultTimeout = "default_timeout"
    }
}

/// The machine a run was made on.
public struct MachineDescription: Sendable, Codable, Hashable {
    public var hostname: String
    public var os: String
    public var cpu: String
    public var cores: Int
    public var memoryBytes: Int
    public var openblas: String
    public var jemalloc: String
    /// The kernel's name (`uname -s`, e.g. `Linux`); absent in older results.
    public var system: String? = nil
    /// The machine architecture (`uname -m`, e.g. `x86_64`); absent in older results.
    public var architecture: String? = nil
    /// The Swift compiler that built peakmem (e.g. `6.3`); absent in older results.
    public var swift: String? = nil

    public init(hostname: String, os: String, cpu: String, cores: Int, memoryBytes: Int, openblas: String, jemalloc: String, system: String? = nil, architecture: String? = nil, swift: String? = nil) {
        self.hostname = hostname
        self.os = os
        self.cpu = cpu
        self.cores = cores
        self.memoryBytes = memoryBytes
        self.openblas = openblas
        self.jemalloc = jemalloc
        self.system = system
        self.architecture = architecture
        self.swift = swift
    }

    enum CodingKeys: String, CodingKey {
        case hostname, os, cpu, cores, openblas, jemalloc, system, architecture, swift
        case memoryBytes = "memory_bytes"
    }

    /// This machine.
    public static func current(openblas: String, jemalloc: String) -> MachineDescription {
        let info = ProcessInfo.processInfo
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
        var names = utsname()
        uname(&names)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return MachineDescription(hostname: info.hostName, os: info.operatingSystemVersionString, cpu: cpu,
                                  cores: info.activeProcessorCount, memoryBytes: Int(info.physicalMemory),
                                  openblas: openblas, jemalloc: jemalloc, system: field(names.sysname),
                                  architecture: field(names.machine), swift: compilerVersion)
    }

    /// The version of the Swift compiler that built this code, to the minor version.
    static var compilerVersion: String {
        #if compiler(>=6.5)
        "6.5+"
        #elseif compiler(>=6.4)
        "6.4"
        #elseif compiler(>=6.3)
        "6.3"
        #elseif compiler(>=6.2)
        "6.2"
        #elseif compiler(>=6.1)
        "6.1"
        #else
        "6.0"
        #endif
    }
}
