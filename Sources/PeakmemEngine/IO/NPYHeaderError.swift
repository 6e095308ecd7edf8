/// Why a `.npy` header could not be used; ``NPYFormat`` adds the file's path.
public struct NPYHeaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the header.
    public let description: String

    init(_ description: String) { self.description = description }
}
