import PeakmemScenario

/// Code given on the command line (`peakmem memit STATEMENT --setup CODE`) instead of a
/// scenario file: a scenario of one variant, `statement`, built in memory by the parent (the
/// worker gets its ``VariantProgram``). Errors in it are reported at `<setup>:LINE:COLUMN` or
/// `<statement>:LINE:COLUMN`.
package struct InlineCode: Sendable, Codable, Hashable {
    /// The file name inline scenarios carry.
    package static let file = "<command line>"

    package var setup: String?
    package var statement: String
    /// The file the setup was read from (`--setup-file`), which its errors then name.
    package var setupFile: String?

    package init(setup: String?, statement: String, setupFile: String? = nil) {
        self.setup = setup
        self.statement = statement
        self.setupFile = setupFile
    }

    enum CodingKeys: String, CodingKey {
        case setup, statement
        case setupFile = "setup_file"
    }

    /// The in-memory scenario.
    package var scenario: Scenario {
        let run = ScenarioCode(text: statement, file: "<statement>", firstLine: 1, indent: 0, keyPath: "statement")
        let setupCode = setup.map { ScenarioCode(text: $0, file: setupFile ?? "<setup>", firstLine: 1, indent: 0, keyPath: "setup") }
        return Scenario(file: Self.file, name: "memit", title: statement, source: nil, summary: nil, parameters: [],
                        setup: setupCode, result: nil, reference: nil, semantics: .numpy2,
                        variants: [Variant(name: "statement", run: run, position: SourcePosition(line: 1, column: 1))],
                        limits: [], tolerance: nil)
    }
}
