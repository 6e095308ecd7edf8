/// A git command that failed: its arguments and what git said.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public var arguments: [String]
    public var message: String

    public init(arguments: [String], message: String) {
        self.arguments = arguments
        self.message = message
    }

    public var description: String { "git \(arguments.first ?? ""): \(message)" }
}
