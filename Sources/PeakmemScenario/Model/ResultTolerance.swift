/// How close two variants' results must be to agree: `allclose(a, b, rtol, atol)`.
///
/// Defaults suit the dtype of the results: for float64 `rtol = 1e-7, atol = 1e-9` scaled by
/// nothing (sums over long axes in a different order differ in the last digits); for float32
/// `rtol = 1e-4, atol = 1e-5`; integers and booleans must be equal.
public struct ResultTolerance: Sendable, Hashable, Codable {
    public var rtol: Double
    public var atol: Double

    public init(rtol: Double, atol: Double) {
        self.rtol = rtol
        self.atol = atol
    }
}
