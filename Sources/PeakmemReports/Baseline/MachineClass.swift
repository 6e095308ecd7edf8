import PeakmemResults


/// The kind of machine a baseline's page-level figures hold for: the kernel, the architecture
/// and the array engine — not the CPU model, core count or memory size, so that every runner
/// of one CI pool (and a developer's machine of the same kind) shares a baseline.
///
/// Exact figures (the ledger's) are machine-independent; RSS and jemalloc figures depend on the
/// page size, the allocator and the BLAS build, which the class pins down to the degree that
/// a 10 % tolerance absorbs the rest.
package struct MachineClass: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `uname -s`, e.g. `Linux`.
    package var system: String
    /// `uname -m`, e.g. `x86_64`.
    package var architecture: String
    /// The array engine the figures come from: `swift`, `numpy` (`--engine numpy`) or `both`
    /// (`--engine both`: Swift's figures, and NumPy's under `SCENARIO/VARIANT@numpy`).
    package var engine: String

    package init(system: String, architecture: String, engine: String) {
        self.system = system
        self.architecture = architecture
        self.engine = engine
    }

    /// The class of the machine that produced `results`.
    package init(_ results: RunResults) {
        let machine = results.machine
        system = machine.system ?? machine.os.split(separator: " ").first.map(String.init) ?? "unknown"
        architecture = machine.architecture ?? "unknown"
        engine = Self.engine(of: results).rawValue
    }

    /// The engine selection that produced `results`, read off its variants.
    package static func engine(of results: RunResults) -> EngineSelection {
        let variants = results.scenarios.flatMap(\.variants)
        // A variant measured on NumPy in the Swift engine's place (`swift_skip_reason`) does
        // not make a Swift or `both` run a NumPy one.
        if variants.contains(where: { $0.engine == nil && $0.numpy != nil }) { return .both }
        if variants.contains(where: { $0.engine == .numpy && $0.swiftSkipReason == nil }) { return .numpy }
        return .swift
    }

    package var description: String { "\(system)/\(architecture)/\(engine)" }
}
