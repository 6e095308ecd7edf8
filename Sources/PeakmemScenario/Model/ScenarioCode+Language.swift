import PeakmemLanguage

extension ScenarioCode {
    /// Where the code sits in its file, for the language's diagnostics.
    public var origin: SourceOrigin {
        SourceOrigin(file: file, firstLine: firstLine, columnOffset: indent)
    }

    /// Parses the code; errors are reported at their line and column in the scenario file.
    public func parse() throws(LanguageError) -> Program {
        try Parser.parse(text, origin: origin)
    }
}
