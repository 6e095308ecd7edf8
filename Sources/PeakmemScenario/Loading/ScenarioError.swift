/// A problem in a scenario file or in how a run asks for it: what is wrong, in which file,
/// at which key path (`variants.x-fortran.expect`) and position.
///
/// Printed as `file:line:column: error: message [at key.path]`, the form editors and CI
/// log viewers link to.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The YAML key path, empty for the whole file.
    public var keyPath: String
    /// Where in the file, when known.
    public var position: SourcePosition?
    public var message: String

    public init(file: String, keyPath: String = "", position: SourcePosition? = nil, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.position = position
        self.message = message
    }

    public var description: String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        let path = keyPath.isEmpty ? "" : " [at \(keyPath)]"
        return "\(place): error: \(message)\(path)"
    }
}

/// Every problem found in one or more scenario files; thrown when there is at least one.
public struct ScenarioProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [ScenarioError]

    public init(_ problems: [ScenarioError]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
