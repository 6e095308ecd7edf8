import PeakmemResults
import PeakmemScenario

/// What the NumPy driver runs, resolved by the parent (the driver reads no scenario file):
/// the parameters as Python literals, the setup blocks in order (scenario, then variant), the
/// measured `run` block and the name of the result array, or the asv-style benchmark to call;
/// and the directories put first on `sys.path`. Sent as ``WorkerRequest/numpy``.
package struct NumpyProgram: Sendable, Codable, Hashable {
    /// One block of scenario code and where it is in its file, so Python's errors name the
    /// file's line.
    package struct Block: Sendable, Codable, Hashable {
        package var text: String
        package var file: String
        package var firstLine: Int
        /// Columns the scenario file has before the code's column 1.
        package var indent: Int

        package init(_ code: ScenarioCode) {
            text = code.text
            file = code.file
            firstLine = code.firstLine
            indent = code.indent
        }

        enum CodingKeys: String, CodingKey {
            case text, file, indent
            case firstLine = "first_line"
        }
    }

    /// Parameter name → Python literal (`1000`, `2.5`, `True`, `'c'`).
    package var parameters: [String: String]
    package var setup: [Block]
    package var run: Block
    package var result: String?
    /// The asv-style benchmark called instead of `run`.
    package var benchmark: BenchmarkTarget?
    /// Absolute directories put first on `sys.path` (`python_path:`).
    package var pythonPath: [String]

    /// The driver's form of `program`: its parameters as Python literals.
    package init(_ program: VariantProgram) {
        parameters = program.parameters.mapValues(\.description)
        setup = program.setup.map(Block.init)
        run = Block(program.run)
        result = program.result
        benchmark = program.benchmark
        pythonPath = program.pythonPath
    }

    /// The program of `variant` of `scenario` with `parameters` bound.
    package init(scenario: Scenario, variant: Variant, parameters: [String: ParameterValue]) {
        self.init(VariantProgram(scenario: scenario, variant: variant, parameters: parameters))
    }

    enum CodingKeys: String, CodingKey {
        case parameters, setup, run, result, benchmark
        case pythonPath = "python_path"
    }
}
