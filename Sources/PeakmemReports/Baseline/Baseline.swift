import Foundation
import PeakmemResults

/// The committed reference figures the gate compares a run with (`reports/baseline.json`,
/// schema `peakmem-baseline/1`, documented in `docs/baseline-format.md`).
///
/// It records how the figures were made — scale, parameters, options, versions, machine and
/// its ``MachineClass`` — and per `SCENARIO/VARIANT` every figure of a successful run.
public struct Baseline: Sendable, Codable, Hashable {
    public static let schemaIdentifier = "peakmem-baseline/1"

    public var schema: String
    /// When the baseline was written (UTC, ISO 8601).
    public var created: String
    /// When the run it was made from started.
    public var resultsCreated: String
    public var scale: String
    public var options: RunOptions
    public var versions: [String: String]
    public var machine: MachineDescription
    public var machineClass: MachineClass
    /// Parameter values per scenario, typed (each written as its Python literal).
    public var parameters: [String: [String: ParameterValue]]
    /// The scenario files, by scenario name.
    public var files: [String: String]
    /// `SCENARIO/VARIANT` → figure name → value (bytes, counts, seconds; times are medians).
    public var variants: [String: [String: Double]]
    /// `SCENARIO/VARIANT` → the variant's peak anatomy (Swift engine), which the gate uses to
    /// name the allocation behind a regression; nil in baselines written before it existed.
    public var anatomies: [String: PeakAnatomy]?

    enum CodingKeys: String, CodingKey {
        case schema, created, scale, options, versions, machine, parameters, files, variants, anatomies
        case resultsCreated = "results_created"
        case machineClass = "machine_class"
    }

    /// A baseline from `results` (its successful variants; shards must be merged first).
    public init(results: RunResults, created: Date = Date()) {
        schema = Self.schemaIdentifier
        self.created = ISO8601DateFormatter().string(from: created)
        resultsCreated = results.created
        scale = results.scale
        options = results.options
        options.shard = nil
        var versions = ["peakmem": results.peakmemVersion, "openblas": results.machine.openblas,
                        "jemalloc": results.machine.jemalloc]
        if let swift = results.machine.swift { versions["swift"] = swift }
        self.versions = versions
        machine = results.machine
        machineClass = MachineClass(results)
        parameters = Dictionary(results.scenarios.map { ($0.name, $0.parameters) }, uniquingKeysWith: { a, _ in a })
        files = Dictionary(results.scenarios.map { ($0.name, $0.file) }, uniquingKeysWith: { a, _ in a })
        let table = FigureTable(results)
        variants = table.variants
        anatomies = table.anatomies
    }

    /// A baseline that cannot be used.
    public enum LoadError: Error, CustomStringConvertible {
        /// No file at the path (exit 3).
        case missing(String)
        /// Not a baseline (exit 2).
        case invalid(String, String)

        public var description: String {
            switch self {
            case .missing(let path): "baseline \(path) does not exist (create it with `peakmem baseline update`)"
            case .invalid(let path, let reason): "\(path) is not a peakmem baseline: \(reason)"
            }
        }
    }

    /// Reads a baseline file.
    public static func load(from path: String) throws -> Baseline {
        guard FileManager.default.fileExists(atPath: path) else { throw LoadError.missing(path) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            if let problem = ResultsFile.schemaProblem(data, expected: schemaIdentifier) {
                throw LoadError.invalid(path, problem)
            }
            if let problem = ResultsFile.rangeProblem(data) { throw LoadError.invalid(path, problem) }
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.invalid(path, ResultsFile.describe(error))
        }
    }

    /// True when the file at `path` declares the baseline schema (``schemaIdentifier``), damaged
    /// or not, so that a command reading "a results file or a baseline" reports a damaged
    /// baseline's own problem rather than taking it for a results file.
    public static func declaresSchema(atPath path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return ResultsFile.schemaProblem(data, expected: schemaIdentifier) == nil
    }

    /// The JSON text: pretty-printed, sorted keys.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Writes the baseline atomically (a temporary file beside it, renamed over it).
    public func write(to path: String) throws {
        try AtomicFileWriter.write(try jsonText(), to: path)
    }

    /// Why `results` cannot be gated against this baseline (another scale, parameters or
    /// machine class); nil when they can.
    public func incompatibility(with results: RunResults) -> String? {
        if results.scale != scale {
            return "the baseline is for scale '\(scale)', the results are at scale '\(results.scale)'"
        }
        let theirs = MachineClass(results)
        if theirs != machineClass {
            return "the baseline is for machine class \(machineClass), the results come from \(theirs)"
        }
        for scenario in results.scenarios {
            if let recorded = parameters[scenario.name], recorded != scenario.parameters {
                return "scenario \(scenario.name) ran with parameters \(Self.text(scenario.parameters)), the baseline with \(Self.text(recorded))"
            }
        }
        return nil
    }

    static func text(_ parameters: [String: ParameterValue]) -> String {
        parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }.joined(separator: ", ")
    }

    /// One line: `baseline reports/baseline.json: scale quick, Linux/x86_64/swift, made 2026-…`.
    public func summary(path: String) -> String {
        "Baseline `\(path)`: scale `\(scale)`, machine class `\(machineClass)`, \(variants.count) variants, "
            + "made \(created) from the run of \(resultsCreated) on \(machine.hostname) (peakmem \(versions["peakmem"] ?? "?"))."
    }
}
