/// The dtype and shape of a variant's result array.
public struct ResultDescription: Sendable, Codable, Hashable {
    public var name: String
    public var dtype: String
    public var shape: [Int]

    public init(name: String, dtype: String, shape: [Int]) {
        self.name = name
        self.dtype = dtype
        self.shape = shape
    }
}
