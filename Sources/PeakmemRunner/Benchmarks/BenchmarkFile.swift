import PeakmemResults
import Foundation
import PeakmemScenario

/// One asv-style benchmark file as the NumPy driver's discovery reports it (`--discover`): its
/// module, the directory that imports it, and its `peakmem_*` benchmarks with asv's `params`,
/// `param_names` and `timeout`; or the syntax error that stops it.
package struct BenchmarkFile: Sendable, Decodable, Hashable {
    /// One `peakmem_*` function or method.
    package struct Benchmark: Sendable, Decodable, Hashable {
        package var className: String?
        package var function: String
        package var line: Int
        /// Per parameter, its values as Python reprs.
        package var params: [[String]]
        package var paramNames: [String]
        package var timeout: Double?

        enum CodingKeys: String, CodingKey {
            case function, line, params, timeout
            case className = "class"
            case paramNames = "param_names"
        }

        /// `Class.peakmem_x` or `peakmem_x`.
        package var qualifiedName: String {
            className.map { "\($0).\(function)" } ?? function
        }

        /// Every combination of the parameters' values (asv's `itertools.product` order), as
        /// reprs; one empty combination when the benchmark has no parameters.
        package var combinations: [[String]] {
            params.reduce([[]]) { partial, values in partial.flatMap { prefix in values.map { prefix + [$0] } } }
        }
    }

    package struct SyntaxProblem: Sendable, Decodable, Hashable {
        package var line: Int
        package var column: Int
        package var message: String
    }

    /// The file's absolute path.
    package var file: String
    package var module: String
    package var root: String
    package var benchmarks: [Benchmark]
    package var syntaxError: SyntaxProblem?
    /// Why importing the module failed (each benchmark's run then fails with it).
    package var importError: String?

    enum CodingKeys: String, CodingKey {
        case file, module, root, benchmarks
        case syntaxError = "syntax_error"
        case importError = "import_error"
    }

    /// The scenario of this file's benchmarks, named by the module: one variant per benchmark
    /// and parameter combination (`Class.peakmem_x(1000, 'C')`), measured on NumPy only.
    /// `path` is the file as the user named it (recorded in results and baselines).
    package func scenario(path: String) -> Scenario {
        var variants: [Variant] = []
        for benchmark in benchmarks {
            for (index, combination) in benchmark.combinations.enumerated() {
                let arguments = combination.joined(separator: ", ")
                let name = benchmark.params.isEmpty ? benchmark.qualifiedName : "\(benchmark.qualifiedName)(\(arguments))"
                let call = (benchmark.className.map { "\($0)()." } ?? "") + "\(benchmark.function)(\(arguments))"
                let run = ScenarioCode(text: call, file: path, firstLine: benchmark.line, indent: 0, keyPath: benchmark.qualifiedName)
                var variant = Variant(name: name, run: run, notes: importError.map { "the module cannot be imported: \($0)" },
                                      position: SourcePosition(line: benchmark.line, column: 1))
                variant.engines = [.numpy]
                variant.benchmark = BenchmarkTarget(
                    module: module, root: root, className: benchmark.className, function: benchmark.function,
                    parameterIndex: index,
                    parameters: Dictionary(zip(benchmark.paramNames, combination), uniquingKeysWith: { first, _ in first }),
                    timeout: benchmark.timeout)
                variants.append(variant)
            }
        }
        var scenario = Scenario(file: path, name: module, title: "asv benchmarks of \(module)", source: nil, summary: nil,
                                parameters: [], setup: nil, result: nil, reference: nil, semantics: .numpy2,
                                variants: variants, limits: [], tolerance: nil)
        scenario.engines = [.numpy]
        return scenario
    }
}
