import PeakmemResults
import PeakmemScenario

/// What the NumPy driver runs, resolved by the parent (the driver reads no scenario file):
/// the parameters as Python literals, the setup blocks in order (scenario, then variant), the
/// measured `run` block and the name of the result array, or the asv-style benchmark to call;
/// and the directories put first on `sys.path`. Sent as ``WorkerRequest/numpy``.
public struct NumpyProgram: Sendable, Codable, Hashable {
    /// One block of scenario code and where it is in its file, so Python's errors name the
    /// file's line.
    public struct Block: Sendable, Codable, Hashable {
        public var text: String
        public var file: String
        public var firstLine: Int
        /// Columns the scenario file has before the code's column 1.
        public var indent: Int

        public init(_ code: ScenarioCode) {
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
    public var parameters: [String: String]
    public var setup: [Block]
    public var run: Block
    public var result: String?
    /// The asv-style benchmark called instead of `run`.
    public var benchmark: BenchmarkTarget?
    /// Absolute directories put first on `sys.path` (`python_path:`).
    public var pythonPath: [String]

    /// The driver's form of `program`: its parameters as Python literals.
    public init(_ program: VariantProgram) {
        parameters = program.parameters.mapValues(\.description)
        setup = program.setup.map(Block.init)
        run = Block(program.run)
        result = program.result
        benchmark = program.benchmark
        pythonPath = program.pythonPath
    }

    /// The program of `variant` of `scenario` with `parameters` bound.
    public init(scenario: Scenario, variant: Variant, parameters: [String: ParameterValue]) {
        self.init(VariantProgram(scenario: scenario, variant: variant, parameters: parameters))
    }

    enum CodingKeys: String, CodingKey {
        case parameters, setup, run, result, benchmark
        case pythonPath = "python_path"
    }
}
