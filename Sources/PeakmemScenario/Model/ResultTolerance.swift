/// How close two variants' results must be to agree (`tolerance: {rtol, atol}`):
/// `allclose(a, b, rtol, atol)`. A tolerance left out keeps the runner's default for the
/// result's dtype (see the runner's `ResultComparison`).
public struct ResultTolerance: Sendable, Hashable, Codable {
    public var rtol: Double?
    public var atol: Double?

    public init(rtol: Double?, atol: Double?) {
        self.rtol = rtol
        self.atol = atol
    }
}
