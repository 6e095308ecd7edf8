/// A git command that failed: its arguments and what git said.
package struct GitError: Error, Sendable, CustomStringConvertible {
    package var arguments: [String]
    package var message: String

    package init(arguments: [String], message: String) {
        self.arguments = arguments
        self.message = message
    }

    package var description: String { "git \(arguments.first ?? ""): \(message)" }
}
