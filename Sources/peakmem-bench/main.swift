#if canImport(Glibc)
import Glibc
#endif

// peakmem-bench: the benchmarks behind `make bench`. Each prints a Markdown section; ratios
// are measured side by side in one run, never compared with fixed targets in unit tests.
// `peakmem-bench [NAME...]` runs only the sections whose names contain one of the arguments
// (case-insensitive: `peakmem-bench product einsum`); without arguments, every section.
let sections: [(name: String, run: () throws -> String)] = [
    ("Elementwise", { try ElementwiseBenchmark.run() }), ("Sampler", { try SamplerBenchmark.run() }), ("Engine", { try EngineBenchmark.run() }),
    ("Product", { try ProductBenchmark.run() }), ("Einsum", { try EinsumBenchmark.run() }), ("FusedEvaluator", { try FusedEvaluatorBenchmark.run() }),
    ("Language", { try LanguageBenchmark.run() }), ("Provenance", { try ProvenanceBenchmark.run() }),
]
let filters = CommandLine.arguments.dropFirst().map { $0.lowercased() }
let selected = sections.filter { section in filters.isEmpty || filters.contains { section.name.lowercased().contains($0) } }
if selected.isEmpty {
    let message = "peakmem-bench: no section matches \(filters.joined(separator: " ")); sections: \(sections.map(\.name).joined(separator: ", "))\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(2)
}
print("# peakmem benchmarks\n")
do {
    for section in selected { print(try section.run()) }
} catch {
    let message = "peakmem-bench: \(error)\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(1)
}
