#if canImport(Glibc)
import Glibc
#endif

// peakmem-bench: the benchmarks behind `make bench`. Each prints a Markdown section; ratios
// are measured side by side in one run, never compared with fixed targets in unit tests.
print("# peakmem benchmarks\n")
do {
    print(try ElementwiseBenchmark.run())
    print(try SamplerBenchmark.run())
    print(try EngineBenchmark.run())
    print(try ProductBenchmark.run())
    print(try EinsumBenchmark.run())
    print(try FusedEvaluatorBenchmark.run())
} catch {
    let message = "peakmem-bench: \(error)\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(1)
}
