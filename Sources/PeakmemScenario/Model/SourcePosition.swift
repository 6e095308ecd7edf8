import PeakmemLanguage

/// A position in a scenario file: the language's ``SourceLocation`` (1-based line and column,
/// columns counting Unicode scalars, as libyaml and Python's error carets do), so that YAML
/// positions and positions in scenario code are one type.
public typealias SourcePosition = SourceLocation
